/**
 * Table blocks of a page → rows of cells aligned on shared columns, then lines (rows.ts).
 *
 *   Enero    Febrero  …  Noviembre  Diciembre      ← the row with most cells sets the columns
 *                           ☒                      ← one mark: it overlaps `Noviembre`, so it
 *                                                    reads `\t\t\t\t\t\t\t\t\t\t☒`
 *
 * A block is a run of consecutive lines close together that each have several cells or only
 * checkbox marks (a lone mark row belongs to the table above it); a line of one cell right of the
 * block's first column (a grid label whose box is blank) belongs too. A cell that overlaps no
 * column adds one. A single line is a table only if it opens with a mark or has 3 cells or more:
 * one wide gap in a justified line of prose is not a table.
 */
import {tableLines} from '../rows.js'
import {isMark, type Cell, type PdfLine} from './lines.js'

export type Unit = {kind: 'prose'; line: PdfLine} | {kind: 'table'; lines: PdfLine[]; text: string[]}

/** Lines farther apart than this many line sizes end a block. */
const MAX_ROW_STEP = 2.6

const markOnly = (line: PdfLine) => line.cells.every((c) => isMark(c.text))
const tabular = (line: PdfLine) => line.cells.length >= 2 || markOnly(line)

/** A page's lines (top to bottom) → prose lines and table blocks, in order. */
export function findTables(lines: readonly PdfLine[]): Unit[] {
  const units: Unit[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (!tabular(line)) { units.push({kind: 'prose', line}); continue }
    const block = [line]
    // The block's first column ends at `firstColumnEnd`, its widest line at `right`.
    let firstColumnEnd = line.cells[0]!.x1, right = line.x1
    let j = i + 1
    while (j < lines.length) {
      const next = lines[j]!, prev = block.at(-1)!
      if (prev.y - next.y > MAX_ROW_STEP * Math.max(prev.size, next.size)) break
      if (!tabular(next) && !(next.cells.length === 1 && next.x0 > firstColumnEnd && block.length > 0 && next.x1 <= right + 1)) break
      block.push(next)
      firstColumnEnd = Math.min(firstColumnEnd, next.cells[0]!.x1)
      right = Math.max(right, next.x1)
      j++
    }
    const isTable = block.length > 1 ? block.filter(tabular).length >= 1 && aligned(block) : line.cells.length >= 3 || isMark(line.cells[0]!.text)
    if (!isTable) { units.push({kind: 'prose', line}); continue }
    units.push({kind: 'table', lines: block, text: tableLines(alignRows(block))})
    i = j - 1
  }
  return units
}

/** Rows of a block share columns: some cell of one row overlaps a cell of another. */
function aligned(block: readonly PdfLine[]): boolean {
  const widest = block.reduce((a, b) => (b.cells.length > a.cells.length ? b : a))
  return block.some((line) => line !== widest && line.cells.some((cell) => widest.cells.some((c) => overlap(cell, c) > 0))) ||
    block.every((line) => line.cells.length >= 2 || markOnly(line))
}

function overlap(a: {x0: number; x1: number}, b: {x0: number; x1: number}): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
}

/** The block's cells on shared columns: `''` where a row has nothing in a column. */
export function alignRows(block: readonly PdfLine[]): string[][] {
  const widest = block.reduce((a, b) => (b.cells.length > a.cells.length ? b : a))
  const columns: Array<{x0: number; x1: number}> = widest.cells.map((c) => ({x0: c.x0, x1: c.x1}))
  // A cell overlapping no column (a mark in a column the widest row left blank) adds one.
  for (const line of block) {
    for (const cell of line.cells) {
      if (columns.some((c) => overlap(cell, c) > 0)) continue
      const at = columns.findIndex((c) => c.x0 > cell.x0)
      columns.splice(at < 0 ? columns.length : at, 0, {x0: cell.x0, x1: cell.x1})
    }
  }
  return block.map((line) => {
    const row = columns.map(() => '')
    for (const cell of line.cells) {
      const index = bestColumn(cell, columns)
      row[index] = row[index] ? `${row[index]} ${cell.text}` : cell.text
    }
    return row
  })
}

function bestColumn(cell: Cell, columns: ReadonlyArray<{x0: number; x1: number}>): number {
  let best = 0, most = -Infinity
  columns.forEach((column, index) => {
    const amount = overlap(cell, column)
    if (amount > most) { most = amount; best = index }
  })
  return best
}
