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
export type Practice = z.infer<typeof schemas.Practice>
export type PmmObjective = z.infer<typeof schemas.PmmObjective>
export type NetworkReport = z.infer<typeof schemas.NetworkReport>
export type AnyRecord = z.infer<typeof schemas.AnyRecord>
export type RecordType = AnyRecord['type']

/** A practice with every field absent (`null` / `[]`), for parsers to fill in. */
export function emptyPractice(source: Source): Practice {
  return {
    type: 'practice', id: '', source,
    title: null, country: null, municipality: null, departments: [], categories: [],
    categoryOther: null, priorityGroup: null, months: [], schedule: null, startYear: null,
    funding: null, sustainability: null, description: null, innovation: null, selloLines: [],
    pmmObjectives: [], duration: null, responsible: null, legalBasis: null, objectives: [],
    activities: [], indicators: [], results: null, place: null, year: null, link: null,
  }
}
