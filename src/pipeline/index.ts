/**
 * The pipeline, in one place:
 *
 *   read → decode → detect format → parse (segment + constructs + normalize) → ids → validate → unmapped
 *
 * One document at a time; a document that cannot be read or parsed yields diagnostics, never a
 * crash, and the run goes on with the next one.
 */
import {compareDiagnostics, Messages} from '../diagnostics/diagnostic.js'
import {detect} from '../detect/detect.js'
import {ParseContext, type ParseOptions} from '../formats/context.js'
import {FORMAT_IDS, FORMATS, formatById, type FormatId} from '../formats/registry.js'
import {sniffContainer} from '../read/container.js'
import {decode, type DecodeResult} from '../read/decode.js'
import {isBlank, type SourceDocument} from '../read/source.js'
import {IdRegistry} from './ids.js'
import {emptyResult, type DocumentResult} from './result.js'
import {schemaDiagnostics} from './schema-check.js'

export type {DocumentResult} from './result.js'
export {emptyResult, unreadableResult} from './result.js'

export interface PipelineOptions extends ParseOptions {
  /** Force a format instead of detecting it. */
  kind?: FormatId
}

/**
 * Bytes → the text lines every later stage reads: a Word or PDF file through its reader, any
 * other file decoded as text. `practices text` prints these lines.
 */
export async function readSource(path: string, bytes: Uint8Array, messages: Messages): Promise<DecodeResult> {
  const container = sniffContainer(bytes, path)
  if (!container) return decode(bytes, path, messages)
  const {readContainer} = await import('../read/container-read.js')
  return readContainer(container, bytes, path, messages)
}

/**
 * Runs one document through the pipeline. `ids` is shared by a run so ids stay unique in it.
 * `input` is the file's bytes, or its text (encoded as UTF-8); repairs are on unless
 * `options.repair` is `false`.
 */
export async function processBytes(path: string, input: Uint8Array | string, options: Partial<PipelineOptions> = {}, ids = new IdRegistry()): Promise<DocumentResult> {
  const messages = new Messages(path)
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const opts: PipelineOptions = {...options, repair: options.repair ?? true}
  try {
    const decoded = await readSource(path, bytes, messages)
    if (!decoded.ok) return emptyResult(path, messages.list)
    const doc = decoded.doc
    let result: DocumentResult
    if (!doc.origin && looksLikeJson(doc)) {
      const {processJson} = await import('./json-input.js')
      result = processJson(doc, messages, ids)
    } else {
      result = await processDocument(doc, messages, opts, ids)
    }
    result.doc = doc
    return finish(result, messages)
  } catch (error) {
    messages.report('internal/crash', `Unexpected internal failure: ${(error as Error).message}`, {line: 1, column: 1, endLine: 1, endColumn: 1})
    return emptyResult(path, messages.list, true)
  }
}

async function processDocument(doc: SourceDocument, messages: Messages, options: PipelineOptions, ids: IdRegistry): Promise<DocumentResult> {
  const detection = detect(doc)
  const start = {line: 1, column: 1, endLine: 1, endColumn: 1}
  let format = options.kind ?? detection.format
  if (options.kind && detection.format && detection.format !== options.kind) {
    messages.report('format/override', `Unexpected \`--kind ${options.kind}\` for a document that looks like \`${detection.format}\`, parsing it as \`${options.kind}\``, start,
      {expected: detection.format, actual: options.kind})
  }
  if (!format) {
    const known = FORMATS.map((f) => `\`${f.id}\` (${f.description})`).join(', ')
    messages.report('format/unknown', `Unexpected document of unknown format, expected one of ${known}; pass \`--kind ID\` to choose one`, start)
    const ctx = new ParseContext(doc, messages, options, '', FORMAT_IDS)
    // Nothing was read: every non-blank line is unmapped, explained by the one `format/unknown` error.
    const unmapped = doc.lines.flatMap((text, i) => (isBlank(text) ? [] : [{line: i + 1, text}]))
    return {...emptyResult(doc.path), unmapped, coverage: ctx.coverage(), detection}
  }

  const ctx = new ParseContext(doc, messages, options, format, FORMAT_IDS)
  const parser = await formatById(format)!.load()
  const records = await parser.parse(ctx)
  for (const record of records) ids.assign(record, messages)
  // A record read from a PDF also tells the page its first line is on.
  if (doc.pages) for (const record of records) record.source.page = doc.pages[record.source.startLine - 1]
  const valid = records.filter((record) => {
    const problems = schemaDiagnostics(record, messages, record.source.startLine)
    return problems === 0
  })
  // (A format may have said why in its own words.)
  if (valid.length === 0 && !ctx.recordless && !messages.list.some((d) => d.rule === 'document/no-records')) {
    messages.report('document/no-records', `Unexpected \`${format}\` document without any record, expected at least one: nothing in it could be read as a record`, start,
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
