import {describe, expect, it} from 'vitest'
import {isMonthHeader, isMonthRow, readMonthTable, splitCells} from '../../src/constructs/month-table.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'

const HEADER = 'Enero\tFebrero\tMarzo\tAbril\tMayo\tJunio\tJulio\tAgosto\tSeptiembre\tOctubre\tNoviembre\tDiciembre'
const CHECKED = '<input checked="" type="checkbox"/>'

function read(row: string, header: string | null = HEADER) {
  const messages = new Messages('t.txt')
  const table = readMonthTable(header === null ? null : {line: 1, text: header}, {line: 2, text: row}, messages)
  return {...table, messages: messages.list}
}

describe('month table', () => {
  it('binds 12 marks to the 12 months', () => {
    expect(read(Array(12).fill(CHECKED).join('\t')).months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('when the row is 10 tabs then one mark, binds it to November only', () => {
    const {months, messages} = read('\t'.repeat(10) + CHECKED + '\t')
    expect(months).toEqual([11])
    expect(messages).toEqual([])
  })

  it('reads a row written as a GFM task item: the bullet belongs to the first cell, January', () => {
    const boxes = ['[x]', '[ ]', '[ ]', '[x]', ...Array(7).fill('[ ]'), '[x]']
    for (const row of [`- ${boxes.join('\t')}`, `- ${boxes.join(' ')}`, `* ${boxes.join(' ')}`, `- ${boxes.join(' | ')}`, `| - ${boxes.join(' | ')} |`]) {
      const {months, messages} = read(row)
      expect({row, months, messages}).toEqual({row, months: [1, 4, 12], messages: []})
      expect(isMonthRow(row), row).toBe(true)
    }
    const pipeHeader = `| ${HEADER.split('\t').join(' | ')} |`
    expect(read(`- ${boxes.join(' | ')}`, pipeHeader).months).toEqual([1, 4, 12])
  })

  it('splits a row of boxes apart by spaces at the boxes, with their offsets', () => {
    expect(splitCells('- [x] [ ]  [x]')).toEqual([{text: '- [x]', start: 0}, {text: '[ ]', start: 6}, {text: '[x]', start: 11}])
    // Words between the boxes make it no row of boxes.
    expect(isMonthRow('- [x] Sí [ ] No')).toBe(false)
  })

  it('counts leading empty cells, and takes a row that lacks its trailing tabs', () => {
    expect(read('\t\t\t✓\t✓').months).toEqual([4, 5])
    expect(read('\t✓\t✓\t✓\t✓\t✓\t✓\t✓\t✓\t✓\t✓\t✓').months).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('reads rows of ✓, ✔, ☑, x, [x] and unmarked boxes alike', () => {
    expect(read('✓\t✔\t☑\tx\t[x]\t☐\t<input type="checkbox"/>').months).toEqual([1, 2, 3, 4, 5])
  })

  it('when the row has 13 cells, reports month-table/cell-count as an error on that line and binds nothing', () => {
    const {months, bound, messages} = read(Array(13).fill('✓').join('\t'))
    expect(months).toEqual([])
    expect(bound).toBe(false)
    expect(messages).toMatchObject([{severity: 'error', rule: 'month-table/cell-count', line: 2, column: 25, actual: '13', expected: '12'}])
  })

  it('takes empty cells past the 12th as trailing tabs', () => {
    expect(read('✓' + '\t'.repeat(14)).messages).toEqual([])
  })

  it('when the header is not the 12 months, reports month-table/header on the header line', () => {
    const {months, messages} = read('✓\t✓', 'Enero\tFebrero\tMarzo\tMayo')
    expect(messages).toMatchObject([{severity: 'error', rule: 'month-table/header', line: 1}])
    expect(months).toEqual([1, 2])
  })

  it('binds marks under a shifted header by the month printed above them', () => {
    const {months} = read('✓\t\t✓', 'Abril\tMayo\tJunio\tJulio')
    expect(months).toEqual([4, 6])
  })

  it('when a row has no header, reports month-table/header and binds by position', () => {
    const {months, messages} = read('\t✓', null)
    expect(months).toEqual([2])
    expect(messages).toMatchObject([{rule: 'month-table/header', line: 2}])
  })

  it('reports an unknown cell as month-table/cell and does not mark it', () => {
    const {months, messages} = read('✓\tsí')
    expect(months).toEqual([1])
    expect(messages).toMatchObject([{severity: 'warning', rule: 'month-table/cell', column: 3, actual: 'sí'}])
  })

  it('reads pipe tables', () => {
    const header = '| Enero | Febrero | Marzo | Abril | Mayo | Junio | Julio | Agosto | Septiembre | Octubre | Noviembre | Diciembre |'
    expect(isMonthHeader(header)).toBe(true)
    expect(read('|  | x |  |', header).months).toEqual([2])
  })

  it('recognises headers and rows', () => {
    expect(isMonthHeader(HEADER)).toBe(true)
    expect(isMonthHeader('Ene\tFeb\tMar')).toBe(true)
    expect(isMonthHeader('Enero a diciembre, una vez al mes.')).toBe(false)
    expect(isMonthRow('\t\t✓')).toBe(true)
    expect(isMonthRow('\t\t')).toBe(false)
    expect(isMonthRow('☒\tSociolaboral')).toBe(false)
  })

  it('never trims a row before splitting it', () => {
    expect(splitCells('\t\tx').map((c) => c.start)).toEqual([0, 1, 2])
  })
})
