/**
 * Blocks → numbered text lines, laid out like the text exports the parsers were built on:
 *
 *   a paragraph             its line(s) (`w:br` starts a new line), a blank line before the next block
 *   a table row             one line of TAB-separated cells (checkbox options: one line each, see rows.ts)
 *   a row of long cells     a cell holding several paragraphs (a form laid out as a table) is
 *                           read as paragraphs instead, cell by cell
 *
 * Empty paragraphs add no lines (blank lines never pile up).
 */
import {tableLines} from '../rows.js'
import type {Block, Cell} from './body.js'

export interface LaidOut {
  lines: string[]
  /** 1-based lines whose paragraph held placeholder text that was left out. */
  placeholders: number[]
}

export function layOut(blocks: readonly Block[]): LaidOut {
  const lines: string[] = []
  const placeholders: number[] = []
  const separate = () => { if (lines.length && lines.at(-1) !== '') lines.push('') }
  const paragraph = (text: readonly string[]) => {
    if (!text.some((line) => line.trim())) return
    separate()
    for (const line of text) lines.push(line)
  }
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      paragraph(block.lines)
      if (block.placeholder) placeholders.push(Math.max(1, lines.length))
      continue
    }
    separate()
    const cellText = (cell: Cell) => cell.paragraphs[0]?.join(' ') ?? ''
    if (block.rows.every((row) => row.every(isSimple))) {
      for (const line of tableLines(block.rows.map((row) => row.map(cellText)))) lines.push(line)
    } else {
      for (const row of block.rows) {
        if (row.every(isSimple)) {
          for (const line of tableLines([row.map(cellText)])) lines.push(line)
          continue
        }
        for (const cell of row) for (const text of cell.paragraphs) paragraph(text)
        separate()
      }
    }
    separate()
  }
  while (lines.length && lines.at(-1) === '') lines.pop()
  return {lines, placeholders}
}

/** A cell of one paragraph of one line (or empty): it fits in a TAB-separated row. */
function isSimple(cell: Cell): boolean {
  return cell.paragraphs.length <= 1 && (cell.paragraphs[0]?.length ?? 0) <= 1
}
