/**
 * A large input (over `WHOLE_BYTES`, src/read/open.ts), read chunk by chunk so that memory stays
 * flat whatever its size:
 *
 *   chunks → lines (LineDecoder) → the first 256 KiB of text: JSON? detect the format
 *     → a format with `parts` (ficha sheets, fact sheets, OCR slides), or JSONL: parsed part by
 *       part, each part ending where its `cut` says a unit starts, its records out before the
 *       next is read
 *     → any other format, or JSON: read whole and parsed whole, up to 64 MB (`read/too-large`)
 *     → a Word or PDF file: read whole, up to 256 MB
 *
 * A part is parsed as a document of its own; its positions are then moved to the file's lines,
 * and its metadata folded into the document's (`PartRules.merge`). Diagnostics of reading the
 * whole file (a repaired encoding) come with the first or the last part.
 *
 * A part that needs what the parts before it printed (OCR slides: the country a page header named
 * at the top) gets it from its format's `PartRules.carry`, read here as each part is cut.
 *
 * With a `PartPool` (`--jobs N` on one large file), parts are also parsed on other threads while
 * this one reads, cuts, parses parts itself and hands results out, always in order: the results
 * are the same as on one thread.
 */
import {SAMPLE_CHARS} from '../detect/detect.js'
import {Messages, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {RuleId} from '../diagnostics/rules.js'
import type {FormatParser} from '../formats/context.js'
import type {FormatId} from '../formats/registry.js'
import {sniffContainer} from '../read/container.js'
import {LineDecoder} from '../read/line-decoder.js'
import type {Encoding, SourceDocument} from '../read/source.js'
import {emptyResult, type DocumentResult} from './result.js'
import {chooseFormat, crashed, finish, loadParser, looksLikeJson, noRecords, parseWith, processWhole, unmappedLines, type PartState, type PipelineOptions} from './document.js'
import {detach} from '../text/detach.js'

export interface StreamLimits {
  /** Characters of text in a part, at least (a part ends at the first cut after it). */
  partChars: number
  /** Characters read before the format is detected, whatever the parts' size (detection reads its sample whole). */
  detectChars?: number
  /** Bytes of a document parsed whole (a format without parts, JSON). */
  wholeBytes: number
  /** Bytes of a Word or PDF file. */
  containerBytes: number
}

const MB = 1024 * 1024
/**
 * Parts of ~64 KB: a part's lines and what parsing them builds (~30x the text for fichas) live
 * only while it is parsed, so most of it dies young, before a collection of the young generation
 * has to copy it, and no part waits long in memory for the next. Parts of 0.5 MB, read in
 * chunks of 1 MB, were ~15–20% slower on a large file of fichas (the collector copied each
 * part's lines and records twice, into the old generation), took ~20 MB more, and read JSONL
 * at half the speed; OCR slides and fact sheets take the same time either way. Detection still
 * reads its sample whole (`detectChars`), so the first part is larger. A document parsed whole
 * is refused past 64 MB (~8x in memory).
 */
export const LIMITS: StreamLimits = {partChars: 64 * 1024, detectChars: SAMPLE_CHARS + 1, wholeBytes: 64 * MB, containerBytes: 256 * MB}

const START = {line: 1, column: 1, endLine: 1, endColumn: 1}

/** The lines of an input as they are decoded, with enough read ahead for the next part. */
class Lines {
  /** Decoded lines not handed to a part yet. */
  pending: string[] = []
  chars = 0
  bytes = 0
  ended = false
  private readonly iterator: Iterator<Uint8Array> | AsyncIterator<Uint8Array>

  constructor(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, readonly decoder: LineDecoder) {
    this.iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()
  }

  /** Reads until `chars` characters wait, the input ends, or more than `maxBytes` were read (false then). */
  async fill(chars: number, maxBytes = Infinity): Promise<boolean> {
    while (!this.ended && this.chars < chars) {
      if (this.bytes > maxBytes) return false
      const next = await this.iterator.next()
      if (next.done) {
        this.add(this.decoder.end())
        this.ended = true
      } else {
        this.bytes += next.value.length
        this.add(this.decoder.push(next.value))
        if (this.decoder.binary) await this.close()
      }
    }
    return true
  }

  /** The first `count` pending lines. */
  take(count: number): string[] {
    const taken = this.pending.splice(0, count)
    for (const line of taken) this.chars -= line.length + 1
    return taken
  }

  /** Stops reading (the file is closed). */
  async close(): Promise<void> {
    if (!this.ended) await this.iterator.return?.()
    this.ended = true
  }

  private add(lines: string[]): void {
    for (const line of lines) {
      this.pending.push(line)
      this.chars += line.length + 1
    }
  }
}

/** Other threads that parse parts of a large document (see above and `parsePart`). */
export interface PartPool {
  /** How many more parts it can take now without any of them waiting for a thread. */
  room(): number
  /** The part parsed; rejected when its thread could not parse it (the part is then parsed here). */
  parse(part: PartJob): Promise<ParsedPart>
}

/** A part of a large document, for another thread (everything in it can be posted). */
export interface PartJob {
  path: string
  format: FormatId
  /** The part's lines. */
  lines: string[]
  encoding: Encoding
  bom: boolean
  /** Lines of the file before the part. */
  offset: number
  /** What the document up to and including the part tells (`PartRules.carry`). */
  carry: unknown
  options: PipelineOptions
}

/** A part parsed: its result as `parseWith` gives it, and what it reported. */
export interface ParsedPart {
  result: DocumentResult
  diagnostics: Diagnostic[]
  /** Infos counted only (`PipelineOptions.infos`), by rule. */
  counted: Array<[RuleId, number]>
}

/** Parses a part of a large document, on whatever thread runs it (the worker of a `PartPool`). */
export async function parsePart(job: PartJob): Promise<ParsedPart> {
  const parser = await loadParser(job.format)
  const messages = new Messages(job.path, job.options)
  const doc: SourceDocument = {path: job.path, lines: job.lines, encoding: job.encoding, bom: job.bom, eol: 'lf'}
  const result = await parseWith(parser, doc, messages, job.options, job.format, {offset: job.offset, carry: job.carry})
  return {result, diagnostics: messages.list, counted: [...messages.countedOnly]}
}

export async function* processStream(path: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, options: PipelineOptions, limits = LIMITS, pool?: PartPool): AsyncGenerator<DocumentResult> {
  const messages = new Messages(path, options)
  const iterable = await peekContainer(path, chunks, limits)
  if ('whole' in iterable) {
    yield iterable.whole ? await processWhole(path, iterable.whole, options) : tooLarge(path, messages, `a Word or PDF file over ${limits.containerBytes / MB} MB`)
    return
  }
  const lines = new Lines(iterable.chunks, new LineDecoder(messages))
  try {
    await lines.fill(Math.max(limits.partChars, limits.detectChars ?? 0))
    if (lines.ended && !lines.decoder.hasContent) {
      yield finish(emptyResult(path), messages)
      return
    }
    const head = documentOf(path, lines.pending, lines.decoder)
    if (looksLikeJson(head)) {
      const {isJsonlFile} = await import('./json-input.js')
      if (isJsonlFile(head)) yield* inParts(path, lines, messages, limits, jsonParts(), null, options.metadata !== false)
      else yield* whole(path, lines, messages, options, limits, null)
      return
    }
    const {format, detection} = chooseFormat(head, messages, options)
    if (!format) {
      yield* whole(path, lines, messages, options, limits, null, detection)
      return
    }
    const parser = await loadParser(format)
    if (parser.parts) yield* inParts(path, lines, messages, limits, formatParts(parser, format, options, pool), format, options.metadata !== false, detection)
    else yield* whole(path, lines, messages, options, limits, format, detection)
  } catch (error) {
    yield crashed(path, messages, error)
  } finally {
    await lines.close()
  }
}

/** A Word or PDF file is read whole (up to its limit); anything else goes on as chunks. */
async function peekContainer(path: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, limits: StreamLimits): Promise<{whole: Uint8Array | null} | {chunks: AsyncIterable<Uint8Array>}> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()
  const first = await iterator.next()
  const head = first.done ? new Uint8Array(0) : first.value
  if (!sniffContainer(head, path)) {
    return {chunks: (async function* () {
      try {
        if (!first.done) yield first.value
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value
      } finally {
        await iterator.return?.() // closes the file when reading stops early
      }
    })()}
  }
  const parts = [head]
  let total = head.length
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    parts.push(next.value)
    total += next.value.length
    if (total > limits.containerBytes) {
      await iterator.return?.()
      return {whole: null}
    }
  }
  return {whole: Buffer.concat(parts, total)}
}

function documentOf(path: string, lines: string[], decoder: LineDecoder): SourceDocument {
  return {path, lines, encoding: decoder.encoding, bom: decoder.bom, eol: 'lf'}
}

function tooLarge(path: string, messages: Messages, what: string): DocumentResult {
  messages.report('read/too-large', `Unexpected ${what}, expected a smaller file (see "Limits" in the README); it was not read`, START)
  return finish(emptyResult(path), messages)
}

/** A document read whole, then parsed as one (JSON, a format without parts), or an unknown format's lines counted. */
async function* whole(path: string, lines: Lines, messages: Messages, options: PipelineOptions, limits: StreamLimits, format: FormatId | null, detection?: DocumentResult['detection']): AsyncGenerator<DocumentResult> {
  if (format === null && detection) {
    // An unknown format: nothing is parsed; every non-blank line is unmapped (explained by the
    // one `format/unknown` error), given part by part.
    let offset = 0
    let first = true
    for (;;) {
      const partLines = lines.take(lines.pending.length)
      const unmapped = unmappedLines(partLines, offset).map((u) => ({line: u.line, text: detach(u.text)}))
      await lines.fill(limits.partChars)
      const last = lines.pending.length === 0
      if (last && first && !lines.decoder.hasContent) {
        yield finish(emptyResult(path), withoutFormatReports(messages))
        return
      }
      if (unmapped.length > 0 || last) {
        const result: DocumentResult = {...emptyResult(path), unmapped, coverage: {lines: unmapped.length, placed: 0}}
        if (first) result.detection = detection
        if (!last) result.more = true
        result.read = lines.bytes
        const partMessages = new Messages(path, messages)
        partMessages.take(messages)
        yield finish(result, partMessages, partLines, offset)
        first = false
      }
      offset += partLines.length
      if (last) return
    }
  }
  if (!(await lines.fill(Infinity, limits.wholeBytes))) {
    const what = format ? `document over ${limits.wholeBytes / MB} MB of format \`${format}\`, which is parsed whole (only ficha sheets, fact sheets, OCR slides and JSONL are read in parts)` : `JSON document over ${limits.wholeBytes / MB} MB (JSONL is read in parts)`
    yield tooLarge(path, messages, what)
    return
  }
  if (!lines.decoder.hasContent) {
    yield finish(emptyResult(path), withoutFormatReports(messages))
    return
  }
  const doc = documentOf(path, lines.take(lines.pending.length), lines.decoder)
  let result: DocumentResult
  if (format) {
    const parser = await loadParser(format)
    result = await parseWith(parser, doc, messages, options, format)
  } else {
    const {processJson} = await import('./json-input.js')
    result = processJson(doc, messages, false)
  }
  if (detection) result.detection = detection
  yield finish(result, messages, doc.lines)
}

/** Detection spoke before the end showed the file to be blank: keep only what reading says. */
function withoutFormatReports(messages: Messages): Messages {
  const kept = new Messages(messages.file, messages)
  kept.take(messages, (rule) => !rule.startsWith('format/'))
  return kept
}

/** How one part is parsed, and how its metadata joins the document's. */
interface PartParser {
  cut(lines: readonly string[]): number
  /** What the document up to and including a part tells (`PartRules.carry`), read as it is cut. */
  carry?(before: unknown, lines: readonly string[]): unknown
  /** `offset`: lines of the file before the part; `carry`: what `carry` read for it. */
  parse(doc: SourceDocument, messages: Messages, offset: number, carry: unknown): Promise<DocumentResult>
  /** Other threads that may parse parts (a pool). */
  shared?: {
    /** How many parts they can take now. */
    room(): number
    /** The part parsed on another thread. */
    parse(doc: SourceDocument, offset: number, carry: unknown): Promise<ParsedPart>
  }
  merge(document: Record<string, unknown>, part: Readonly<Record<string, unknown>>, offset: number): void
}

function formatParts(parser: FormatParser, format: FormatId, options: PipelineOptions, pool?: PartPool): PartParser {
  const rules = parser.parts!
  const shared: PartParser['shared'] = pool ? {
    room: () => pool.room(),
    parse: (doc, offset, carry) => pool.parse({path: doc.path, format, lines: doc.lines, encoding: doc.encoding, bom: doc.bom, offset, carry, options}),
  } : undefined
  return {
    cut: (lines) => rules.cut(lines),
    ...(rules.carry ? {carry: (before: unknown, lines: readonly string[]) => rules.carry!(before, lines)} : {}),
    parse: (doc, messages, offset, carry) => parseWith(parser, doc, messages, options, format, {offset, carry} satisfies PartState),
    shared,
    merge: (document, part, offset) => rules.merge(document, part, offset),
  }
}

/** JSONL: one record a line, so a part may end at any line. */
function jsonParts(): PartParser {
  return {
    cut: (lines) => lines.length,
    parse: async (doc, messages) => (await import('./json-input.js')).processJson(doc, messages, true),
    merge: (document, part) => Object.assign(document, part),
  }
}

/** A part read and cut, being parsed (on this thread or another). */
interface Part {
  lines: string[]
  /** Lines of the file before it. */
  offset: number
  /** What the document up to and including it tells (`PartParser.carry`). */
  carry?: unknown
  last: boolean
  /** Bytes of the file read when it was cut (the progress line). */
  read: number
  /** The first part: what reading and detection reported before it was cut. */
  early?: Messages
  parsed?: Promise<{result: DocumentResult; messages: Messages}>
  done?: boolean
}

/** Parts cut ahead of the one handed out next, at most, while other threads parse some of them. */
const MAX_AHEAD = 8

/**
 * Parses the document part by part, handing each part's results out in order; `gather`: the
 * parts' metadata into the document's. On one thread a part is read, parsed and handed out
 * before the next is read; with other threads (`PartParser.shared`), parts are cut ahead for them,
 * and this thread parses the next part itself while the one to hand out is not back yet.
 */
async function* inParts(path: string, lines: Lines, messages: Messages, limits: StreamLimits, parts: PartParser, format: FormatId | null, gather: boolean, detection?: DocumentResult['detection']): AsyncGenerator<DocumentResult> {
  let offset = 0
  let carried: unknown
  let cutting = true
  /** The next part, or `read/too-large` when no unit starts in a run longer than a whole document may be. */
  const cutNext = async (): Promise<Part | {tooLarge: DocumentResult}> => {
    await lines.fill(limits.partChars)
    let cut = lines.ended ? lines.pending.length : parts.cut(lines.pending)
    while (cut <= 0 && !lines.ended) {
      // No unit starts in what was read: read on, up to the size of a document parsed whole.
      if (lines.chars > limits.wholeBytes) {
        cutting = false
        return {tooLarge: tooLarge(path, messages, `run of ${limits.wholeBytes / MB} MB after line ${offset} in which no sheet starts (a large document is parsed one part at a time, each part ending where a sheet starts)`)}
      }
      await lines.fill(lines.chars + limits.partChars)
      cut = lines.ended ? lines.pending.length : parts.cut(lines.pending)
    }
    const part: Part = {lines: lines.take(cut), offset, last: lines.ended && lines.pending.length === 0, read: lines.bytes}
    if (offset === 0) {
      // What reading and detection report comes with the first part (what only the end shows, with the last).
      part.early = new Messages(path, messages)
      part.early.take(messages)
    }
    offset += part.lines.length
    // Read here, in order, as the part is cut: so any thread may parse it.
    if (parts.carry) part.carry = carried = parts.carry(carried, part.lines)
    if (part.last) cutting = false
    return part
  }
  const {shared} = parts
  /** Starts parsing a part cut (here, or `elsewhere`: on another thread, else here). */
  const start = (cut: Part | {tooLarge: DocumentResult}, elsewhere: boolean): Part | {tooLarge: DocumentResult} => {
    if ('tooLarge' in cut) return cut
    const part = cut
    const here = async () => {
      const partMessages = new Messages(path, messages)
      return {result: await parts.parse(documentOf(path, part.lines, lines.decoder), partMessages, part.offset, part.carry), messages: partMessages}
    }
    part.parsed = shared && elsewhere
      ? shared.parse(documentOf(path, part.lines, lines.decoder), part.offset, part.carry).then((parsed) => adopt(parsed, messages), here) // its thread is gone: parsed here
      : here()
    part.parsed.then(() => { part.done = true }, () => { part.done = true })
    return part
  }
  const ahead: Array<Part | {tooLarge: DocumentResult}> = []
  let records = 0
  let recordless = false
  const metadata: Record<string, unknown> = {}
  for (;;) {
    // Let the other threads' messages in (parts parsed, threads online): parsing here runs only
    // microtasks otherwise.
    if (shared) await new Promise<void>((resolve) => setImmediate(resolve))
    // Parts for other threads, as many as they take now; then, while the part to hand out next is
    // not back, this thread parses the next part itself (on one thread: every part, one at a time).
    while (cutting && shared && shared.room() > 0 && ahead.length < MAX_AHEAD) ahead.push(start(await cutNext(), true))
    const waiting = ahead.length > 0 && 'lines' in ahead[0]! && !ahead[0].done
    if (cutting && (ahead.length === 0 || (waiting && ahead.length < MAX_AHEAD))) {
      const part = start(await cutNext(), false)
      ahead.push(part)
      // A failure is told when the part's turn comes.
      if ('parsed' in part) await part.parsed!.then(() => undefined, () => undefined)
      if (shared) continue
    }
    const part = ahead.shift()!
    if ('tooLarge' in part) {
      yield part.tooLarge
      return
    }
    const {result, messages: partMessages} = await part.parsed!
    shift(result, partMessages, part.offset)
    records += result.records.length
    recordless ||= result.recordless === true
    // A document without any record is told once, with its last part.
    if (part.last && records === 0 && !recordless && format) noRecords(partMessages, format)
    if (part.early) partMessages.take(part.early)
    if (part.last) partMessages.take(messages)
    const own: Record<string, unknown> = {}
    parts.merge(own, result.metadata, part.offset)
    if (gather) parts.merge(metadata, own, 0)
    result.metadata = part.last && gather ? metadata : own
    if (part.offset === 0 && detection) result.detection = detection
    if (!part.last) result.more = true
    result.read = part.read
    yield finish(result, partMessages, part.lines, part.offset)
    if (part.last) return
  }
}

/** A part parsed on another thread, with its diagnostics in a `Messages` of this document's. */
function adopt(parsed: ParsedPart, document: Messages): {result: DocumentResult; messages: Messages} {
  const messages = new Messages(document.file, document)
  for (const d of parsed.diagnostics) messages.list.push(d)
  for (const [rule, n] of parsed.counted) messages.countedOnly.set(rule, n)
  return {result: parsed.result, messages}
}

/** Moves a part's positions (1-based lines of the part) to the file's lines. */
function shift(result: DocumentResult, messages: Messages, offset: number): void {
  if (offset === 0) return
  for (const d of messages.list) {
    d.line += offset
    d.endLine += offset
  }
  for (const record of result.records) {
    // A JSON record's source is the document it was first read from: it stays.
    if (result.format !== null) record.source = {...record.source, startLine: record.source.startLine + offset, endLine: record.source.endLine + offset}
  }
  if (result.fieldPlaces) {
    for (const [record, places] of result.fieldPlaces) {
      const moved: typeof places = {}
      for (const [field, place] of Object.entries(places)) if (place) moved[field] = {...place, line: place.line + offset, endLine: place.endLine + offset}
      result.fieldPlaces.set(record, moved)
    }
  }
  result.unmapped = result.unmapped.map((u) => ({line: u.line + offset, text: u.text}))
}
