/**
 * The Frictionless Data Package (`datapackage.json`) that describes the CSV export: one
 * tabular resource per table of tables.ts, with field types, primary keys, foreign keys to the
 * parent table, and the controlled vocabularies (categories, Sello lines, months 1–12, PMM
 * objectives 1–23, guiding principles, languages, source formats) as `constraints.enum`.
 * Spec: https://specs.frictionlessdata.io/data-package/ (v1, tabular-data-package profile).
 *
 * It describes the plain CSV files only (`,`, LF, UTF-8 without BOM), which every Frictionless
 * library reads; the spreadsheet files of `--excel` are for people and are not described.
 */
import {SCHEMA_VERSION} from '../schema/records.js'
import {dialect} from './dialect.js'
import {TABLES, type Column} from './tables.js'

export interface PackageOptions {
  /** The folder of the described files, relative to `datapackage.json` (`data` with `--excel`). */
  folder?: string
}

function field(column: Column<unknown>) {
  const constraints: Record<string, unknown> = {}
  if (column.required) constraints.required = true
  if (column.enum) constraints.enum = column.enum
  if (column.pattern) constraints.pattern = column.pattern
  return {
    name: column.name,
    type: column.type,
    ...(column.type === 'date' ? {format: 'default'} : {}),
    ...(column.type === 'boolean' ? {trueValues: ['true'], falseValues: ['false']} : {}),
    description: column.description,
    ...(Object.keys(constraints).length > 0 ? {constraints} : {}),
  }
}

export function datapackage(options: PackageOptions = {}) {
  const d = dialect({})
  return {
    profile: 'tabular-data-package',
    name: 'practices',
    title: 'Good practices on migration in Latin-American local governments',
    description: 'Records written by `practices export --format csv`. Text cells that began with `=`, `+`, `-`, `@`, tab, CR or `\'` carry one extra leading `\'` (formula-injection guard); drop it to read the original text. Empty cells are absent values.',
    version: SCHEMA_VERSION,
    resources: TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: options.folder ? `${options.folder}/${table.name}.csv` : `${table.name}.csv`,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: {delimiter: d.delimiter, lineTerminator: d.lineTerminator, quoteChar: '"', doubleQuote: true, header: true},
      schema: {
        fields: table.columns.map((c) => field(c as Column<unknown>)),
        primaryKey: [...table.primaryKey],
        ...(table.parent ? {foreignKeys: [{fields: [table.parent.field], reference: {resource: table.parent.resource, fields: ['id']}}]} : {}),
        missingValues: [''],
      },
    })),
  }
}
