/**
 * A section's lines → structural blocks and text. Grids and month tables are recognised by
 * their shape wherever they are, so a grid printed without its `Categoría` label (under
 * `Grupo prioritario`, on the seed's first sheet) is still the category grid.
 *
 *   <input type="checkbox"/>\tSociolaboral        → grid line
 *   Enero\tFebrero\t…\tDiciembre                  → month header
 *   \t\t\t<input checked="" …/>\t…                → its row (next non-blank line)
 *   Cada sábado del mes, de abril a noviembre.    → text
 */
import {readGridLine, type GridLine} from '../../constructs/checkbox-grid.js'
import type {SourceLine} from '../../constructs/labelled-sections.js'
import {hasCells, isMonthHeader, isMonthRow, isRuleRow} from '../../constructs/month-table.js'

export interface MonthTableBlock {
  header: SourceLine | null
  /** `null` when a header has no row under it. */
  row: SourceLine | null
  /** Every line of the table (header, `|---|` rule, row), to claim. */
  lines: SourceLine[]
}

export interface Blocks {
  grid: GridLine[]
  tables: MonthTableBlock[]
  /** Everything else, blank lines included (they separate paragraphs). */
  text: SourceLine[]
}

const CONTENT = /\S/
const isBlank = (s: SourceLine) => !CONTENT.test(s.text)

export function extractBlocks(lines: readonly SourceLine[]): Blocks {
  const blocks: Blocks = {grid: [], tables: [], text: []}
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]!
    const tabular = hasCells(source.text)
    if (tabular && isMonthHeader(source.text)) {
      const table: MonthTableBlock = {header: source, row: null, lines: [source]}
      let j = i + 1
      while (j < lines.length && (isBlank(lines[j]!) || isRuleRow(lines[j]!.text))) {
        if (!isBlank(lines[j]!)) table.lines.push(lines[j]!)
        j++
      }
      const next = lines[j]
      if (next && (isMonthRow(next.text) || (next.text.includes('\t') && !readGridLine(next) && !isMonthHeader(next.text)))) {
        table.row = next
        table.lines.push(next)
        i = j
      }
      blocks.tables.push(table)
      continue
    }
    // A grid line is never a month row (one of its cells is a label), so it is tried first.
    const grid = readGridLine(source)
    if (grid) blocks.grid.push(grid)
    else if (tabular && isMonthRow(source.text)) blocks.tables.push({header: null, row: source, lines: [source]})
    else blocks.text.push(source)
  }
  return blocks
}
