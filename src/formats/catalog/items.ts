/**
 * A value's lines as items with their place in the file: one per line, or split at separators.
 *
 *   • People-centred (738); International cooperation (739)
 *     ^ bullet dropped        ^ split at `;` → two items, each with its own column
 */
import type {SourceLine} from '../../constructs/labelled-sections.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import {fold} from '../../text/fold.js'
import {EMPTY_VALUES} from '../../vocab/catalog-labels.js'

export interface Item {
  text: string
  line: number
  /** 0-based column of `text` in the original line. */
  start: number
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

/** Splits each item at `separator` (a global regex), keeping each piece's column. */
export function splitItems(items: readonly Item[], separator: RegExp): Item[] {
  const out: Item[] = []
  for (const item of items) {
    let from = 0
    for (const m of item.text.matchAll(separator)) {
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

/** The place of an item in the file. */
export function itemPlace(item: Item): Place {
  return {line: item.line, column: item.start + 1, endLine: item.line, endColumn: item.start + item.text.length + 1}
}

/** `{Empty}`, `N/A`, `—`: a form's way of saying there is no value. */
export function isEmptyValue(text: string): boolean {
  return EMPTY_VALUES.includes(fold(text).replace(/[.\s]+$/, ''))
}
