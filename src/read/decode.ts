/**
 * Bytes → SourceDocument. UTF-8 with or without BOM; UTF-16 with BOM; lines that are not valid
 * UTF-8 are decoded as Windows-1252 (one byte = one character, so columns stay true) and reported.
 * Binary (NUL bytes) and empty input are rejected. Line terminators: LF, CRLF and lone CR.
 */
import {Messages} from '../diagnostics/diagnostic.js'
import {decodeCp1252} from './cp1252.js'
import type {Encoding, LineEnding, SourceDocument} from './source.js'

export type DecodeResult = {ok: true; doc: SourceDocument} | {ok: false}

const utf8 = new TextDecoder('utf-8', {fatal: true})
const LINE_BREAK = /\r\n|\r|\n/

export function decode(bytes: Uint8Array, path: string, messages: Messages): DecodeResult {
  const start = {line: 1, column: 1, endLine: 1, endColumn: 1}
  if (bytes.length === 0) {
    messages.report('read/empty', 'Unexpected empty file, expected a document with text', start)
    return {ok: false}
  }

  let encoding: Encoding = 'utf-8'
  let bom = false
  let text: string | undefined
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  }
  if (text !== undefined) {
    bom = true
  } else {
    const nul = bytes.indexOf(0)
    if (nul >= 0) {
      messages.report('read/binary', `Unexpected binary content (NUL byte at offset ${nul}), expected a text document`, start, {actual: 'binary'})
      return {ok: false}
    }
    bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const body = bom ? bytes.subarray(3) : bytes
    try {
      text = utf8.decode(body)
    } catch {
      const doc = decodeMixed(body, path, bom, messages)
      return checkNotBlank(doc, messages) ? {ok: true, doc} : {ok: false}
    }
  }

  // Without a carriage return the string split gives the same lines, several times faster.
  const lines = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n')
  const doc: SourceDocument = {path, lines, encoding, bom, eol: lineEnding(text)}
  return checkNotBlank(doc, messages) ? {ok: true, doc} : {ok: false}
}

/** Decodes line by line: valid UTF-8 lines as UTF-8, the others as Windows-1252, reporting them. */
function decodeMixed(body: Uint8Array, path: string, bom: boolean, messages: Messages): SourceDocument {
  const lines: string[] = []
  const decodedLines: number[] = []
  let firstBad: {line: number; column: number; byte: number; char: string} | undefined
  let crlf = 0, lf = 0, cr = 0
  let lineStart = 0
  const pushLine = (end: number) => {
    const raw = body.subarray(lineStart, end)
    try {
      lines.push(utf8.decode(raw))
    } catch {
      const decoded = decodeCp1252(raw)
      lines.push(decoded)
      decodedLines.push(lines.length)
      if (!firstBad) {
        const column = firstInvalidUtf8(raw)
        firstBad = {line: lines.length, column: column + 1, byte: raw[column]!, char: decoded[column]!}
      }
    }
  }
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]
    if (byte === 0x0a || byte === 0x0d) {
      pushLine(i)
      if (byte === 0x0d && body[i + 1] === 0x0a) { i++; crlf++ } else if (byte === 0x0d) cr++; else lf++
      lineStart = i + 1
    }
  }
  pushLine(body.length)
  const doc: SourceDocument = {path, lines, encoding: 'windows-1252', bom, eol: pickEnding(lf, crlf, cr)}
  if (firstBad) {
    const hex = `0x${firstBad.byte.toString(16).toUpperCase().padStart(2, '0')}`
    messages.report('read/windows-1252',
      `Unexpected byte \`${hex}\` (not UTF-8), decoded ${decodedLines.length} line(s) as Windows-1252`,
      {line: firstBad.line, column: firstBad.column, endLine: firstBad.line, endColumn: firstBad.column + 1},
      {actual: hex, expected: firstBad.char},
    )
  }
  return doc
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
  messages.report('read/empty', 'Unexpected blank file (white space only), expected a document with text',
    {line: 1, column: 1, endLine: doc.lines.length, endColumn: 1})
  return false
}

function lineEnding(text: string): LineEnding {
  let crlf = 0, lf = 0, cr = 0
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++; else cr++
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++
  return pickEnding(lf - crlf, crlf, cr)
}

function pickEnding(lf: number, crlf: number, cr: number): LineEnding {
  const kinds = [lf && 'lf', crlf && 'crlf', cr && 'cr'].filter(Boolean) as LineEnding[]
  return kinds.length === 0 ? 'none' : kinds.length === 1 ? kinds[0]! : 'mixed'
}
