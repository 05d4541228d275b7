/**
 * `validate/category-checked` (error): a ficha (or fact sheet) has at least one category box
 * checked. A checked box whose label is unknown is already an error of its own (adopted.ts), so
 * it is not reported twice.
 *
 *   <input type="checkbox"/>\tSociolaboral      ← every box of the grid unchecked
 *   ^ Unexpected category grid without a checked box, expected at least one of `Sociolaboral`, …
 */
import {CATEGORIES} from '../../vocab/categories.js'
import {explainedBy} from '../adopted.js'
import {requirementsOf} from '../requirements.js'
import type {RecordRule} from '../rule.js'
import {placeOf, recordName, sectionName} from '../sections.js'

export const categoryChecked: RecordRule = {
  kind: 'record',
  id: 'validate/category-checked',
  check(c) {
    if (c.record.type !== 'practice' || c.record.categories.length > 0) return
    if (!requirementsOf(c.record, c.format).required.includes('categories')) return
    const explained = explainedBy('categories')
    if (c.reported((rule) => (explained as readonly string[]).includes(rule))) return
    const signal = c.signal('categories')
    if (signal) c.supersede(signal.diagnostic)
    const names = CATEGORIES.map((category) => `\`${category.label}\``).join(', ')
    const grid = c.json ? undefined : c.result.fieldPlaces?.get(c.record)?.categories
    const expected = `at least one of ${names} checked`
    const label = sectionName('categories', c.result.format, c.record)
    const extra = {expected: 'a category'}
    if (c.json) c.report(`Unexpected empty value at \`categories\`, expected ${expected}`, c.place('categories'), extra)
    else if (grid) c.report(`Unexpected category grid without a checked box, expected ${expected}`, grid, extra)
    else if (signal?.state === 'empty') c.report(`Unexpected empty section \`${label}\`, expected ${expected}`, placeOf(signal.diagnostic), extra)
    else c.report(`Unexpected ${recordName(c.record)} without a \`${label}\` grid, expected ${expected}`, signal ? placeOf(signal.diagnostic) : c.place('categories'), extra)
  },
}
