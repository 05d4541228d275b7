/**
 * Table cells parsed once, with their HTML problems reported at their column on the line, and
 * helpers to point at a text inside a cell.
 *
 *    <p>1 DATOS</p> <p>Recopilar …</p>⇥<p>Reforzar …</p>
 *    ^ cell 0, column 2                 ^ cell 1
 */
import {parseCell, parsePlainCell, type CellContent} from '../../constructs/html-cell.js'
import type {RawCell, TableRow} from '../../constructs/pmm-table.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'

export interface Cell extends RawCell {
  line: number
  content: CellContent
}

/** Parses every cell of `row`, reporting each cell's HTML issues at its place. */
export async function readRow(ctx: ParseContext, row: TableRow): Promise<Cell[]> {
  const cells: Cell[] = []
  for (const raw of row.cells) {
    const content = parsePlainCell(raw.html) ?? await parseCell(raw.html)
    for (const issue of content.issues) {
      const column = raw.start + issue.at.offset + 1
      ctx.messages.found(issue, {line: row.line, column, endLine: row.line, endColumn: column + issue.at.length})
    }
    // Fields listed rather than `...raw`: object spread was the costliest line of a PMM parse.
    cells.push({html: raw.html, start: raw.start, end: raw.end, line: row.line, content})
  }
  return cells
}

/** Place of `text` inside `cell` (its first 40 characters if the whole is not found), else the cell. */
export function textPlace(ctx: ParseContext, cell: Cell, text: string | null | undefined): Place {
  const line = ctx.line(cell.line)
  if (!text) return cellPlace(cell)
  for (const needle of [text, text.slice(0, 40)]) {
    const at = line.indexOf(needle, cell.start)
    if (at >= 0 && at < cell.end) {
      const end = needle === text ? at + needle.length : Math.min(cell.end, findEnd(line, text, at))
      return {line: cell.line, column: at + 1, endLine: cell.line, endColumn: end + 1}
    }
  }
  return cellPlace(cell)
}

/** The whole cell. */
export function cellPlace(cell: Cell): Place {
  return {line: cell.line, column: cell.start + 1, endLine: cell.line, endColumn: cell.end + 1}
}

/** End of a text whose start is at `at` but which markup interrupts: the end of its last 20 characters. */
function findEnd(line: string, text: string, at: number): number {
  const tail = text.slice(-20)
  const end = line.indexOf(tail, at)
  return end >= 0 ? end + tail.length : at + 40
}
