/**
 * What the pipeline yields for one document, apart from the pipeline itself so that readers of
 * results (validate, reporters, exporters, the JSON reader) do not depend on how it is made.
 */
import {Messages, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {Detection} from '../detect/detect.js'
import type {Coverage, FieldPlaces, UnmappedLine} from '../formats/context.js'
import type {FormatId} from '../formats/registry.js'
import type {SourceDocument} from '../read/source.js'
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
  /** The decoded document, for reporters that show source lines. Not part of any output. */
  doc?: SourceDocument
  /** Where each record's fields were read (see `ParseContext.locate`). Not part of any output. */
  fieldPlaces?: FieldPlaces
}

export function emptyResult(path: string, diagnostics: Diagnostic[] = [], failed = false): DocumentResult {
  return {path, format: null, records: [], diagnostics, unmapped: [], metadata: {}, coverage: {lines: 0, placed: 0}, ...(failed ? {failed} : {})}
}

/**
 * The result for an input that could not be read at all (exit 3): one `read/unreadable` error.
 * `reason` is a message, or the error the read threw.
 */
export function unreadableResult(path: string, reason: string | unknown): DocumentResult {
  const messages = new Messages(path)
  let message: string
  if (typeof reason === 'string') {
    message = reason
  } else {
    const code = (reason as NodeJS.ErrnoException).code
    message = `Cannot read \`${path}\`: ${code === 'EISDIR' ? 'is a directory' : code ?? (reason as Error).message}`
  }
  messages.report('read/unreadable', message, {line: 1, column: 1, endLine: 1, endColumn: 1})
  return emptyResult(path, messages.list, true)
}
