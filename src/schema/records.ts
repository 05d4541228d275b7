/**
 * Record types and constants, without loading zod (see zod.ts for the schemas themselves).
 * Types are inferred from the zod schemas, so field names have one source of truth. Format ids
 * are strings here: the formats are listed in `src/formats/registry.ts`, above this layer.
 */
import type {z} from 'zod'
import type * as schemas from './zod.js'

export const SCHEMA_VERSION = '1.0.0'

export type Source = z.infer<typeof schemas.Source>
export type Municipality = z.infer<typeof schemas.Municipality>
export type PlaceEntry = z.infer<typeof schemas.PlaceEntry>
export type {LanguageId} from '../vocab/languages.js'
export type {GuidingPrincipleId} from '../vocab/guiding-principles.js'
export type Practice = z.infer<typeof schemas.Practice>
export type PmmObjective = z.infer<typeof schemas.PmmObjective>
export type NetworkReport = z.infer<typeof schemas.NetworkReport>
export type AnyRecord = z.infer<typeof schemas.AnyRecord>
export type RecordType = AnyRecord['type']

/**
 * Practice fields added after schema 1.0.0 was first written, with their absent value. A JSON
 * record written before them lacks them: it is read with them absent (`addedPracticeFields`).
 */
const ADDED_PRACTICE_FIELDS = {
  endYear: null, ongoing: null, practiceType: null, guidingPrinciples: [], sdgTargets: [], partners: [],
  places: [], sourceUrl: null, language: null,
} as const

/** A copy of a JSON practice with each added field it lacks set absent; anything else as it is. */
export function addedPracticeFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || (value as {type?: unknown}).type !== 'practice') return value
  const out: Record<string, unknown> = {...value}
  for (const [key, absent] of Object.entries(ADDED_PRACTICE_FIELDS)) if (!(key in out)) out[key] = Array.isArray(absent) ? [] : absent
  return out
}

/** The practice's municipality as the one locality of its scope (`places`), or none. */
export function municipalityPlaces(record: Practice): PlaceEntry[] {
  const m = record.municipality
  return m ? [{name: m.name, country: record.country, admin1: m.region}] : []
}

/** A practice with every field absent (`null` / `[]`), for parsers to fill in. */
export function emptyPractice(source: Source): Practice {
  return {
    type: 'practice', id: '', source,
    title: null, country: null, municipality: null, departments: [], categories: [],
    categoryOther: null, priorityGroup: null, months: [], schedule: null, startYear: null,
    funding: null, sustainability: null, description: null, innovation: null, selloLines: [],
    pmmObjectives: [], duration: null, responsible: null, legalBasis: null, objectives: [],
    activities: [], indicators: [], results: null, place: null, year: null, link: null,
    endYear: null, ongoing: null, practiceType: null, guidingPrinciples: [], sdgTargets: [], partners: [],
    places: [], sourceUrl: null, language: null,
  }
}
