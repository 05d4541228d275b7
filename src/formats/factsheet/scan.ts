/**
 * The line scanner of a fact sheet: finds the marker comment, the `#` title (ATX or setext),
 * and the `##` sections, without a Markdown parser. Only the short fragments between headings
 * go to remark (fragment.ts).
 *
 *   <!-- practices:factsheet v1 practice -->    ← marker: a new sheet starts
 *   # Operativos interinstitucionales           ← head: title
 *   - **Identificador:** `puente-alto-…`        ← head: field list
 *   ## Municipalidad                            ← section heading
 *   Puente Alto                                 ← section body
 *
 * A file may hold several sheets (`cat fichas/*.md`): each marker, and each `#` title after
 * the first one, starts a new sheet.
 */
import {FACTSHEET_MARKER, INDEX_MARKER} from '../../vocab/factsheet-labels.js'

export interface LineRange {
  start: number
  end: number
}

export interface Heading {
  line: number
  /** Last line of the heading (a setext title spans its text lines and the `===` line). */
  endLine: number
  /** The heading text as written (Markdown). */
  text: string
}

export interface Section extends Heading {
  body: LineRange
}

export interface Sheet extends LineRange {
  marker: {line: number; version: string | null; type: string | null} | null
  /** First line of the `#` title, if any. */
  title: number | null
  /** The title and the field list under it: after the marker, before the first section. */
  head: LineRange
  sections: Section[]
}

const MARKER = new RegExp(`^\\s*<!--\\s*${FACTSHEET_MARKER}(?:\\s+(v\\d+))?(?:\\s+([a-z-]+))?\\s*-->\\s*$`)
const INDEX = new RegExp(`^\\s*<!--\\s*${INDEX_MARKER}\\b`)
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

export function isIndex(lines: readonly string[]): boolean {
  const first = lines.find((l) => /\S/.test(l))
  return first !== undefined && INDEX.test(first)
}

/**
 * An ATX heading: its `#`s and its text without the closing `#`s, or null.
 *
 *   ## Breve descripción ##   → {level: '##', text: 'Breve descripción'}
 *
 * What `/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/` matches, read by hand: that
 * pattern tries every split of a long run of spaces, which made a line of them quadratic.
 * `text` is undefined for a bare `#`.
 */
export function atxHeading(line: string): {level: string; text: string | undefined} | null {
  let at = 0
  while (at < 3 && line[at] === ' ') at++
  const start = at
  while (at < line.length && at - start < 7 && line[at] === '#') at++
  const level = at - start
  if (level === 0 || level > 6) return null
  const rest = line.slice(at)
  if (rest === '') return {level: line.slice(start, at), text: undefined}
  if (!isBlankOrTab(rest[0]!)) return null
  // The text runs from the first character after the spaces to the end, less trailing spaces
  // and a closing run of `#` after a space; `.` in the pattern stops at U+2028/U+2029.
  let from = 0
  while (from < rest.length && isBlankOrTab(rest[from]!)) from++
  let end = rest.length
  while (end > from && isBlankOrTab(rest[end - 1]!)) end--
  let hashes = end
  while (hashes > from && rest[hashes - 1] === '#') hashes--
  if (hashes < end && hashes > from && isBlankOrTab(rest[hashes - 1]!)) {
    end = hashes
    while (end > from && isBlankOrTab(rest[end - 1]!)) end--
  }
  const text = rest.slice(from, end)
  if (/[\u2028\u2029]/.test(text)) return null
  return {level: line.slice(start, start + level), text}
}

const isBlankOrTab = (ch: string) => ch === ' ' || ch === '\t'

export function scanSheets(lines: readonly string[]): Sheet[] {
  const sheets: Sheet[] = []
  let sheet = null as Sheet | null
  let fence: string | null = null
  /** The last heading, marker or fenced line: a setext title's paragraph does not reach above it. */
  let boundary = 0
  const open = (line: number): Sheet => {
    close(line - 1)
    sheet = {start: line, end: line, marker: null, title: null, head: {start: line, end: line}, sections: []}
    sheets.push(sheet)
    return sheet
  }
  const close = (last: number) => {
    if (!sheet) return
    sheet.end = Math.max(sheet.start, last)
    const tail = sheet.sections.at(-1)
    if (tail) tail.body.end = sheet.end
    else sheet.head.end = sheet.end
  }

  for (let n = 1; n <= lines.length; n++) {
    const text = lines[n - 1]!
    const fenceOpen = FENCE.exec(text)
    if (fence) { if (fenceOpen && fenceOpen[1]![0] === fence[0] && fenceOpen[1]!.length >= fence.length) fence = null; boundary = n; continue }
    if (fenceOpen) { fence = fenceOpen[1]!; boundary = n; continue }

    const marker = MARKER.exec(text)
    if (marker) {
      boundary = n
      const s = open(n)
      s.marker = {line: n, version: marker[1] ?? null, type: marker[2] ?? null}
      s.head = {start: n + 1, end: n}
      continue
    }
    const atx = atxHeading(text)
    const setext = !atx && SETEXT_H1.test(text) ? paragraphStart(lines, n, boundary) : 0
    if (atx || setext) boundary = n
    if ((atx && atx.level === '#') || setext) {
      const first = setext || n
      // A title starts a new sheet unless the current one has no title and no section yet.
      if (!sheet || sheet.title !== null || sheet.sections.length > 0) open(first)
      sheet!.title = first
      continue
    }
    if (atx && atx.level === '##') {
      if (!sheet) open(n)
      close(n - 1)
      sheet!.sections.push({line: n, endLine: n, text: atx.text ?? '', body: {start: n + 1, end: n}})
      continue
    }
    if (!sheet && /\S/.test(text)) open(n)
  }
  close(lines.length)
  return sheets
}

/**
 * First line of the paragraph a setext `===` line underlines, or 0 when there is none. The
 * paragraph stops at a blank line and at `boundary`, the last heading, marker or fenced line above.
 */
function paragraphStart(lines: readonly string[], underline: number, boundary: number): number {
  let first = underline
  while (first > boundary + 1 && /\S/.test(lines[first - 2]!)) first--
  return first < underline ? first : 0
}
