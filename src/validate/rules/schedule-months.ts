/**
 * The schedule text agrees with the month marks: "de abril a noviembre" under a table marking
 * September to November is a mismatch. The ficha parser reports it while reading a sheet (same
 * rule id, same check: `compareScheduleMonths`); this rule checks what no parser saw, JSON
 * records and fact sheets, and never a record already reported.
 *
 *   Cada sábado del mes, de abril a noviembre.
 *   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Unexpected months `septiembre–noviembre` marked in the month table, expected the months the schedule text names: `abril–noviembre`
 */
import {compareScheduleMonths, formatMonths} from '../../constructs/schedule-months.js'
import {SCHEDULE_MISMATCH} from '../adopted.js'
import type {RecordRule} from '../rule.js'

export const scheduleMonths: RecordRule = {
  kind: 'record',
  id: SCHEDULE_MISMATCH,
  check(c) {
    if (c.record.type !== 'practice' || c.record.schedule === null || c.record.months.length === 0) return
    if (c.reported(this.id)) return
    const agreement = compareScheduleMonths(c.record.schedule, c.record.months)
    if (!agreement || agreement.agrees) return
    const marked = formatMonths(agreement.marked)
    const named = formatMonths(agreement.named)
    c.report(`Unexpected months \`${marked}\` marked in the month table, expected the months the schedule text names: \`${named}\``,
      c.place('schedule'), {actual: marked, expected: named})
  },
}
