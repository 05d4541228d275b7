/**
 * Bytes → SourceDocument. UTF-8 with or without BOM; UTF-16 with BOM, or without one when its
 * zero bytes show it (reported); lines that are not valid UTF-8 are decoded as Windows-1252 (one
 * byte = one character, so columns stay true) and reported. Binary input (a NUL byte, or many
 * control characters) and empty input are rejected. Line terminators: LF, CRLF and lone CR.
 *
 * `decode` reads a whole file; `LineDecoder` (line-decoder.ts) reads a large one chunk by chunk
 * with the same rules, so both give the same lines.
 */
import {isUtf8} from 'node:buffer'
import {Messages} from '../diagnostics/diagnostic.js'
import {decodeCp1252} from './cp1252.js'
import type {Encoding, LineEnding, SourceDocument} from './source.js'

export type DecodeResult = {ok: true; doc: SourceDocument} | {ok: false}

export const LINE_BREAK = /\r\n|\r|\n/

/** `text` split at its line breaks; without a carriage return the string split gives the same lines, several times faster. */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n')
}

/**
 * The lines of UTF-8 `bytes` (what `splitLines` gives of their text), each decoded on its own,
 * or `null` when the bytes are not valid UTF-8. Decoding the whole text at once makes every line
 * two bytes a character as soon as one line holds a character past U+00FF (a `✓`, a `–`): V8
 * decodes such text at ~130 MB/s, and the lines take twice the memory. Line by line, the other
 * lines stay one byte a character, and a ficha file decodes ~2.5x faster. `breaks`, if given,
 * counts the line breaks on the way (the document's line ending).
 */
export function utf8Lines(bytes: Uint8Array, breaks?: BreakCount): string[] | null {
  const buffer = asBuffer(bytes)
  if (!isUtf8(buffer)) return null
  const lines: string[] = []
  const rest = eachLine(buffer, (start, end, next) => {
    lines.push(buffer.toString('utf8', start, end))
    breaks?.add(buffer, end, next)
  })
  lines.push(buffer.toString('utf8', rest, buffer.length))
  return lines
}

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))

/**
 * Calls `visit` for each line of `bytes` that a line break ends (LF, CRLF, or a CR alone): the
 * line is `bytes[start, end)`, its break `bytes[end, next)`. Returns where the text after the
 * last break starts. Breaks are found with `indexOf`, not byte by byte.
 */
function eachLine(bytes: Buffer, visit: (start: number, end: number, next: number) => void): number {
  let start = 0
  let lf = bytes.indexOf(0x0a)
  let cr = bytes.indexOf(0x0d)
  while (lf >= 0 || cr >= 0) {
    const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf
    const next = end + (end === cr && lf === cr + 1 ? 2 : 1)
    visit(start, end, next)
    start = next
    if (lf >= 0 && lf < start) lf = bytes.indexOf(0x0a, start)
    if (cr >= 0 && cr < start) cr = bytes.indexOf(0x0d, start)
  }
  return start
}
const START = {line: 1, column: 1, endLine: 1, endColumn: 1}

/** Bytes looked at to tell text from binary, and UTF-16 without a byte-order mark. */
export const SNIFF_BYTES = 64 * 1024

/** What the first bytes of a file say it is. */
export type TextKind =
  | {kind: 'binary'; message: string}
  | {kind: 'utf-16le' | 'utf-16be'; bom: boolean}
  | {kind: 'utf-8'; bom: boolean}

/**
 * Reads the start of a file: a byte-order mark, UTF-16 without one (most of the bytes at even
 * or at odd offsets are zero: Latin text), else binary when it holds a NUL byte (`nul`: the
 * first one's offset, if any, in the whole file) or more than 1% control characters other than
 * tab, line breaks, form feed and escape.
 */
export function sniffText(sample: Uint8Array, nul = sample.indexOf(0)): TextKind {
  if (sample[0] === 0xff && sample[1] === 0xfe) return {kind: 'utf-16le', bom: true}
  if (sample[0] === 0xfe && sample[1] === 0xff) return {kind: 'utf-16be', bom: true}
  if (nul >= 0) {
    const utf16 = utf16WithoutBom(sample)
    if (utf16) return {kind: utf16, bom: false}
    return {kind: 'binary', message: `Unexpected binary content (NUL byte at offset ${nul}), expected a text document`}
  }
  const bom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf
  const length = Math.min(sample.length, SNIFF_BYTES)
  let controls = 0
  let first = -1
  for (let i = 0; i < length; i++) {
    const b = sample[i]!
    if (CONTROL[b] === 1) {
      controls++
      if (first < 0) first = i
    }
  }
  if (controls >= 2 && controls * 100 > length) {
    const hex = `0x${sample[first]!.toString(16).toUpperCase().padStart(2, '0')}`
    return {kind: 'binary', message: `Unexpected binary content (control byte \`${hex}\` at offset ${first}; ${controls} of the first ${length} bytes are control characters), expected a text document`}
  }
  return {kind: 'utf-8', bom}
}

/** Tab, LF, VT, FF, CR and ESC appear in text (form feeds in PDF-to-text output). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b])
/** 1 for the bytes that are control characters of binary content: one look-up a byte (the sample is read byte by byte). */
const CONTROL = Uint8Array.from({length: 256}, (_, b) => ((b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f ? 1 : 0))

function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(sample.length, SNIFF_BYTES) / 2)
  if (pairs < 2) return null
  let evenZeros = 0, oddZeros = 0
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++
    if (sample[2 * i + 1] === 0) oddZeros++
  }
  if (oddZeros >= pairs / 2 && evenZeros <= pairs / 20) return 'utf-16le'
  if (evenZeros >= pairs / 2 && oddZeros <= pairs / 20) return 'utf-16be'
  return null
}

/** The info a document decoded as UTF-16 without a byte-order mark gets. */
export function reportUtf16WithoutBom(messages: Messages, encoding: 'utf-16le' | 'utf-16be'): void {
  const name = encoding.toUpperCase()
  messages.report('read/utf-16', `Unexpected ${name} text without a byte-order mark, decoded it as ${name}`, START, {actual: 'no byte-order mark', expected: encoding})
}

export function decode(bytes: Uint8Array, path: string, messages: Messages): DecodeResult {
  if (bytes.length === 0) {
    messages.report('read/empty', 'Unexpected empty file, expected a document with text', START)
    return {ok: false}
  }
  const sniffed = sniffText(bytes.subarray(0, SNIFF_BYTES), bytes.indexOf(0))
  if (sniffed.kind === 'binary') {
    messages.report('read/binary', sniffed.message, START, {actual: 'binary'})
    return {ok: false}
  }
  const encoding: Encoding = sniffed.kind
  const bom = sniffed.bom
  if (sniffed.kind !== 'utf-8') {
    if (!bom) reportUtf16WithoutBom(messages, sniffed.kind)
    const text = new TextDecoder(sniffed.kind).decode(bytes.subarray(bom ? 2 : 0))
    const doc: SourceDocument = {path, lines: splitLines(text), encoding, bom, eol: lineEnding(text)}
    return checkNotBlank(doc, messages) ? {ok: true, doc} : {ok: false}
  }
  const body = bom ? bytes.subarray(3) : bytes
  const breaks = new BreakCount()
  const valid = utf8Lines(body, breaks)
  if (!valid) {
    const lines: string[] = []
    const mixed = new MixedLines()
    mixed.decode(body, lines)
    mixed.report(messages)
    const doc: SourceDocument = {path, lines, encoding: 'windows-1252', bom, eol: mixed.ending()}
    return checkNotBlank(doc, messages) ? {ok: true, doc} : {ok: false}
  }
  const doc: SourceDocument = {path, lines: valid, encoding: sniffed.kind, bom, eol: breaks.ending()}
  return checkNotBlank(doc, messages) ? {ok: true, doc} : {ok: false}
}

/**
 * Decodes UTF-8 bytes line by line: valid lines as UTF-8, the others as Windows-1252, counting
 * them for one report at the first. Used for a whole file, or chunk after chunk of a large one
 * (`firstLine`: the number of the chunk's first line; a chunk ends after a line break, except
 * the last).
 */
export class MixedLines {
  private decoded = 0
  private firstBad: {line: number; column: number; byte: number; char: string} | undefined
  private readonly breaks = new BreakCount()

  /** Appends the lines of `body` to `lines`; when `last` is false the text after the final break is not a line yet (returned as its start offset). */
  decode(body: Uint8Array, lines: string[], last = true): number {
    const bytes = asBuffer(body)
    const pushLine = (start: number, end: number) => {
      const raw = bytes.subarray(start, end)
      if (isUtf8(raw)) lines.push(raw.toString('utf8'))
      else {
        const decoded = decodeCp1252(raw)
        lines.push(decoded)
        this.decoded++
        if (!this.firstBad) {
          const column = firstInvalidUtf8(raw)
          this.firstBad = {line: this.lineBase + lines.length, column: column + 1, byte: raw[column]!, char: decoded[column]!}
        }
      }
    }
    const rest = eachLine(bytes, (start, end, next) => {
      pushLine(start, end)
      this.breaks.add(bytes, end, next)
    })
    if (last) pushLine(rest, bytes.length)
    return rest
  }

  /** Lines numbered before the `lines` array of the next `decode` call starts (a chunked reader sets it). */
  lineBase = 0

  get any(): boolean {
    return this.decoded > 0
  }

  report(messages: Messages): void {
    const bad = this.firstBad
    if (!bad) return
    const hex = `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`
    messages.report('read/windows-1252',
      `Unexpected byte \`${hex}\` (not UTF-8), decoded ${this.decoded} line(s) as Windows-1252`,
      {line: bad.line, column: bad.column, endLine: bad.line, endColumn: bad.column + 1},
      {actual: hex, expected: bad.char},
    )
  }

  ending(): LineEnding {
    return this.breaks.ending()
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (size === 0) return i
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += size
  }
  return 0
}

function checkNotBlank(doc: SourceDocument, messages: Messages): boolean {
  if (doc.lines.some((line) => /\S/.test(line))) return true
  reportBlank(messages, doc.lines.length)
  return false
}

export function reportBlank(messages: Messages, lines: number): void {
  messages.report('read/empty', 'Unexpected blank file (white space only), expected a document with text',
    {line: 1, column: 1, endLine: lines, endColumn: 1})
}

export function lineEnding(text: string): LineEnding {
  let crlf = 0, lf = 0, cr = 0
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++; else cr++
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++
  return pickEnding(lf - crlf, crlf, cr)
}

/** How many line breaks of each kind a text has (its `lineEnding`). */
export class BreakCount {
  private lf = 0
  private crlf = 0
  private cr = 0

  /** Counts the break `bytes[end, next)`. */
  add(bytes: Uint8Array, end: number, next: number): void {
    if (next - end === 2) this.crlf++
    else if (bytes[end] === 0x0d) this.cr++
    else this.lf++
  }

  ending(): LineEnding {
    return pickEnding(this.lf, this.crlf, this.cr)
  }
}

export function pickEnding(lf: number, crlf: number, cr: number): LineEnding {
  const kinds = [lf && 'lf', crlf && 'crlf', cr && 'cr'].filter(Boolean) as LineEnding[]
  return kinds.length === 0 ? 'none' : kinds.length === 1 ? kinds[0]! : 'mixed'
}
