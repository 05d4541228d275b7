/**
 * Which fields a record must have (an error when absent or empty) and which it should have (a
 * warning): from the descriptor of the format the record was first read from, else the defaults
 * of its record type below.
 */
import type {Requirements} from '../formats/format.js'
import {formatById} from '../formats/registry.js'
import type {AnyRecord, RecordType} from '../schema/records.js'

export type {Requirements} from '../formats/format.js'

const DEFAULTS: Record<RecordType, Requirements> = {
  'practice': {required: ['title'], recommended: []},
  'pmm-objective': {required: ['number', 'shortName', 'statement'], recommended: []},
  'network-report': {required: ['initiative'], recommended: ['country', 'date']},
}

/** `format`: the format the record was first read from (a fact sheet cites it in `Fuente`). */
export function requirementsOf(record: AnyRecord, format: string = record.source.format): Requirements {
  return formatById(format)?.requirements?.[record.type] ?? DEFAULTS[record.type]
}

/** `null`, blank text and `[]` count as absent. */
export function isAbsent(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}
