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

// Every field is described (`.describe()`): the descriptions go into the JSON Schema in `schemas/`,
// where editors and validators show them (a test fails on a property without one).
const text = z.string().min(1)
const nullableText = text.nullable()
const year = z.number().int().min(1900).max(2100)
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. `CL`')
const recordId = text.describe('Stable id derived from the content (e.g. comuna + title): the same input gives the same id; a repeat in one run gets `-2`, `-3` …')

export const Source = z.strictObject({
  format: FormatId.describe('Id of the format the record was read from (`ficha`, `gobernanza`, `pmm`, `solidarias`, `factsheet`, …).'),
  path: z.string().describe('Path of the input file as given on the command line (`<stdin>` for standard input).'),
  startLine: z.number().int().min(1).describe('First line of the record in the file, 1-based.'),
  endLine: z.number().int().min(1).describe('Last line of the record in the file, 1-based and inclusive.'),
  page: z.number().int().min(1).optional().meta({description: 'PDF inputs only: the page of the record\'s first line.'}),
})

export const Municipality = z.strictObject({
  name: text.describe('Official name (`Puente Alto`).'),
  code: z.string().regex(/^\d{5}$/, '5-digit CUT code').nullable().describe('Chile: the 5-digit CUT code as a string (`13201`; keep the leading zero of `01101`).'),
  region: nullableText.describe('Region (Chile) or first-level division (`Metropolitana de Santiago`).'),
}).meta({title: 'Municipality', description: 'A municipality; for Chile the official comuna with its CUT code and region.'})

export const CategoryId = z.enum(CATEGORY_IDS).describe('A category of the `Categoría` grid.')
export const SelloLineId = z.enum(SELLO_LINE_IDS).describe('A line of the Sello Migrante.')

export const SelloLine = z.strictObject({
  line: SelloLineId,
  rationale: z.string().describe('Why the practice belongs to the line, as written (may be empty).'),
}).meta({title: 'Sello line', description: 'A Sello Migrante line the practice contributes to, with its rationale.'})
export const Indicator = z.strictObject({
  indicator: text.describe('The indicator, as written.'),
  verification: nullableText.describe('Its means of verification (`Medio de verificación`).'),
}).meta({title: 'Indicator', description: 'An indicator and its means of verification.'})
export const Place = z.strictObject({
  name: text.describe('Name of the place as written (`Rivera`).'),
  country: countryCode.nullable().describe('ISO 3166-1 alpha-2 code of its country (`UY`).'),
}).meta({title: 'Place', description: 'A place named by a practice: `Rivera (Uruguay)`.'})
export const Link = z.strictObject({
  text: text.describe('The link text as printed.'),
  url: z.url().nullable().describe('The absolute URL, when the document gives one.'),
}).meta({title: 'Link', description: 'A link given with the practice (`Enlace: …`).'})

const GOBERNANZA = '(governance slides)'
const ANNEX = '(PMM annex example)'
/** A locality in a practice's scope: its name (official when a gazetteer knows it), country, first-level division. */
export const PlaceEntry = z.strictObject({
  name: text.describe('Name of the locality (the gazetteer\'s spelling when one knows it: `Lima`).'),
  country: countryCode.nullable().describe('ISO 3166-1 alpha-2 code of its country.'),
  admin1: nullableText.describe('Its first-level division (region, department, state, province).'),
}).meta({title: 'Place in scope', description: 'A locality in the practice\'s geographic scope.'})
export const GuidingPrincipleId = z.enum(GUIDING_PRINCIPLE_IDS).describe('A guiding principle of the Global Compact for Migration (`people-centred`).')
/** An SDG target: goal 1–17, a dot, then the target's number or letter (`10.7`, `10.c`). */
export const SdgTarget = z.string().regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-d])$/, 'SDG target such as `10.7`').describe('A target of the Sustainable Development Goals (`10.7`).')

export const Practice = z.strictObject({
  type: z.literal('practice').describe('Record type.'),
  id: recordId,
  source: Source,
  title: nullableText.describe('Name of the practice, as written.'),
  country: countryCode.nullable().describe('ISO 3166-1 alpha-2 code of the country (`CL`), when the text names or implies one.'),
  municipality: Municipality.nullable().describe('The municipality that runs the practice (`MUNICIPALIDAD`).'),
  departments: z.array(text).describe('Municipal departments or offices that take part (`Departamento/Oficinas municipales que participan`).'),
  categories: z.array(CategoryId).describe('Categories checked in the `Categoría` grid, in the grid\'s order.'),
  categoryOther: nullableText.describe('The text after `Otra:` when the `Otra` box is checked.'),
  priorityGroup: nullableText.describe('Who the practice is for (`Grupo prioritario`).'),
  months: z.array(z.number().int().min(1).max(12)).describe('Months of implementation marked in the month table, 1–12, ascending.'),
  schedule: nullableText.describe('The free text about dates (`Fechas de implementación`).'),
  startYear: year.nullable().describe('Year the practice started (`Año de inicio`, or the earliest start the text states).'),
  funding: nullableText.describe('How it is funded (`Forma de financiamiento`).'),
  sustainability: nullableText.describe('How it lasts over time (`Sostenibilidad en el tiempo`).'),
  description: nullableText.describe('What is done, with whom, for whom and with what results (`Breve descripción`).'),
  innovation: nullableText.describe('What is new or creative about it (`Elemento innovador/creativo`).'),
  selloLines: z.array(SelloLine).describe('Sello Migrante lines it contributes to (`Líneas Sello`).'),
  pmmObjectives: z.array(z.number().int().min(1).max(23)).describe('Objectives of the Global Compact for Migration (1–23) it serves.'),
  duration: nullableText.describe(`How long it runs (\`Duración\`) ${GOBERNANZA}.`),
  responsible: nullableText.describe(`Ministry and responsible unit(s) (\`Unidad(es) responsable(s)\`) ${GOBERNANZA}.`),
  legalBasis: nullableText.describe(`Legal basis (\`Sustento legal\`) ${GOBERNANZA}.`),
  objectives: z.array(text).describe(`Main objectives, one per item ${GOBERNANZA}.`),
  activities: z.array(text).describe(`Main activities, one per item ${GOBERNANZA}.`),
  indicators: z.array(Indicator).describe(`Indicators with their means of verification ${GOBERNANZA}.`),
  results: nullableText.describe(`Achievements and results (\`Logros/resultados\`) ${GOBERNANZA}.`),
  place: Place.nullable().describe(`Where it takes place: \`Rivera (Uruguay)\` ${ANNEX}.`),
  year: year.nullable().describe(`The year printed after the title, \`(2018)\`; the first of \`(2020-2022)\` ${ANNEX}.`),
  link: Link.nullable().describe(`The link after \`Enlace:\` ${ANNEX}.`),
  endYear: year.nullable().describe('Year the practice ended or ends (`2021 - 2031`, `(2020-2022)`).'),
  ongoing: z.boolean().nullable().describe('True when the text says it is running (`Presente`, `en curso`, `Currently in force`), false when it says it ended, else null.'),
  practiceType: nullableText.describe('Type of practice as written (`Policy (including law, public measure)`).'),
  guidingPrinciples: z.array(GuidingPrincipleId).describe('Guiding principles of the Global Compact for Migration it follows.'),
  sdgTargets: z.array(SdgTarget).describe('Targets of the Sustainable Development Goals it serves (`10.7`).'),
  partners: z.array(text).describe('Partner organisations, one per item.'),
  places: z.array(PlaceEntry).describe('Every locality in its scope; `place`/`municipality` is the main one.'),
  sourceUrl: z.url().nullable().describe('Address of the page or document it was read from, when given.'),
  language: z.enum(LANGUAGE_IDS).nullable().describe('Language of the document (`es`, `en`, `pt`).'),
})

export const PmmObjective = z.strictObject({
  type: z.literal('pmm-objective').describe('Record type.'),
  id: recordId,
  source: Source,
  number: z.number().int().min(1).max(23).describe('Objective number, 1–23.'),
  shortName: text.describe('Short name on the objective\'s icon (`DATOS`).'),
  statement: text.describe('The objective\'s statement, as printed (or the official one when none is printed).'),
  keyIdeas: nullableText.describe('Key ideas of the objective.'),
  localActions: nullableText.describe('Local actions from the table of actions "orientadas a AL"; null where the document has none.'),
})

export const Figure = z.strictObject({
  value: z.number().describe('The number (`4.000` in Spanish is 4000).'),
  label: text.describe('What is counted (`Convenios con …`).'),
}).meta({title: 'Figure', description: 'A count a report gives: `6 Convenios con …`.'})
export const Member = z.strictObject({
  name: text.describe('Name of the member locality.'),
  admin1: nullableText.describe('Its department, region or other first-level division.'),
  country: countryCode.nullable().describe('ISO 3166-1 alpha-2 code of its country.'),
}).meta({title: 'Member', description: 'A member locality of the network: its first-level division and its country.'})

export const NetworkReport = z.strictObject({
  type: z.literal('network-report').describe('Record type.'),
  id: recordId,
  source: Source,
  initiative: text.describe('Canonical name of the network: `Ciudades Solidarias` (also for Cidades Solidárias), `Sello Migrante`, or the name as written.'),
  country: countryCode.nullable().describe('ISO 3166-1 alpha-2 code of the country the report is about.'),
  date: z.iso.date().nullable().describe('Date of the report, `YYYY-MM-DD`.'),
  figures: z.array(Figure).describe('Counts the report gives, in order.'),
  commitments: z.array(text).describe('Commitments listed by the report, one per item.'),
  members: z.array(Member).describe('Member localities, with their department or region.'),
  tags: z.array(text).describe('Tags of the report, as written.'),
  sourceUrl: z.url().nullable().describe('URL of the report (`Source URL:`).'),
})

export const AnyRecord = z.discriminatedUnion('type', [Practice, PmmObjective, NetworkReport])
