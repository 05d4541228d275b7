/**
 * `Fechas de implementación`: the month table, then the schedule text.
 *
 *   | Ene | Feb | … | Dic |
 *   | :-: | :-: | … | :-: |
 *   |  ✓  |     | … |  ✓  |      ← a mark under each month of the practice
 *   Enero a diciembre, una vez al mes.      ← schedule (alone when no month is marked)
 *
 * Columns are known by their header (short or full month names), so a table with the months in
 * another order, or only some months, still reads; a header that is not 12 months is reported.
 */
import type {Table} from 'mdast'
import type {Practice} from '../../schema/records.js'
import {fold} from '../../text/fold.js'
import {MONTH_MARKS, UNCHECKED_GLYPHS} from '../../vocab/factsheet-labels.js'
import {MONTH_NUMBERS} from '../../vocab/months.js'
import type {Body} from './body.js'
import {inlineText} from './fragment.js'

const MARKS = new Set<string>(MONTH_MARKS.map((m) => fold(m)))
const BLANKS = new Set<string>(['', '-', '—', 'no', ...UNCHECKED_GLYPHS])

export function readSchedule(body: Body, record: Practice): void {
  const months = new Set<number>()
  const tables = body.nodes.filter((n): n is Table => n.type === 'table')
  for (const table of tables) readTable(body, table, months)
  record.months = [...months].sort((a, b) => a - b)
  record.schedule = body.text(body.nodes.filter((n) => n.type !== 'table'))
  body.finish('the month table and the dates as text')
}

function readTable(body: Body, table: Table, months: Set<number>): void {
  const [header, ...rows] = table.children
  if (!header) return
  const columns = header.children.map((cell) => {
    const name = inlineText(cell.children).trim()
    const month = MONTH_NUMBERS.get(fold(name).replace(/\.$/, ''))
    if (month === undefined) {
      body.ctx.messages.report('month-table/unknown-month', `Unexpected column \`${name}\` in the month table, expected a month name (\`Enero\` … \`Diciembre\`)`,
        body.place(cell), {actual: name})
    }
    return month
  })
  const known = columns.filter((m) => m !== undefined).length
  if (known !== 12) {
    body.ctx.messages.report('month-table/cell-count', `Unexpected ${known} month columns, expected 12 (\`Enero\` … \`Diciembre\`)`,
      body.place(header), {severity: 'warning', actual: String(known), expected: '12'})
  }
  for (const row of rows) {
    row.children.forEach((cell, index) => {
      const value = fold(inlineText(cell.children))
      const month = columns[index]
      if (BLANKS.has(value) || month === undefined) return
      if (MARKS.has(value)) { months.add(month); return }
      body.ctx.messages.report('month-table/unknown-mark', `Unexpected \`${inlineText(cell.children).trim()}\` in a month cell, expected \`✓\` or an empty cell`,
        body.place(cell), {actual: inlineText(cell.children).trim(), expected: '✓'})
    })
  }
  body.use(table)
}
