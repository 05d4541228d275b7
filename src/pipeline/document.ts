/**
 * The pipeline for one whole document (index.ts runs it over inputs, stream.ts over the parts of
 * a large one):
 *
 *   bytes → lines (read/) → JSON records, or: detect format → parse → base ids → schema check → unmapped
 */
import {compareDiagnostics, detached, Messages, shown, type ShownFilter} from '../diagnostics/diagnostic.js'
import {detect, type Detection} from '../detect/detect.js'
import {ParseContext, type FormatParser, type ParseOptions} from '../formats/context.js'
import {FORMAT_IDS, FORMATS, formatById, type FormatId} from '../formats/registry.js'
import {sniffContainer} from '../read/container.js'
import {readContainer} from '../read/container-read.js'
import {decode, type DecodeResult} from '../read/decode.js'
import {isBlank, type SourceDocument} from '../read/source.js'
import {detach} from '../text/detach.js'
import {baseId} from './ids.js'
import {emptyResult, type DocumentResult} from './result.js'
import {schemaDiagnostics} from './schema-check.js'

export interface PipelineOptions extends ParseOptions {
  /** Force a format instead of detecting it. */
  kind?: FormatId
  /**
   * `false` when the caller does not read a document's metadata (JSONL and CSV output): a large
   * document's parts then do not gather theirs into the whole document's (a file of OCR slides
   * lists every slide there, as much as a byte for each byte of text).
   */
  metadata?: boolean
  /**
   * `false` when the caller lists no info (a command without `--verbose` that does not write
   * diagnostics out): infos are then counted in `DocumentResult.unlisted`, not kept. OCR slides
   * report a repair every second line: holding them took ~17% of the time of a 5 MB file of
   * slides, and ~35 MB.
   */
  infos?: boolean
  /**
   * What the caller lists of a document's diagnostics, when it reads no field's place (`parse`
   * and `export`; `validate` checks fields across files and reports there): a result then keeps
   * the source lines of those diagnostics and of its records' first lines (where a repeated id is
   * reported), not of every field of every record. Keeping those took ~4% of the time of a large
   * file of fichas.
   */
  listed?: ShownFilter
}

const START = {line: 1, column: 1, endLine: 1, endColumn: 1}

/**
 * Bytes → the text lines every later stage reads: a Word or PDF file through its reader, any
 * other file decoded as text. `practices text` prints these lines.
 */
export async function readSource(path: string, bytes: Uint8Array, messages: Messages): Promise<DecodeResult> {
  const container = sniffContainer(bytes, path)
  if (!container) return decode(bytes, path, messages)
  return readContainer(container, bytes, path, messages)
}

/** A whole document's bytes → its result (base ids). */
export async function processWhole(path: string, bytes: Uint8Array, options: PipelineOptions): Promise<DocumentResult> {
  const messages = new Messages(path, options)
  try {
    const decoded = await readSource(path, bytes, messages)
    if (!decoded.ok) return finish(emptyResult(path), messages)
    return finish(await parseDocument(decoded.doc, messages, options), messages, decoded.doc.lines)
  } catch (error) {
    return crashed(path, messages, error)
  }
}

/** The result of a document whose processing threw (a bug): `internal/crash`, exit 3. */
export function crashed(path: string, messages: Messages, error: unknown): DocumentResult {
  messages.report('internal/crash', `Unexpected internal failure: ${(error as Error)?.message ?? String(error)}`, START)
  return finish(emptyResult(path, [], true), messages)
}

/** A decoded document → its records: JSON records, or the records of its format's parser. */
export async function parseDocument(doc: SourceDocument, messages: Messages, options: PipelineOptions): Promise<DocumentResult> {
  if (!doc.origin && looksLikeJson(doc)) {
    const {processJson} = await import('./json-input.js')
    return processJson(doc, messages)
  }
  const {format, detection} = chooseFormat(doc, messages, options)
  if (!format) return unknownFormat(doc, messages, options, detection)
  const parser = await loadParser(format)
  return {...(await parseWith(parser, doc, messages, options, format)), detection}
}

const parsers = new Map<FormatId, Promise<FormatParser>>()

/** A format's parser, loaded once (a dynamic import per document would cost every document). */
export function loadParser(format: FormatId): Promise<FormatParser> {
  let parser = parsers.get(format)
  if (!parser) parsers.set(format, parser = formatById(format)!.load())
  return parser
}

/** Detection, or `--kind` (reporting an override); `format/unknown` when neither gives a format. */
export function chooseFormat(doc: SourceDocument, messages: Messages, options: PipelineOptions): {format: FormatId | null; detection: Detection} {
  const detection = detect(doc)
  const format = options.kind ?? detection.format
  if (options.kind && detection.format && detection.format !== options.kind) {
    messages.report('format/override', `Unexpected \`--kind ${options.kind}\` for a document that looks like \`${detection.format}\`, parsing it as \`${options.kind}\``, START,
      {expected: detection.format, actual: options.kind})
  }
  if (!format) {
    const known = FORMATS.map((f) => `\`${f.id}\` (${f.description})`).join(', ')
    messages.report('format/unknown', `Unexpected document of unknown format, expected one of ${known}; pass \`--kind ID\` to choose one`, START)
  }
  return {format, detection}
}

function unknownFormat(doc: SourceDocument, messages: Messages, options: PipelineOptions, detection: Detection): DocumentResult {
  const ctx = new ParseContext(doc, messages, options, '', FORMAT_IDS)
  return {...emptyResult(doc.path), unmapped: unmappedLines(doc.lines), coverage: ctx.coverage(), detection}
}

/** Nothing was read: every non-blank line is unmapped, explained by the one `format/unknown` error. */
export function unmappedLines(lines: readonly string[], offset = 0): DocumentResult['unmapped'] {
  const unmapped: DocumentResult['unmapped'] = []
  for (let i = 0; i < lines.length; i++) if (!isBlank(lines[i]!)) unmapped.push({line: offset + i + 1, text: lines[i]!})
  return unmapped
}

/**
 * A document of a known format → its valid records (base ids), unmapped lines and metadata.
 * A whole document without any record gets `document/no-records`; for a part of a large one
 * (`part`: the lines before it, and what the document up to it tells, `ParseContext.carry`), the
 * stream says it once at the end (stream.ts).
 */
export async function parseWith(parser: FormatParser, doc: SourceDocument, messages: Messages, options: PipelineOptions, format: FormatId, part?: PartState): Promise<DocumentResult> {
  const ctx = new ParseContext(doc, messages, options, format, FORMAT_IDS)
  if (part) {
    ctx.part = true
    ctx.lineOffset = part.offset
    ctx.carry = part.carry
  }
  const records = await parser.parse(ctx)
  for (const record of records) if (!record.id) record.id = baseId(record)
  // A record read from a PDF also tells the page its first line is on.
  if (doc.pages) for (const record of records) record.source.page = doc.pages[record.source.startLine - 1]
  const valid = records.filter((record) => schemaDiagnostics(record, messages, record.source.startLine) === 0)
  if (!part && valid.length === 0 && !ctx.recordless) noRecords(messages, format)
  const {unmapped, coverage} = ctx.collectUnmapped()
  return {path: doc.path, format, records: valid, diagnostics: [], unmapped, metadata: ctx.metadata, coverage, fieldPlaces: ctx.fieldPlaces,
    ...(ctx.recordless ? {recordless: true as const} : {})}
}

/** Where a part of a large document lies, and what it knows of the parts before it (stream.ts). */
export interface PartState {
  /** Lines of the file before the part. */
  offset: number
  /** What its format's `PartRules.carry` read up to and including it (`ParseContext.carry`). */
  carry: unknown
}

/** `document/no-records`, unless the format has said why in its own words. */
export function noRecords(messages: Messages, format: FormatId): void {
  if (messages.list.some((d) => d.rule === 'document/no-records')) return
  messages.report('document/no-records', `Unexpected \`${format}\` document without any record, expected at least one: nothing in it could be read as a record`, START,
    {expected: format})
}

/**
 * The result with its diagnostics sorted, and the source lines they point at (`lines`: the
 * document's, or a part's whose first line is `offset + 1`). What is kept after the document is
 * done is copied out of the document's text (see text/detach.ts), so the text can be freed.
 */
export function finish(result: DocumentResult, messages: Messages, lines?: readonly string[], offset = 0): DocumentResult {
  result.diagnostics = messages.list.map(detached).sort(compareDiagnostics)
  const counted = messages.counted
  if (counted > 0) result.unlisted = {warnings: result.unlisted?.warnings ?? 0, infos: (result.unlisted?.infos ?? 0) + counted}
  if (lines) result.lines = excerpt(result, lines, offset, messages.listed)
  return result
}

/**
 * The lines diagnostics, records and their fields point at, as a sparse array (`kept[n - 1]` is
 * line n). With `listed`, only those of the diagnostics it shows and of the records' first lines;
 * a JSON file's records keep their fields' (a repeated id is reported at the `id` value).
 */
function excerpt(result: DocumentResult, lines: readonly string[], offset: number, listed?: ShownFilter): string[] {
  const kept: string[] = []
  const keep = (line: number) => {
    const text = lines[line - 1 - offset]
    if (text !== undefined && kept[line - 1] === undefined) kept[line - 1] = detach(text)
  }
  for (const d of result.diagnostics) if (!listed || shown(d.severity, listed)) keep(d.line)
  if (result.format !== null) for (const record of result.records) keep(record.source.startLine)
  if (result.fieldPlaces && (!listed || result.format === null)) {
    for (const places of result.fieldPlaces.values()) for (const place of Object.values(places)) if (place) keep(place.line)
  }
  return kept
}

/** A `.json`/`.jsonl` file, or text that opens like JSON (`{`, or `[` then `{`, `"`, a digit or `]`). */
export function looksLikeJson(doc: SourceDocument): boolean {
  if (/\.jsonl?$/i.test(doc.path)) return true
  const first = doc.lines.find((line) => /\S/.test(line))
  return first !== undefined && /^\s*(?:\{|\[\s*(?:[{"\d-]|\]\s*$|$))/.test(first)
}
