import type {Place} from '../diagnostics/diagnostic.js'

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'
export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none'

/**
 * A decoded document. `lines[i]` is line `i + 1` of the ORIGINAL file without its terminator:
 * decoding never joins or splits lines, so every position we report is a position in the file.
 * Columns are 1-based UTF-16 code units of the decoded line (a BOM is not counted).
 */
export interface SourceDocument {
  path: string
  lines: string[]
  encoding: Encoding
  bom: boolean
  eol: LineEnding
  /** Set when the lines were read out of a Word or PDF file (see `practices text`). */
  origin?: 'docx' | 'pdf'
  /** PDF only: `pages[i]` is the page line `i + 1` was read from. */
  pages?: number[]
}

/** The whole of line `line` (1-based), as a place. */
export function linePlace(doc: SourceDocument, line: number): Place {
  const text = doc.lines[line - 1] ?? ''
  return {line, column: 1, endLine: line, endColumn: text.length + 1}
}

/** Lines `start`–`end` (1-based, inclusive) as one place. */
export function rangePlace(doc: SourceDocument, start: number, end: number): Place {
  const last = doc.lines[end - 1] ?? ''
  return {line: start, column: 1, endLine: end, endColumn: last.length + 1}
}

/**
 * The place of `needle` on line `line` (first occurrence at or after `from`, 0-based),
 * or of the whole line when it is not there.
 */
export function spanPlace(doc: SourceDocument, line: number, needle: string, from = 0): Place {
  const text = doc.lines[line - 1] ?? ''
  const index = needle ? text.indexOf(needle, from) : -1
  if (index < 0) return linePlace(doc, line)
  return {line, column: index + 1, endLine: line, endColumn: index + needle.length + 1}
}

export function isBlank(text: string): boolean {
  return !/\S/.test(text)
}
