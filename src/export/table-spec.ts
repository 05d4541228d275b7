/**
 * What a table of the CSV export is (columns with types, constraints and a value getter; keys;
 * the rows a record gives), and the helpers that declare the tables in tables-*.ts.
 */
import type {AnyRecord, Source} from '../schema/records.js'
import {FORMAT_IDS} from '../formats/registry.js'

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date'
/** A cell value; booleans are written `true` / `false`. */
export type Cell = string | number | boolean | null

export interface Column<Row> {
  name: string
  type: FieldType
  description: string
  required?: boolean
  enum?: ReadonlyArray<string | number>
  pattern?: string
  value: (row: Row) => Cell
}

export interface TableSpec<Row = unknown> {
  name: string
  description: string
  columns: ReadonlyArray<Column<Row>>
  primaryKey: readonly string[]
  /** The table whose `id` this table's first column refers to. */
  parent?: {field: string; resource: string}
  rows: (record: AnyRecord) => Row[]
}

export const MONTHS = Array.from({length: 12}, (_, i) => i + 1)
export const OBJECTIVES = Array.from({length: 23}, (_, i) => i + 1)
export const COUNTRY = '^[A-Z]{2}$'
/** An SDG target: goal 1–17, a dot, the target's number or letter (`10.7`, `10.c`). */
export const SDG_TARGET = '^(?:[1-9]|1[0-7])\\.(?:[1-9]\\d?|[a-d])$'

export const col = <Row>(name: string, type: FieldType, description: string, value: (row: Row) => Cell, extra: Partial<Column<Row>> = {}): Column<Row> =>
  ({name, type, description, value, ...extra})

export function sourceColumns<Row extends {source: Source}>(): Array<Column<Row>> {
  return [
    col('source_format', 'string', 'Format of the document the record was read from', (r) => r.source.format, {required: true, enum: FORMAT_IDS}),
    col('source_path', 'string', 'Path of that document', (r) => r.source.path, {required: true}),
    col('source_start_line', 'integer', 'First line of the record in that document (1-based)', (r) => r.source.startLine, {required: true}),
    col('source_end_line', 'integer', 'Last line of the record in that document (inclusive)', (r) => r.source.endLine, {required: true}),
  ]
}

export function table<R extends AnyRecord, Row>(type: R['type'], spec: Omit<TableSpec<Row>, 'rows'> & {rows: (record: R) => Row[]}): TableSpec {
  return {...spec, rows: (record) => (record.type === type ? spec.rows(record as R) : [])} as TableSpec
}

/** A long table of one list field: `<key>, position, <value>` (`position` from 1). */
export function listTable<R extends AnyRecord>(type: R['type'], name: string, key: string, parent: string, valueName: string, description: string, values: (r: R) => readonly string[]): TableSpec {
  type Row = {id: string; position: number; value: string}
  return table<R, Row>(type, {
    name, description, primaryKey: [key, 'position'], parent: {field: key, resource: parent},
    columns: [
      col(key, 'string', `Id of the record in ${parent}.csv`, (r) => r.id, {required: true}),
      col('position', 'integer', 'Order in the source, from 1', (r) => r.position, {required: true}),
      col(valueName, 'string', description, (r) => r.value, {required: true}),
    ],
    rows: (r) => values(r).map((value, i) => ({id: r.id, position: i + 1, value})),
  })
}

export const unique = <T>(values: readonly T[]) => [...new Set(values)]

