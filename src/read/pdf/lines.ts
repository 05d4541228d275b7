/**
 * A page's text items → lines, by baseline, left to right. Within a line, items are joined as
 * the gap between them says: touching pieces of one word are glued, a word gap is a space, and
 * a gap of about an em or more (a table column; a little less next to a checkbox glyph) starts a
 * new cell. Whether those cells are a table is decided later (columns.ts): prose keeps spaces.
 */
import {cellMark} from '../../constructs/checkbox-mark.js'
import {normalizeBoxGlyphs} from '../marks.js'
import type {TextItem} from './load.js'

export interface Cell {
  text: string
  x0: number
  x1: number
}

export interface PdfLine {
  page: number
  /** Baseline. */
  y: number
  /** Font size of the line's first item. */
  size: number
  x0: number
  x1: number
  cells: Cell[]
  /** Width of the first word, to tell a wrapped line from a broken one. */
  firstWordWidth: number
  /** Width the line would take set with plain spaces (a justified line is stretched wider). */
  naturalWidth: number
}

/** A gap of this many ems starts a new cell… */
const CELL_GAP = 1.0
/** …this many next to a checkbox mark… */
const MARK_GAP = 0.4
/** …and this many is a space between words. */
const WORD_GAP = 0.12
/** A plain space, in ems (about a quarter em in most text fonts). */
const SPACE = 0.28
/** Gaps within this ratio of each other are the even gaps of a justified line. */
const UNIFORM_GAPS = 1.35
/** Items whose baselines differ by less than this share a line (superscripts, mixed fonts). */
const BASELINE_TOLERANCE = 0.45

export const isMark = (text: string): boolean => {
  const kind = cellMark(text)
  return (kind === 'marked' || kind === 'unmarked') && text.trim().length <= 3
}

export function pageLines(items: readonly TextItem[], page: number): PdfLine[] {
  const sorted = items.map((item) => ({...item, text: normalizeBoxGlyphs(item.text)})).sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: TextItem[][] = []
  let current: TextItem[] = []
  let baseline = Infinity
  let size = 0
  for (const item of sorted) {
    if (current.length && Math.abs(baseline - item.y) <= BASELINE_TOLERANCE * Math.min(size, item.size)) {
      current.push(item)
      continue
    }
    if (current.length) groups.push(current)
    current = [item]
    baseline = item.y
    size = item.size
  }
  if (current.length) groups.push(current)
  return groups.map((group) => buildLine(group.sort((a, b) => a.x - b.x), page))
}

function buildLine(items: readonly TextItem[], page: number): PdfLine {
  let cells: Cell[] = []
  let cell: Cell | null = null
  let prevMark = false
  let anyMark = false
  const cellGaps: number[] = []
  let natural = 0
  for (const item of items) {
    const text = item.text.replace(/\s+/g, ' ')
    const mark = isMark(text)
    anyMark ||= mark
    const em = item.size
    natural += item.width
    if (cell) {
      const gap = item.x - cell.x1
      if (gap > WORD_GAP * em) natural += SPACE * em
      if (gap > CELL_GAP * em || ((mark || prevMark) && gap > MARK_GAP * em)) {
        cells.push(cell)
        cellGaps.push(gap)
        cell = null
      } else {
        const spaced = gap > WORD_GAP * em && !cell.text.endsWith(' ') && !text.startsWith(' ')
        cell.text += (spaced ? ' ' : '') + text
        cell.x1 = Math.max(cell.x1, item.x + item.width)
      }
    }
    if (!cell) cell = {text, x0: item.x, x1: item.x + item.width}
    prevMark = mark
  }
  if (cell) cells.push(cell)
  // A justified line (a line ended by a typed break is stretched too) has equal wide gaps
  // between its words: prose, not cells.
  if (!anyMark && cellGaps.length >= 2 && cellGaps.reduce((a, b) => Math.max(a, b)) <= cellGaps.reduce((a, b) => Math.min(a, b)) * UNIFORM_GAPS) {
    cells = [{text: cells.map((c) => c.text.trim()).join(' '), x0: cells[0]!.x0, x1: cells.at(-1)!.x1}]
  }
  for (const c of cells) c.text = c.text.trim()
  const first = items[0]!
  const word = /^\S+/.exec(first.text.trimStart())?.[0] ?? ''
  const firstWordWidth = first.text.length ? first.width * (word.length / first.text.length) : 0
  return {page, y: first.y, size: first.size, x0: cells[0]!.x0, x1: cells.reduce((n, c) => Math.max(n, c.x1), -Infinity), cells, firstWordWidth, naturalWidth: natural}
}

/** The line as prose: its cells joined by spaces. */
export function proseText(line: PdfLine): string {
  return line.cells.map((c) => c.text).join(' ')
}
