/**
 * A large file, chunk by chunk → its lines, with the rules of `decode` (decode.ts): the same
 * lines and diagnostics as decoding the whole file, while only the current chunk is held.
 *
 * A chunk is decoded up to its last line break (a CR at its very end waits, in case an LF
 * follows); the rest is carried to the next chunk, so no character or CRLF is ever cut.
 */
import type {Messages} from '../diagnostics/diagnostic.js'
import {MixedLines, reportBlank, reportUtf16WithoutBom, sniffText, SNIFF_BYTES, splitLines, utf8Lines} from './decode.js'
import type {Encoding} from './source.js'

const START = {line: 1, column: 1, endLine: 1, endColumn: 1}

export class LineDecoder {
  /** Lines decoded so far. */
  lines = 0
  encoding: Encoding = 'utf-8'
  bom = false
  /** Set when the file is not text: nothing more is decoded. */
  binary = false
  private started = false
  private carry: Uint8Array | null = null
  private textCarry = ''
  private utf16: InstanceType<typeof TextDecoder> | null = null
  private readonly mixed = new MixedLines()
  private offset = 0
  private content = false

  constructor(private readonly messages: Messages) {}

  /** The complete lines `chunk` ends (the text after its last line break waits for the next chunk). */
  push(chunk: Uint8Array): string[] {
    if (this.binary) return []
    if (!this.started) {
      chunk = this.start(chunk)
      if (this.binary) return []
    }
    const out = this.utf16 ? this.pushUtf16(chunk) : this.pushUtf8(chunk)
    this.offset += chunk.length
    return this.count(out)
  }

  /** The last line (empty after a final line break, as splitting the whole text gives). */
  end(): string[] {
    if (this.binary) return []
    if (!this.started) {
      this.messages.report('read/empty', 'Unexpected empty file, expected a document with text', START)
      this.binary = true
      return []
    }
    let out: string[]
    if (this.utf16) {
      out = splitLines(this.textCarry + this.utf16.decode())
    } else {
      out = []
      const rest = this.carry ?? new Uint8Array(0)
      this.decodeBody(rest, out, true)
    }
    out = this.count(out)
    if (this.mixed.any) this.encoding = 'windows-1252'
    this.mixed.report(this.messages)
    if (!this.content) {
      reportBlank(this.messages, this.lines)
      this.binary = true
      return []
    }
    return out
  }

  /** False when every line so far is blank. */
  get hasContent(): boolean {
    return this.content
  }

  private start(chunk: Uint8Array): Uint8Array {
    this.started = true
    const sniffed = sniffText(chunk.subarray(0, SNIFF_BYTES), chunk.indexOf(0))
    if (sniffed.kind === 'binary') {
      this.messages.report('read/binary', sniffed.message, START, {actual: 'binary'})
      this.binary = true
      return chunk
    }
    this.bom = sniffed.bom
    this.encoding = sniffed.kind
    if (sniffed.kind === 'utf-8') return sniffed.bom ? chunk.subarray(3) : chunk
    if (!sniffed.bom) reportUtf16WithoutBom(this.messages, sniffed.kind)
    this.utf16 = new TextDecoder(sniffed.kind)
    return sniffed.bom ? chunk.subarray(2) : chunk
  }

  private pushUtf8(chunk: Uint8Array): string[] {
    const nul = chunk.indexOf(0)
    if (nul >= 0) {
      const at = this.offset + nul
      this.messages.report('read/binary', `Unexpected binary content (NUL byte at offset ${at}), expected a text document; the file was read up to line ${this.lines}`,
        {line: Math.max(1, this.lines), column: 1, endLine: Math.max(1, this.lines), endColumn: 1}, {actual: 'binary'})
      this.binary = true
      return []
    }
    const out: string[] = []
    let bytes = chunk
    if (this.carry) {
      // The line carried over ends at the chunk's first line break: only it is joined (a short
      // copy), not the whole chunk (a new megabyte for every megabyte read). A chunk without a
      // break joins whole.
      const first = firstBreak(chunk)
      if (first < 0) bytes = concat(this.carry, chunk)
      else {
        this.decodeBody(concat(this.carry, chunk.subarray(0, first)), out, false)
        bytes = chunk.subarray(first)
      }
      this.carry = null
    }
    const cut = lastBreak(bytes)
    // A copy: a view would keep the whole chunk alive.
    this.carry = cut < bytes.length ? Uint8Array.prototype.slice.call(bytes, cut) : null
    if (cut > 0) this.decodeBody(bytes.subarray(0, cut), out, false)
    return out
  }

  /** `body` ends after a line break unless `last`; valid UTF-8 or not, it is decoded line by line. */
  private decodeBody(body: Uint8Array, out: string[], last: boolean): void {
    const lines = utf8Lines(body)
    if (!lines) {
      this.mixed.lineBase = this.lines
      this.mixed.decode(body, out, last)
      return
    }
    if (!last) lines.pop()
    for (const line of lines) out.push(line)
  }

  private pushUtf16(chunk: Uint8Array): string[] {
    const text = this.textCarry + this.utf16!.decode(chunk, {stream: true})
    const cr = text.length >= 2 ? text.lastIndexOf('\r', text.length - 2) : -1
    const cut = Math.max(text.lastIndexOf('\n'), cr) + 1
    if (cut === 0) { this.textCarry = text; return [] }
    this.textCarry = text.slice(cut)
    const lines = splitLines(text.slice(0, cut))
    lines.pop()
    return lines
  }

  private count(lines: string[]): string[] {
    this.lines += lines.length
    if (!this.content) for (const line of lines) if (/\S/.test(line)) { this.content = true; break }
    return lines
  }
}

/**
 * Offset just after the first line break of `bytes` that is surely complete (a CRLF whole; a CR
 * at the very end may start one), or -1 when there is none.
 */
function firstBreak(bytes: Uint8Array): number {
  const lf = bytes.indexOf(0x0a)
  const cr = bytes.indexOf(0x0d)
  if (cr >= 0 && (lf < 0 || cr < lf)) {
    if (cr === bytes.length - 1) return -1
    return cr + (bytes[cr + 1] === 0x0a ? 2 : 1)
  }
  return lf < 0 ? -1 : lf + 1
}

/** Offset just after the last line break of `bytes` that is surely complete (a final CR may start a CRLF). */
function lastBreak(bytes: Uint8Array): number {
  const lf = bytes.lastIndexOf(0x0a)
  const cr = bytes.length >= 2 ? bytes.lastIndexOf(0x0d, bytes.length - 2) : -1
  return Math.max(lf, cr) + 1
}

/** `a` then `b` (in memory that is not zeroed first: it is all written). */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  return Buffer.concat([a, b], a.length + b.length)
}
