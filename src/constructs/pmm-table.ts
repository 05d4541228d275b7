/**
 * PMM tables: rows of tab-separated `<p>` cells under a header row that repeats on every page.
 *
 *   Objetivo⇥Ideas clave del compromiso⇥Acciones pertinentes orientadas a AL   ← header
 *    <p>1 DATOS</p> <p>Recopilar …</p>⇥<p>Reforzar …</p>⇥<p>Mejorar …</p>      ← row, 3 cells
 *   Objetivo⇥Ideas clave del compromiso⇥Acciones pertinentes orientadas a AL   ← next page: merged
 *
 * A table goes on over blank lines and page furniture (`isNoise`); a repeated header after
 * them continues the same table (an info per merge), any other text ends it. Rows before any
 * header (the first objectives grid, 4 cells a row) form a table with `header: null`.
 */
import type {Finding} from '../diagnostics/diagnostic.js'
import {fold} from '../text/fold.js'
import {PMM_TABLE_HEADERS} from '../vocab/pmm.js'

/** One cell: its HTML and its span on the line (0-based, end exclusive), surrounding spaces excluded. */
export interface RawCell {
  html: string
  start: number
  end: number
}

export interface TableRow {
  line: number
  cells: RawCell[]
}

export interface PmmTable {
  /** Header cells as first printed, or null for a header-less grid. */
  header: string[] | null
  /** Every header line: the first one and each repeated one merged into this table. */
  headerLines: number[]
  rows: TableRow[]
  startLine: number
  endLine: number
}

/** A merged page or a row of the wrong width, `at` its line. */
export type TableIssue = Finding<number>

/** Tab-separated cells of `text` with their spans. */
export function splitCells(text: string): RawCell[] {
  const cells: RawCell[] = []
  let from = 0
  for (const part of text.split('\t')) {
    const lead = part.length - part.trimStart().length
    cells.push({html: part.trim(), start: from + lead, end: from + part.trimEnd().length})
    from += part.length + 1
  }
  return cells
}

const HEADERS = PMM_TABLE_HEADERS.map((cells) => cells.map(fold).join('\t'))
const HEADER_WIDTHS = new Set<number>(PMM_TABLE_HEADERS.map((cells) => cells.length))
const HEADER_MAX = Math.max(...PMM_TABLE_HEADERS.map((cells) => cells.join('\t').length)) * 2

/** True when `text` is one of the known header rows (case, accents and spacing folded). */
export function isHeaderRow(text: string): boolean {
  if (!text.includes('\t') || text.length > HEADER_MAX || text.includes('<')) return false
  const cells = splitCells(text)
  return HEADER_WIDTHS.has(cells.length) && HEADERS.includes(cells.map((c) => fold(c.html)).join('\t'))
}

/** True when `text` is a row of HTML cells (`<p>`, `<ol>`, `<ul>` fragments). */
export function isCellRow(text: string): boolean {
  return /^\s*<(?:p|ol|ul|li|div)\b/i.test(text)
}

/** Every table of `lines` (line 1 = `lines[0]`), with merge infos and cell-count warnings. */
export function readTables(lines: readonly string[], isNoise: (line: number) => boolean = () => false): {tables: PmmTable[]; issues: TableIssue[]} {
  const tables: PmmTable[] = []
  const issues: TableIssue[] = []
  let current: PmmTable | null = null
  lines.forEach((text, index) => {
    const line = index + 1
    if (!/\S/.test(text) || isNoise(line)) return
    if (isHeaderRow(text)) {
      const header = splitCells(text).map((c) => c.html)
      if (current?.header && sameCells(current.header, header)) {
        current.headerLines.push(line)
        current.endLine = line
        issues.push({rule: 'pmm-table/merged-continuation', at: line, actual: text.trim(),
          message: `Unexpected repeated header \`${header.join(' | ')}\`, expected a row; merged this page into the table of line ${current.startLine}`})
        return
      }
      current = {header, headerLines: [line], rows: [], startLine: line, endLine: line}
      tables.push(current)
    } else if (isCellRow(text)) {
      if (!current) tables.push(current = {header: null, headerLines: [], rows: [], startLine: line, endLine: line})
      const cells = splitCells(text)
      if (current.header && cells.length !== current.header.length) {
        issues.push({rule: 'pmm-table/cell-count', at: line, actual: String(cells.length), expected: String(current.header.length),
          message: `Unexpected ${cells.length} cells, expected ${current.header.length} (\`${current.header.join(' | ')}\`)`})
      }
      current.rows.push({line, cells})
      current.endLine = line
    } else current = null
  })
  return {tables, issues}
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => fold(cell) === fold(b[i]!))
}
