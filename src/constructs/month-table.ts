/**
 * The 12-column month table: a header of month names, then one row of marks bound by position.
 *
 *   Enero\tFebrero\tMarzo\t…\tNoviembre\tDiciembre
 *   \t\t\t\t\t\t\t\t\t\t✓                  ← 10 empty cells, then a mark: November
 *                       ^ cell 11
 *
 * Leading empty cells count; missing trailing cells are fine (the row just ends). Empty cells
 * past the 12th are trailing tabs. A mark past the 12th cell, or a header that is not the 12
 * months in order, is an error on that line (`month-table/cell-count`, `month-table/header`).
 * Tab-separated rows, `| … |` pipe rows (the outer pipes optional), and a row of GFM boxes
 * apart by spaces are read; a row written as a task item keeps its first cell:
 *
 *   - [x]\t[ ]\t[ ]\t[x]\t…      - [x] [ ] [ ] [x] …      - [x] | [ ] | [ ] | [x] | …
 *   ^^^^^ cell 1 (January): the list bullet is part of the first mark
 */
import type {Messages} from '../diagnostics/diagnostic.js'
import {MONTHS, MONTH_NUMBERS} from '../vocab/months.js'
import {fold} from '../text/fold.js'
import {cellMark} from './checkbox-mark.js'
import {spanOn, type SourceLine} from './labelled-sections.js'

export interface Cell {
  text: string
  /** 0-based offset of the cell in the line. */
  start: number
}

const PIPE_ROW = /^\s*\|/
/** A row of GFM boxes apart by spaces, maybe written as a task item: `- [x] [ ] [x]`. */
const BOX_ROW = /^\s*(?:[-*+]\s+)?\[[ xX✓✔]\](?:[ \u00a0]+\[[ xX✓✔]\])+\s*$/
const BOX = /(?:[-*+]\s+)?\[[ xX✓✔]\]/g

/**
 * Cells of a tab-separated line, of a pipe row (`| a | b |`, or `a | b` without outer pipes),
 * or of a row of boxes apart by spaces. Never trims the line first.
 */
export function splitCells(text: string): Cell[] {
  if (!text.includes('\t') && BOX_ROW.test(text)) return [...text.matchAll(BOX)].map((m) => ({text: m[0], start: m.index}))
  const pipe = !text.includes('\t') && text.includes('|')
  const separator = pipe ? '|' : '\t'
  const cells: Cell[] = []
  let start = 0
  for (let end = text.indexOf(separator); end >= 0; end = text.indexOf(separator, start)) {
    cells.push({text: text.slice(start, end), start})
    start = end + 1
  }
  cells.push({text: text.slice(start), start})
  if (pipe) {
    if (PIPE_ROW.test(text)) cells.shift()
    if (cells.length && cells.at(-1)!.text.trim() === '') cells.pop()
  }
  return cells
}

/** A line that may be a month header or row: tab- or pipe-separated cells, or a row of boxes. */
export function hasCells(text: string): boolean {
  return text.includes('\t') || text.includes('|') || BOX_ROW.test(text)
}

const LETTER_START = /^\p{L}/u

/** Month number of a header cell (`Septiembre`, `Setiembre`, `Sep`), or `null`. */
export function monthOfCell(cell: string): number | null {
  const text = cell.trim()
  if (text.length < 3 || text.length > 11 || !LETTER_START.test(text)) return null
  // The keys are plain ASCII words, so a cell printed that way (`Enero`, `MARZO`) is found
  // without folding; only others (`Setiémbre`, `Ene.`) are folded.
  return MONTH_NUMBERS.get(text.toLowerCase()) ?? MONTH_NUMBERS.get(fold(text).replace(/[.:]$/, '')) ?? null
}

/** A header: at least 3 cells that name months. */
export function isMonthHeader(text: string): boolean {
  if (!text.includes('\t') && !text.includes('|')) return false
  let months = 0
  for (const cell of splitCells(text)) if (monthOfCell(cell.text) !== null && ++months === 3) return true
  return false
}

/** A row: tab- or pipe-separated cells that are all marks or empty, at least one of them a mark. */
export function isMonthRow(text: string): boolean {
  if (!hasCells(text)) return false
  let marks = 0
  for (const cell of splitCells(text)) {
    const kind = cellMark(cell.text)
    if (kind === 'unknown') return false
    if (kind !== 'empty') marks++
  }
  return marks > 0
}

/** A pipe-table rule line `|---|---|`, which sits between header and row. */
export function isRuleRow(text: string): boolean {
  // `/^\s*\|?[\s:|-]+\|[\s:|-]*$/` read as what it accepts: rule characters only, a `|` after the
  // first one (that pattern backtracks over every `|` of a long line).
  return /^[\s:|-]*$/.test(text) && text.indexOf('|', 1) >= 0 && text.includes('-')
}

export interface MonthTable {
  months: number[]
  /** `false` when the row could not be bound (too many cells): `months` is then `[]`. */
  bound: boolean
}

/** Months marked in `row` under `header` (`null` when the header is missing). */
export function readMonthTable(header: SourceLine | null, row: SourceLine, messages: Messages): MonthTable {
  const columns = header ? headerColumns(header, messages) : MONTHS.map((_, i) => i + 1)
  if (!header) {
    messages.report('month-table/header', `Unexpected month row without a header, expected \`${MONTHS.join(' ')}\` on the line above`, spanOn(row))
  }
  const cells = splitCells(row.text)
  let last = cells.length
  while (last > 0 && cells[last - 1]!.text.trim() === '') last--
  if (last > 12) {
    const extra = cells[12]!
    messages.report('month-table/cell-count',
      `Unexpected ${last} cells in the month row, expected at most 12 (one per month); marks not bound to months`,
      {line: row.line, column: (row.offset ?? 0) + extra.start + 1, endLine: row.line, endColumn: (row.offset ?? 0) + row.text.length + 1},
      {actual: String(last), expected: '12'})
    return {months: [], bound: false}
  }
  const months = new Set<number>()
  const offset = row.offset ?? 0
  const place = (cell: Cell) => ({line: row.line, column: offset + cell.start + 1, endLine: row.line, endColumn: offset + cell.start + cell.text.length + 1})
  for (let index = 0; index < last; index++) {
    const cell = cells[index]!
    const kind = cellMark(cell.text)
    if (kind === 'unknown') {
      messages.report('month-table/cell', `Unexpected \`${cell.text.trim()}\` in the month row, expected a checkbox mark or an empty cell`, place(cell),
        {actual: cell.text.trim()})
    }
    if (kind !== 'marked') continue
    const month = columns[index] ?? null
    if (month === null) {
      messages.report('month-table/header', `Unexpected mark in column ${index + 1} under no month name, expected a mark under a month`, place(cell))
    } else months.add(month)
  }
  return {months: [...months].sort((a, b) => a - b), bound: true}
}

/** Month of each header column; an error when the header is not the 12 months in order. */
function headerColumns(header: SourceLine, messages: Messages): Array<number | null> {
  const cells = splitCells(header.text)
  while (cells.length && cells.at(-1)!.text.trim() === '') cells.pop()
  const columns = cells.map((cell) => monthOfCell(cell.text))
  const ok = columns.length === 12 && columns.every((m, i) => m === i + 1)
  if (!ok) {
    const printed = cells.map((c) => c.text.trim()).join(' ')
    messages.report('month-table/header', `Unexpected month header \`${printed}\`, expected the 12 months \`${MONTHS.join(' ')}\``, spanOn(header),
      {actual: printed, expected: MONTHS.join(' ')})
  }
  return columns
}
