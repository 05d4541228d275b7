/**
 * `validate/months-order` (error): `months` lists month numbers in ascending order without
 * repeats. The parsers build months from the table so a sheet always satisfies it; this catches
 * hand-edited JSON and fact sheets. The shape of the table in a sheet (cells, header) is the
 * parsers' `month-table/*` errors (adopted.ts), not checked again here.
 *
 *   "months": [11, 4, 4]
 *             ^^^^^^^^^ Unexpected months `[11, 4, 4]`, expected ascending months without repeats `[4, 11]`
 */
import type {RecordRule} from '../rule.js'

export const monthsOrder: RecordRule = {
  kind: 'record',
  id: 'validate/months-order',
  check(c) {
    if (c.record.type !== 'practice') return
    const months = c.record.months
    const fixed = [...new Set(months)].sort((a, b) => a - b)
    if (fixed.length === months.length && fixed.every((m, i) => m === months[i])) return
    const shown = (list: readonly number[]) => `[${list.join(', ')}]`
    c.report(`Unexpected months \`${shown(months)}\`, expected ascending months without repeats \`${shown(fixed)}\``, c.place('months'),
      {actual: shown(months), expected: shown(fixed)})
  },
}
