/**
 * Which sections a record must have (an error when absent or empty) and which it should have
 * (a warning), by record type and by the format the practice was read from. A fact sheet or a
 * filled template (`factsheet`) is held to the ficha's rules: it is a submission like a sheet.
 *
 * Categories are not listed: `validate/category-checked` owns them (one rule, one report).
 */
import type {AnyRecord, FormatId} from '../schema/records.js'

export interface Requirements {
  /** Field names; `a|b` is satisfied by either field (a schedule text or a month table). */
  required: readonly string[]
  recommended: readonly string[]
}

const FICHA: Requirements = {
  required: ['title', 'municipality', 'description', 'selloLines'],
  recommended: ['departments', 'priorityGroup', 'schedule|months', 'funding', 'sustainability', 'innovation'],
}

const PRACTICE: Record<FormatId, Requirements> = {
  ficha: FICHA,
  factsheet: FICHA,
  // OCR slides: only the title is certain; the rest may be lost to the scan.
  gobernanza: {required: ['title'], recommended: ['municipality', 'description', 'responsible', 'startYear']},
  // Annex examples of the IOM handbook: a title and the objective they illustrate (some
  // examples name no place: the handbook's own text, so a place is only recommended).
  pmm: {required: ['title', 'pmmObjectives'], recommended: ['place', 'description', 'year', 'link']},
  // Not a format that yields practices; listed so the table is total.
  solidarias: {required: ['title'], recommended: []},
  // A practice-repository page: named and summarised; objectives, dates and country expected.
  catalog: {required: ['title', 'description'], recommended: ['pmmObjectives', 'startYear|endYear|ongoing|schedule', 'country']},
}

const PMM_OBJECTIVE: Requirements = {required: ['number', 'shortName', 'statement'], recommended: []}
const NETWORK_REPORT: Requirements = {required: ['initiative'], recommended: ['country', 'date']}

/** `format`: the format the record was first read from (a fact sheet cites it in `Fuente`). */
export function requirementsOf(record: AnyRecord, format: FormatId = record.source.format): Requirements {
  switch (record.type) {
    case 'practice': return PRACTICE[format]
    case 'pmm-objective': return PMM_OBJECTIVE
    case 'network-report': return NETWORK_REPORT
  }
}

/** `null`, blank text and `[]` count as absent. */
export function isAbsent(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}
