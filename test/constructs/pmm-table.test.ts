import {describe, expect, it} from 'vitest'
import {isCellRow, isHeaderRow, readTables, splitCells} from '../../src/constructs/pmm-table.js'

const HEADER = 'Objetivo\tIdeas clave del compromiso\tAcciones pertinentes orientadas a AL'
const row = (n: number, label: string) => ` <p>${n} ${label}</p> <p>Statement ${n}.</p>\t<p>Ideas ${n}</p>\t<p>Actions ${n}</p>`

describe('pmm-table', () => {
  it('splits a row on tabs and keeps each cell span on the line, without the surrounding spaces', () => {
    const text = ' <p>1 DATOS</p>\t<p>Recopilar</p>\t <p>2 REDUCIR</p>'
    const cells = splitCells(text)
    expect(cells.map((c) => c.html)).toEqual(['<p>1 DATOS</p>', '<p>Recopilar</p>', '<p>2 REDUCIR</p>'])
    for (const cell of cells) expect(text.slice(cell.start, cell.end)).toBe(cell.html)
  })

  it('recognises the header row in any case, without accents, with extra spaces', () => {
    expect(isHeaderRow(HEADER)).toBe(true)
    expect(isHeaderRow('OBJETIVO\t Ideas clave  del compromiso\tacciones pertinentes orientadas a al')).toBe(true)
    expect(isHeaderRow('Objetivo Ideas clave del compromiso')).toBe(false)
    expect(isCellRow(' <p>1 DATOS</p>\t<p>x</p>')).toBe(true)
    expect(isCellRow('Texto con <p> en medio')).toBe(false)
  })

  it('when a table is split across pages with a repeated header, merges it into one table and reports each merge', () => {
    const lines = [HEADER, row(1, 'DATOS'), row(2, 'REDUCIR'), '', 'Pacto Mundial', '', HEADER, row(3, 'PROVISIÓN'), '', HEADER, row(4, 'IDENTIDAD')]
    const {tables, issues} = readTables(lines, (line) => lines[line - 1] === 'Pacto Mundial')
    expect(tables).toHaveLength(1)
    expect(tables[0]!.headerLines).toEqual([1, 7, 10])
    expect(tables[0]!.rows.map((r) => r.line)).toEqual([2, 3, 8, 11])
    expect(tables[0]!.endLine).toBe(11)
    expect(issues.map((i) => [i.rule, i.at])).toEqual([
      ['pmm-table/merged-continuation', 7],
      ['pmm-table/merged-continuation', 10],
    ])
  })

  it('when prose comes between two headers, starts a new table', () => {
    const lines = [HEADER, row(1, 'DATOS'), '', 'Anexo I: buenas prácticas', '', HEADER, row(1, 'DATOS')]
    const {tables, issues} = readTables(lines)
    expect(tables.map((t) => [t.startLine, t.endLine])).toEqual([[1, 2], [6, 7]])
    expect(issues).toEqual([])
  })

  it('reads rows before any header as a header-less grid, and a 4-cell double row keeps its 4 cells', () => {
    const lines = [' <p>1 DATOS</p>\t<p>Recopilar</p>\t <p>2 REDUCIR</p>\t<p>Minimizar</p>', '', HEADER, row(1, 'DATOS')]
    const {tables} = readTables(lines)
    expect(tables[0]!.header).toBeNull()
    expect(tables[0]!.rows[0]!.cells).toHaveLength(4)
    expect(tables[1]!.header).toEqual(['Objetivo', 'Ideas clave del compromiso', 'Acciones pertinentes orientadas a AL'])
  })

  it('when a row has 2 cells under a 3-cell header, reports pmm-table/cell-count and keeps the row', () => {
    const {tables, issues} = readTables([HEADER, ' <p>1 DATOS</p>\t<p>only two</p>'])
    expect(tables[0]!.rows).toHaveLength(1)
    expect(issues).toMatchObject([{rule: 'pmm-table/cell-count', at: 2, actual: '2', expected: '3'}])
  })
})
