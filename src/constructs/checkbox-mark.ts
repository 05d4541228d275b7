/**
 * Checkbox marks, as sheets print them (README, "The documents it reads"):
 *
 *   <input checked="" type="checkbox"/>\tNNA        HTML input, any attribute order, quoting or case
 *   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ marked
 *   ☒ NNA   ✓ NNA   ✔ NNA   ☑ NNA   x\tNNA            glyphs and letters: marked
 *   ☐ NNA   □ NNA                                    glyphs: unmarked
 *   - [x] NNA   - [ ] NNA                             GFM task items
 *
 * `readMark` reads one mark at the start of a text (after white space and a list bullet);
 * `cellMark` reads a whole table cell (an empty cell is unmarked).
 */
import {CHECKBOX_GLYPHS} from '../vocab/checkbox-marks.js'

export type MarkKind = 'html' | 'glyph' | 'gfm' | 'letter'

export interface Mark {
  marked: boolean
  kind: MarkKind
  /** The mark as printed, e.g. `<input checked="" type="checkbox"/>` or `- [x]`. */
  text: string
  /** 0-based offsets of the mark (bullet included) in the text given. */
  start: number
  end: number
}

const HTML_INPUT = /^<input\b[^>]*>/i
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const GFM = /^(?:[-*+]\s+)?\[([ xX✓✔])\]/
const LETTER = /^[xX](?=\t| {1,3}\S)/

/** The attributes of an HTML start tag, names lower-cased (`CHECKED` → `checked`). */
export function htmlAttributes(tag: string): Map<string, string> {
  const body = tag.replace(/^<input\b/i, '').replace(/\/?>$/, '')
  const attributes = new Map<string, string>()
  for (const m of body.matchAll(ATTRIBUTE)) attributes.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '')
  return attributes
}

/**
 * Whether an `<input>` tag is checked; `null` when it is an input of another type (text,
 * radio…). A sheet prints the same few tags on every grid line and month cell, so each
 * spelling is read once (the cache is emptied if a strange file fills it).
 */
const tagStates = new Map<string, boolean | null>()
const MAX_CACHED_TAGS = 256

function tagState(tag: string): boolean | null {
  let state = tagStates.get(tag)
  if (state === undefined) {
    const attributes = htmlAttributes(tag)
    const type = attributes.get('type')
    state = type !== undefined && type.toLowerCase() !== 'checkbox' ? null : attributes.has('checked')
    if (tagStates.size >= MAX_CACHED_TAGS) tagStates.clear()
    // A copy: the tag may be a slice of the whole document, which the key would keep alive.
    tagStates.set(structuredClone(tag), state)
  }
  return state
}

/** An `<input>` tag as a mark; `null` when it is an input of another type (text, radio…). */
function htmlMark(tag: string, start: number): Mark | null {
  const marked = tagState(tag)
  return marked === null ? null : {marked, kind: 'html', text: tag, start, end: start + tag.length}
}

/** What a mark can open with, after white space: `<input`, a GFM `[` or bullet, a glyph, the letter `x`. */
const MARK_OPENER = new RegExp(`^\\s*[<[\\-*+•xX${Object.keys(CHECKBOX_GLYPHS).join('')}]`)
const BULLET = /^(?:[-*+•]\s+)?/

/**
 * The mark at the start of `text` (leading white space, form feeds and a list bullet skipped),
 * or `null` when the text does not start with one. A letter `x` counts only when a tab or
 * a short gap and more text follow it (`x\tNNA`), so words such as `Xenofobia` never do.
 */
export function readMark(text: string): Mark | null {
  // Most lines are prose: one look at their first character rules them out.
  if (!MARK_OPENER.test(text)) return null
  const rest = text.trimStart()
  const start = text.length - rest.length
  const html = HTML_INPUT.exec(rest)
  if (html) return htmlMark(html[0], start)
  const gfm = GFM.exec(rest)
  if (gfm) return {marked: gfm[1] !== ' ', kind: 'gfm', text: gfm[0], start, end: start + gfm[0].length}
  const bullet = BULLET.exec(rest)![0]
  const glyph = rest.charAt(bullet.length)
  if (glyph in CHECKBOX_GLYPHS) {
    const marked = CHECKBOX_GLYPHS[glyph as keyof typeof CHECKBOX_GLYPHS]
    return {marked, kind: 'glyph', text: rest.slice(0, bullet.length + 1), start, end: start + bullet.length + 1}
  }
  if (LETTER.test(rest)) return {marked: true, kind: 'letter', text: rest[0]!, start, end: start + 1}
  return null
}

export type CellMark = 'marked' | 'unmarked' | 'empty' | 'unknown'

/** A whole table cell: a single mark, nothing (empty), or something else (unknown). */
export function cellMark(cell: string): CellMark {
  const text = cell.trim()
  if (text === '') return 'empty'
  if (text === 'x' || text === 'X') return 'marked'
  const mark = readMark(text)
  if (!mark || text.slice(mark.end).trim() !== '') return 'unknown'
  return mark.marked ? 'marked' : 'unmarked'
}
