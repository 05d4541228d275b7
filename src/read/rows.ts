/**
 * A table row read from a Word or PDF file → text lines, shaped like the text exports the
 * parsers read:
 *
 *   [☐][Sociolaboral][☒][Capacitaciones]   → `☐\tSociolaboral` and `☒\tCapacitaciones`
 *   [☐ Sociolaboral][☒ NNA]                 → `☐ Sociolaboral` and `☒ NNA`
 *   [Enero][Febrero]…[Diciembre]            → `Enero\tFebrero\t…\tDiciembre`
 *   [][][]…[][☒][]                          → `\t\t…\t☒` (leading empty cells keep the columns)
 *
 * A row of several checkbox options (a grid printed two options a row) gives one line per
 * option, as the checkbox-grid construct reads one option a line; any other row is one line of
 * TAB-separated cells. Trailing empty cells are dropped; a row of empty cells gives no line.
 * Whole tables are read by `tableLines`, which also knows a grid whose empty boxes are blank.
 */
import {cellMark, readMark} from '../constructs/checkbox-mark.js'
import {MARK_UNCHECKED} from './marks.js'

const SPACES = /[\t\n\r\f\v ]+/g

/**
 * A table's rows (cells as text, `''` for an empty or merged-away cell) → lines. A table whose
 * columns go mark, label (, mark, label…) is a checkbox grid: one line per option, and an empty
 * mark cell is an empty box (`☐`), since a grid ticked by hand leaves the other boxes blank:
 *
 *   [✓][Sociolaboral][ ][Acogida/atención]  → `✓\tSociolaboral` and `☐\tAcogida/atención`
 *
 * Any other table is read row by row (`rowLines`).
 */
export function tableLines(rows: ReadonlyArray<readonly string[]>): string[] {
  const cells = rows.map((row) => row.map(clean))
  const grid = markColumns(cells)
  if (!grid) return cells.flatMap(rowLines)
  const lines: string[] = []
  for (const row of cells) {
    for (const c of grid) {
      const label = row[c + 1] ?? ''
      if (label) lines.push(`${row[c] || MARK_UNCHECKED}\t${label}`)
    }
  }
  return lines
}

/**
 * The mark columns of a checkbox grid: columns holding only marks or nothing (at least one
 * mark), each followed by a column of labels; `null` unless every non-empty cell of the table
 * is in such a pair of columns.
 */
function markColumns(rows: ReadonlyArray<readonly string[]>): number[] | null {
  const width = Math.max(0, ...rows.map((row) => row.length))
  const kinds = Array.from({length: width}, () => ({marks: 0, text: 0}))
  for (const row of rows) {
    row.forEach((cell, c) => {
      if (!cell) return
      const kind = cellMark(cell)
      if (kind === 'marked' || kind === 'unmarked') kinds[c]!.marks++
      else kinds[c]!.text++
    })
  }
  const marks: number[] = []
  for (let c = 0; c < width; c++) {
    const column = kinds[c]!
    if (column.marks > 0 && column.text === 0) {
      const label = kinds[c + 1]
      if (!label || label.text === 0 || label.marks > 0) return null
      marks.push(c)
      c++
    } else if (column.marks + column.text > 0) return null
  }
  return marks.length ? marks : null
}

const clean = (cell: string) => cell.replace(SPACES, ' ').trim()

/** One row's cells → its lines. */
export function rowLines(raw: readonly string[]): string[] {
  const cells = raw.map(clean)
  let end = cells.length
  while (end > 0 && cells[end - 1] === '') end--
  if (end === 0) return []
  const options = checkboxOptions(cells.slice(0, end))
  if (options && options.length > 1) return options
  return [cells.slice(0, end).join('\t')]
}

/**
 * The row as checkbox options (`mark\tlabel` or `mark label`), or `null` when some non-empty
 * cell is neither a mark followed by a label cell nor a cell that opens with a mark.
 */
function checkboxOptions(cells: readonly string[]): string[] | null {
  const options: string[] = []
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!
    if (cell === '') continue
    const kind = cellMark(cell)
    if (kind === 'marked' || kind === 'unmarked') {
      // A lone mark takes the next non-empty cell as its label, if that is no mark.
      let j = i + 1
      while (j < cells.length && cells[j] === '') j++
      const label = cells[j]
      if (label === undefined || cellMark(label) !== 'unknown') return null
      options.push(`${cell}\t${label}`)
      i = j
      continue
    }
    const mark = readMark(cell)
    if (!mark || mark.kind === 'letter' || !cell.slice(mark.end).trim()) return null
    options.push(cell)
  }
  return options
}
