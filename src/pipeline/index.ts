/**
 * The pipeline, in one place:
 *
 *   read → decode → detect format → parse (segment + constructs + normalize) → ids → validate → unmapped
 *
 * One document at a time; a document that cannot be read or parsed yields diagnostics, never a
 * crash, and the run goes on with the next one.
 */
import {compareDiagnostics, Messages, type Diagnostic} from '../diagnostics/diagnostic.js'
import {decode} from '../read/decode.js'
import {isBlank, type SourceDocument} from '../read/source.js'
import {detect, type Detection} from '../detect/detect.js'
import {FORMAT_DESCRIPTIONS, PARSERS} from '../formats/index.js'
import {FORMAT_IDS, type AnyRecord, type FormatId} from '../schema/records.js'
import {ParseContext, type FieldPlaces, type ParseOptions, type UnmappedLine} from './context.js'
import {IdRegistry} from './ids.js'
import {schemaDiagnostics} from './schema-check.js'

export interface DocumentResult {
  path: string
  /** The document's format; `null` when unknown, unreadable, or a JSON file of records. */
  format: FormatId | null
  records: AnyRecord[]
  diagnostics: Diagnostic[]
  unmapped: UnmappedLine[]
  metadata: Record<string, unknown>
  /** Non-blank lines and how many were placed in a field or metadata. */
  coverage: {lines: number; placed: number}
  detection?: Detection
  /** The input could not be read at all, or processing failed (exit code 3). */
  failed?: boolean
  /** The decoded document, for reporters that show source lines. Not part of any output. */
  doc?: SourceDocument
  /** Where each record's fields were read (see `ParseContext.locate`). Not part of any output. */
  fieldPlaces?: FieldPlaces
}

export interface PipelineOptions extends ParseOptions {
  /** Force a format instead of detecting it. */
  kind?: FormatId
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
  messages.error('read/unreadable', message, {line: 1, column: 1, endLine: 1, endColumn: 1})
  return emptyResult(path, messages.list, true)
}

/** Runs one document through the pipeline. `ids` is shared by a run so ids stay unique in it. */
export async function processBytes(path: string, bytes: Uint8Array, options: PipelineOptions, ids = new IdRegistry()): Promise<DocumentResult> {
  const messages = new Messages(path)
  try {
    const decoded = decode(bytes, path, messages)
    if (!decoded.ok) return emptyResult(path, messages.list)
    const doc = decoded.doc
    let result: DocumentResult
    if (looksLikeJson(doc)) {
      const {processJson} = await import('../read/json-input.js')
      result = processJson(doc, messages, ids)
    } else {
      result = await processDocument(doc, messages, options, ids)
    }
    result.doc = doc
    return finish(result, messages)
  } catch (error) {
    messages.error('internal/crash', `Unexpected internal failure: ${(error as Error).message}`, {line: 1, column: 1, endLine: 1, endColumn: 1})
    return emptyResult(path, messages.list, true)
  }
}

async function processDocument(doc: SourceDocument, messages: Messages, options: PipelineOptions, ids: IdRegistry): Promise<DocumentResult> {
  const detection = detect(doc)
  const start = {line: 1, column: 1, endLine: 1, endColumn: 1}
  let format = options.kind ?? detection.format
  if (options.kind && detection.format && detection.format !== options.kind) {
    messages.info('format/override', `Unexpected \`--kind ${options.kind}\` for a document that looks like \`${detection.format}\`, parsing it as \`${options.kind}\``, start,
      {expected: detection.format, actual: options.kind})
  }
  if (!format) {
    const known = FORMAT_IDS.map((id) => `\`${id}\` (${FORMAT_DESCRIPTIONS[id]})`).join(', ')
    messages.error('format/unknown', `Unexpected document of unknown format, expected one of ${known}; pass \`--kind ID\` to choose one`, start)
    const ctx = new ParseContext(doc, messages, options)
    // Nothing was read: every non-blank line is unmapped, explained by the one `format/unknown` error.
    const unmapped = doc.lines.flatMap((text, i) => (isBlank(text) ? [] : [{line: i + 1, text}]))
    return {...emptyResult(doc.path), unmapped, coverage: ctx.coverage(), detection}
  }

  const ctx = new ParseContext(doc, messages, options)
  const parser = await PARSERS[format]()
  const records = await parser.parse(ctx)
  for (const record of records) ids.assign(record, messages)
  const valid = records.filter((record) => {
    const problems = schemaDiagnostics(record, messages, record.source.startLine)
    return problems === 0
  })
  if (valid.length === 0 && !ctx.recordless) {
    messages.warn('document/no-records', `Unexpected \`${format}\` document without any record, expected at least one: nothing in it could be read as a record`, start,
      {expected: format})
  }
  const {unmapped, coverage} = ctx.collectUnmapped()
  return {path: doc.path, format, records: valid, diagnostics: [], unmapped, metadata: ctx.metadata, coverage, detection, fieldPlaces: ctx.fieldPlaces}
}

function finish(result: DocumentResult, messages: Messages): DocumentResult {
  result.diagnostics = [...messages.list].sort(compareDiagnostics)
  return result
}

/** A `.json`/`.jsonl` file, or text that opens like JSON (`{`, or `[` then `{`, `"`, a digit or `]`). */
export function looksLikeJson(doc: SourceDocument): boolean {
  if (/\.jsonl?$/i.test(doc.path)) return true
  const first = doc.lines.find((line) => /\S/.test(line))
  return first !== undefined && /^\s*(?:\{|\[\s*(?:[{"\d-]|\]\s*$|$))/.test(first)
}

export {IdRegistry} from './ids.js'
