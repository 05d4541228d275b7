/**
 * What the pipeline yields for one document, apart from the pipeline itself so that readers of
 * results (validate, reporters, exporters, the JSON reader) do not depend on how it is made.
 */
import {Messages, shown, type Diagnostic, type Place, type ShownFilter} from '../diagnostics/diagnostic.js'
import type {Detection} from '../detect/detect.js'
import type {Coverage, FieldPlaces, UnmappedLine} from '../formats/context.js'
import type {FormatId} from '../formats/registry.js'
import type {AnyRecord} from '../schema/records.js'

export interface DocumentResult {
  path: string
  /** The document's format; `null` when unknown, unreadable, or a JSON file of records. */
  format: FormatId | null
  records: AnyRecord[]
  diagnostics: Diagnostic[]
  unmapped: UnmappedLine[]
  metadata: Record<string, unknown>
  /** Non-blank lines and how many were placed in a field or metadata. */
  coverage: Coverage
  detection?: Detection
  /** The input could not be read at all, or processing failed (exit code 3). */
  failed?: boolean
  /**
   * The source lines that diagnostics, records and their fields point at (`lines[n - 1]` is line
   * n; a sparse array): what reporters show and validate rules measure, without holding the whole
   * document. Not part of any output.
   */
  lines?: string[]
  /** Where each record's fields were read (see `ParseContext.locate`). Not part of any output. */
  fieldPlaces?: FieldPlaces
  /**
   * A large document is read and parsed in parts (src/pipeline/stream.ts): its results come one
   * after another with the same `path`, every one but the last with `more: true`. Each part has
   * its own records, diagnostics, unmapped lines and coverage; the last part's `metadata` is the
   * whole document's.
   */
  more?: boolean
  /** For the progress line: bytes of a large input read when this part came out. */
  read?: number
  /** The document holds no record by design (a fact-sheet index): no `document/no-records`. */
  recordless?: true
  /**
   * Diagnostics left out of `diagnostics` because no reporter lists them (a worker thread does
   * not send them back, see `ResultNeeds.diagnostics`): counted only, for the run's total.
   */
  unlisted?: {warnings: number; infos: number}
}

export function emptyResult(path: string, diagnostics: Diagnostic[] = [], failed = false): DocumentResult {
  return {path, format: null, records: [], diagnostics, unmapped: [], metadata: {}, coverage: {lines: 0, placed: 0}, ...(failed ? {failed} : {})}
}

/**
 * The result for an input that could not be read at all (exit 3): one `read/unreadable` error.
 */
export function unreadableResult(path: string, message: string): DocumentResult {
  return problemResult({path, rule: 'read/unreadable', message})
}

/**
 * The result for an input the run could not use: one error of its rule. A path that cannot be
 * read at all, or is not a regular file, fails the run (exit 3); a folder without documents is
 * an error like an empty file (exit 1).
 */
export function problemResult(problem: {path: string; rule: 'read/unreadable' | 'read/no-documents' | 'read/not-a-file'; message: string}): DocumentResult {
  const messages = new Messages(problem.path)
  messages.report(problem.rule, problem.message, {line: 1, column: 1, endLine: 1, endColumn: 1})
  return emptyResult(problem.path, messages.list, problem.rule !== 'read/no-documents')
}

/**
 * What a command reads of a result besides its records, diagnostics and coverage: a worker thread
 * sends back only that (src/pipeline/worker.ts), since copying a result to the main thread costs
 * about as much as parsing a small document.
 */
export interface ResultNeeds {
  metadata: boolean
  unmapped: boolean
  fieldPlaces: boolean
  detection: boolean
  /**
   * Source lines: every one the result keeps, or only those of the diagnostics shown (see
   * `shown`) and of the records' first lines; the pipeline keeps no others
   * (`PipelineOptions.listed`), on whichever thread.
   */
  lines: 'all' | ShownFilter
  /**
   * Diagnostics: every one (absent, or `all`), or only those shown (see `shown`), the others
   * counted in `unlisted`. In a folder of reports most diagnostics are infos nobody lists, and
   * copying them to the main thread cost more than all the records.
   */
  diagnostics?: 'all' | ShownFilter
}

/**
 * Where a repeated id is reported (`uniqueIds`): in a JSON file of records, its `id` (or `type`)
 * value; undefined for the record's first line.
 */
export function idPlace(result: DocumentResult, record: AnyRecord): Place | undefined {
  if (result.format !== null) return undefined
  const places = result.fieldPlaces?.get(record)
  return places?.id ?? places?.type
}

/**
 * `result` with only what `needs` asks for, and what the main thread needs to make its ids
 * unique: each record's id place (its line is among those the pipeline kept, see
 * `ResultNeeds.lines`).
 */
export function trimmed(result: DocumentResult, needs: ResultNeeds): DocumentResult {
  const out: DocumentResult = {...result}
  if (!needs.metadata) out.metadata = {}
  if (!needs.unmapped) out.unmapped = []
  if (!needs.fieldPlaces && result.fieldPlaces) {
    const places: FieldPlaces = new Map()
    for (const record of result.records) {
      const place = idPlace(result, record)
      if (place) places.set(record, {id: place})
    }
    if (places.size > 0) out.fieldPlaces = places
    else delete out.fieldPlaces
  }
  if (!needs.detection) delete out.detection
  if (needs.diagnostics && needs.diagnostics !== 'all') {
    const filter = needs.diagnostics
    const unlisted = {warnings: result.unlisted?.warnings ?? 0, infos: result.unlisted?.infos ?? 0}
    out.diagnostics = result.diagnostics.filter((d) => {
      if (shown(d.severity, filter)) return true
      if (d.severity === 'warning') unlisted.warnings++
      else unlisted.infos++
      return false
    })
    if (unlisted.warnings + unlisted.infos > 0) out.unlisted = unlisted
  }
  return out
}
