/**
 * A value's lines as items with their place in the file: one per line, or split at separators.
 *
 *   • People-centred (738); International cooperation (739)
 *     ^ bullet dropped        ^ split at `;` → two items, each with its own column
 */
import type {SourceLine} from '../../constructs/labelled-sections.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import {fold} from '../../text/fold.js'
import {trimEndWhere} from '../../text/trim.js'
import {EMPTY_VALUES} from '../../vocab/catalog-labels.js'

export interface Item {
  text: string
  line: number
  /** 0-based column of `text` in the original line. */
  start: number
  /**
   * A text joined from several lines by single spaces (a title wrapped over two lines): where
   * each later line starts in `text` (`at`), and its line and 0-based column in the file.
   */
  continued?: ReadonlyArray<{at: number; line: number; start: number}>
}

const BULLET = /^[\s]*(?:[-*•·▪►◦‣–—]|\[[ xX]?\])\s+/
const NUMBERING = /^\s*(?:\d{1,2}|[a-z])[.)]\s+/

/** One item per non-blank line, without its bullet (and, with `numbering`, without `1.` / `a)`). */
export function lineItems(lines: readonly SourceLine[], numbering = false): Item[] {
  const out: Item[] = []
  for (const source of lines) {
    const lead = BULLET.exec(source.text)?.[0].length ?? (numbering ? NUMBERING.exec(source.text)?.[0].length ?? 0 : 0)
    const text = source.text.slice(lead)
    const trimmed = text.trim()
    if (!trimmed) continue
    out.push({text: trimmed, line: source.line, start: (source.offset ?? 0) + lead + (text.length - text.trimStart().length)})
  }
  return out
}

/**
 * `separator`, tried only where a run of white space starts, not inside one: `\s*;\s*` would
 * otherwise be tried at every space of a long run with no `;` after it, each time over the rest
 * of the run. The same matches, as a separator's first match in a run starts where the run does
 * and each ends after the white space that follows it.
 */
const RUN_START = new Map<string, RegExp>()
function atRunStart(separator: RegExp): RegExp {
  const key = `${separator.flags}/${separator.source}`
  let guarded = RUN_START.get(key)
  if (!guarded) RUN_START.set(key, (guarded = new RegExp(`(?!(?<=\\s)\\s)(?:${separator.source})`, separator.flags)))
  return guarded
}

/** Splits each item at `separator` (a global regex), keeping each piece's column. */
export function splitItems(items: readonly Item[], separator: RegExp): Item[] {
  const out: Item[] = []
  const guarded = atRunStart(separator)
  for (const item of items) {
    let from = 0
    for (const m of item.text.matchAll(guarded)) {
      push(out, item, from, m.index)
      from = m.index + m[0].length
    }
    push(out, item, from, item.text.length)
  }
  return out
}

function push(out: Item[], item: Item, from: number, to: number): void {
  const raw = item.text.slice(from, to)
  const text = raw.trim()
  if (text) out.push({text, line: item.line, start: item.start + from + (raw.length - raw.trimStart().length)})
}

/** The lines of a paragraph as one item: each trimmed, joined by single spaces (`Casa del Migrante` / `en Lima`). */
export function joinedItem(lines: readonly SourceLine[]): Item {
  const start = (source: SourceLine) => (source.offset ?? 0) + (source.text.length - source.text.trimStart().length)
  const [first, ...rest] = lines
  let text = first!.text.trim()
  const continued: Array<{at: number; line: number; start: number}> = []
  for (const source of rest) {
    continued.push({at: text.length + 1, line: source.line, start: start(source)})
    text += ` ${source.text.trim()}`
  }
  return {text, line: first!.line, start: start(first!), ...(continued.length > 0 ? {continued} : {})}
}

/** Where offset `at` of `item.text` is in the file: its line and 0-based column. */
function position(item: Item, at: number): {line: number; column: number} {
  let line = item.line, column = item.start + at
  for (const next of item.continued ?? []) {
    if (at < next.at) break
    line = next.line
    column = next.start + at - next.at
  }
  return {line, column}
}

/** The part `from`–`to` of an item, as an item of its own (on the lines it lies on). */
export function subItem(item: Item, from: number, to: number): Item {
  const {line, column} = position(item, from)
  const continued = (item.continued ?? []).filter((next) => next.at > from && next.at < to).map((next) => ({...next, at: next.at - from}))
  return {text: item.text.slice(from, to), line, start: column, ...(continued.length > 0 ? {continued} : {})}
}

/** The place of `from`–`to` of an item's text in the file (the whole item by default). */
export function itemPlace(item: Item, from = 0, to = item.text.length): Place {
  const start = position(item, from), end = position(item, to)
  return {line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1}
}

/** `{Empty}`, `N/A`, `—`: a form's way of saying there is no value. */
export function isEmptyValue(text: string): boolean {
  return EMPTY_VALUES.includes(trimEndWhere(fold(text), /[.\s]/))
}
