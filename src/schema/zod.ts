/**
 * The record contract (README "Records") as zod schemas: the single source of truth for field
 * names. `source.format` is any format id here; `src/formats/record-schemas.ts` narrows it to the
 * registered formats, and the JSON Schema in `schemas/` is generated from those.
 *
 * Loading zod costs ~90 ms, so only code that needs the schemas as values imports this module
 * (JSON inputs, `practices schema`, tests). Everything else imports types and constants from
 * `records.ts`, and the pipeline checks parser output with a validator generated from `schemas/`.
 */
import {z} from 'zod'
import {CATEGORY_IDS} from '../vocab/categories.js'
import {GUIDING_PRINCIPLE_IDS} from '../vocab/guiding-principles.js'
import {LANGUAGE_IDS} from '../vocab/languages.js'
import {SELLO_LINE_IDS} from '../vocab/sello-lines.js'

/** A format id (`ficha`); narrowed to the registered ones in `src/formats/record-schemas.ts`. */
export const FormatId = z.string().regex(/^[a-z][a-z0-9-]*$/)

const text = z.string().min(1)
const nullableText = text.nullable()
const year = z.number().int().min(1900).max(2100)
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. `CL`')

export const Source = z.strictObject({
  format: FormatId,
  path: z.string(),
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  page: z.number().int().min(1).optional().meta({description: 'PDF inputs only: the page of the record\'s first line.'}),
})

export const Municipality = z.strictObject({
  name: text,
  code: z.string().regex(/^\d{5}$/, '5-digit CUT code').nullable(),
  region: nullableText,
})

export const CategoryId = z.enum(CATEGORY_IDS)
export const SelloLineId = z.enum(SELLO_LINE_IDS)

export const SelloLine = z.strictObject({line: SelloLineId, rationale: z.string()})
export const Indicator = z.strictObject({indicator: text, verification: nullableText})
export const Place = z.strictObject({name: text, country: countryCode.nullable()})
export const Link = z.strictObject({text: text, url: z.url().nullable()})
/** A locality in a practice's scope: its name (official when a gazetteer knows it), country, first-level division. */
export const PlaceEntry = z.strictObject({name: text, country: countryCode.nullable(), admin1: nullableText})
export const GuidingPrincipleId = z.enum(GUIDING_PRINCIPLE_IDS)
/** An SDG target: goal 1–17, a dot, then the target's number or letter (`10.7`, `10.c`). */
export const SdgTarget = z.string().regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-d])$/, 'SDG target such as `10.7`')

export const Practice = z.strictObject({
  type: z.literal('practice'),
  id: text,
  source: Source,
  title: nullableText,
  country: countryCode.nullable(),
  municipality: Municipality.nullable(),
  departments: z.array(text),
  categories: z.array(CategoryId),
  categoryOther: nullableText,
  priorityGroup: nullableText,
  months: z.array(z.number().int().min(1).max(12)),
  schedule: nullableText,
  startYear: year.nullable(),
  funding: nullableText,
  sustainability: nullableText,
  description: nullableText,
  innovation: nullableText,
  selloLines: z.array(SelloLine),
  pmmObjectives: z.array(z.number().int().min(1).max(23)),
  duration: nullableText,
  responsible: nullableText,
  legalBasis: nullableText,
  objectives: z.array(text),
  activities: z.array(text),
  indicators: z.array(Indicator),
  results: nullableText,
  place: Place.nullable(),
  year: year.nullable(),
  link: Link.nullable(),
  endYear: year.nullable(),
  ongoing: z.boolean().nullable(),
  practiceType: nullableText,
  guidingPrinciples: z.array(GuidingPrincipleId),
  sdgTargets: z.array(SdgTarget),
  partners: z.array(text),
  places: z.array(PlaceEntry),
  sourceUrl: z.url().nullable(),
  language: z.enum(LANGUAGE_IDS).nullable(),
})

export const PmmObjective = z.strictObject({
  type: z.literal('pmm-objective'),
  id: text,
  source: Source,
  number: z.number().int().min(1).max(23),
  shortName: text,
  statement: text,
  keyIdeas: nullableText,
  localActions: nullableText,
})

export const Figure = z.strictObject({value: z.number(), label: text})
export const Member = z.strictObject({name: text, admin1: nullableText, country: countryCode.nullable()})
  .meta({description: 'A member locality: its first-level division (department, region, province) and its country (ISO 3166-1 alpha-2).'})

export const NetworkReport = z.strictObject({
  type: z.literal('network-report'),
  id: text,
  source: Source,
  initiative: text,
  country: countryCode.nullable(),
  date: z.iso.date().nullable(),
  figures: z.array(Figure),
  commitments: z.array(text),
  members: z.array(Member),
  tags: z.array(text),
  sourceUrl: z.url().nullable(),
})

export const AnyRecord = z.discriminatedUnion('type', [Practice, PmmObjective, NetworkReport])
