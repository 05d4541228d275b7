/**
 * The CSV export: every table of tables.ts in its own file, written with csv-stringify as the
 * records come (one document at a time, so memory stays flat), plus `datapackage.json`.
 *
 * - RFC 4180 quoting (`"` doubled; fields holding the delimiter, a quote, CR or LF quoted),
 *   LF line ends; `--excel`: UTF-8 BOM, `;` delimiter and CRLF, number-like text as `="01101"`,
 *   for Spanish-locale Excel and LibreOffice.
 * - `datapackage.json` always describes plain files, which Frictionless tools read (their
 *   JavaScript libraries take no BOM and no `utf-8-sig`): with `--excel`, the spreadsheet files
 *   are written at the top of DIR and the plain ones the package describes in `DIR/data/`.
 * - Formula injection: a text cell that begins with `=`, `+`, `-`, `@`, tab or CR, or with `'`
 *   itself, gets one `'` in front (`=HYPERLINK(…)` → `'=HYPERLINK(…)`). To read the original
 *   text, drop one leading `'` from any text cell that starts with it. Numbers are not touched.
 * - Absent values (`null`) are empty cells.
 */
import {stringify} from 'csv-stringify/sync'
import {join} from 'node:path'
import type {AnyRecord} from '../schema/records.js'
import {openAtomic, setCommit, writeAtomic, type AtomicFile, type Commit} from './atomic.js'
import {datapackage} from './datapackage.js'
import {dialect, spreadsheetText, type CsvOptions} from './dialect.js'
import {assertFileTargets} from './targets.js'
import {TABLES, type Cell, type TableSpec} from './tables.js'


/**
 * A cell a spreadsheet may read as a formula: one that starts with `=`, `+`, `-`, `@` (or their
 * full-width forms `＝＋－＠`), after any white space, control or invisible characters that an
 * importer may strip (NBSP, line breaks, NUL, zero-width and bidi marks, BOM); or that starts
 * with a tab, a carriage return or the `'` this escape adds.
 */
const FORMULA = /^(?:[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠]|[\t\r'])/u

/** Protects a text cell against formula injection; reversible by dropping one leading `'`. */
export function escapeFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value
}

export function unescapeFormula(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value
}

/** One row as CSV text (with its line end). */
export function csvLine(cells: readonly Cell[], options: CsvOptions = {}): string {
  const d = dialect(options)
  const text = options.excel ? (cell: string) => spreadsheetText(escapeFormula(cell)) : escapeFormula
  const values = cells.map((cell) => (cell === null ? '' : typeof cell === 'string' ? text(cell) : String(cell)))
  return stringify([values], {delimiter: d.delimiter, record_delimiter: d.lineTerminator, quote_record_delimiter: true, eof: true})
}

/** The folder of DIR where `--excel` puts the plain files that `datapackage.json` describes. */
export const PACKAGE_DATA_FOLDER = 'data'

interface Output {
  table: TableSpec
  file: AtomicFile
  options: CsvOptions
}

export class CsvExport {
  private constructor(readonly dir: string, private readonly options: CsvOptions, private readonly files: Output[]) {}

  /** Opens every table's file (temporary until `finish`) and writes the header rows. */
  static async open(dir: string, options: CsvOptions = {}): Promise<CsvExport> {
    const folder = options.excel ? PACKAGE_DATA_FOLDER : ''
    const profiles: Array<{options: CsvOptions; folder: string}> = options.excel ? [{options, folder: ''}, {options: {}, folder}] : [{options, folder: ''}]
    const path = (table: TableSpec, at: string) => join(dir, at, `${table.name}.csv`)
    await assertFileTargets([...profiles.flatMap((p) => TABLES.map((t) => path(t, p.folder))), join(dir, 'datapackage.json')])
    const files: Output[] = []
    try {
      for (const profile of profiles) {
        for (const table of TABLES) {
          const file = await openAtomic(path(table, profile.folder))
          files.push({table, file, options: profile.options})
          await file.write((dialect(profile.options).bom ? '\ufeff' : '') + csvLine(table.columns.map((c) => c.name), profile.options))
        }
      }
    } catch (error) {
      await Promise.all(files.map(({file}) => file.abort()))
      throw error
    }
    return new CsvExport(dir, options, files)
  }

  async add(record: AnyRecord): Promise<void> {
    for (const {table, file, options} of this.files) {
      const rows = table.rows(record)
      if (rows.length === 0) continue
      await file.write(rows.map((row) => csvLine(table.columns.map((c) => c.value(row)), options)).join(''))
    }
  }

  /** Renames every table into place, then writes `datapackage.json`. Returns the paths written. */
  async finish(): Promise<string[]> {
    const written: string[] = []
    const commit: Commit = {dir: this.dir, total: this.files.length + 1, done: 0}
    setCommit(commit)
    try {
      for (const {file} of this.files) {
        await file.commit()
        written.push(file.path)
        commit.done++
      }
      const path = join(this.dir, 'datapackage.json')
      await writeAtomic(path, JSON.stringify(datapackage({folder: this.options.excel ? PACKAGE_DATA_FOLDER : ''}), null, 2) + '\n')
      return [...written, path]
    } finally {
      setCommit(undefined)
    }
  }

  async abort(): Promise<void> {
    await Promise.all(this.files.map(({file}) => file.abort()))
  }
}
