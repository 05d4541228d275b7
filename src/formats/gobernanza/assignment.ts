/** What assigning a practice's entries to fields yields (fields.ts, infer.ts). */
import type {Finding} from '../../diagnostics/diagnostic.js'
import type {BlockEntry, LabelEntry, PairEntry, YearEntry} from './entry.js'
import {FIELD_ORDER, type LabelField, type TextField} from './labels.js'

/** An inference or a problem found while assigning fields, `at` the lines concerned. */
export type Note = Finding<{line: number; endLine: number}>

export interface FieldValue {
  labels: LabelEntry[]
  blocks: BlockEntry[]
}

export interface StartYear {
  value: number
  line: number
  start: number
  end: number
  inferred: boolean
}

export interface Assignment {
  fields: Map<TextField, FieldValue>
  startYear: StartYear | null
  yearLabels: LabelEntry[]
  pairs: PairEntry[]
  unassigned: BlockEntry[]
  strayYears: YearEntry[]
  notes: Note[]
}

export const orderOf = (field: LabelField | 'indicators') => FIELD_ORDER.indexOf(field)
