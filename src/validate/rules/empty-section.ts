/**
 * `validate/empty-section` (warning): a section whose label is there but holds nothing. Required
 * sections are `validate/required-section` errors instead, so each gap is reported once.
 *
 *   Forma de financiamiento      ← label, then only blank lines before the next label
 *   ^^^^^^^^^^^^^^^^^^^^^^^ Unexpected empty section `Forma de financiamiento`, expected text under the label
 */
import {FIELD_LABELS} from '../../vocab/labels.js'
import {requirementsOf} from '../requirements.js'
import type {RecordRule} from '../rule.js'
import {isPresent} from '../sections.js'
import {gap} from './required-section.js'

/** Fields that are sections of a sheet; the title, country, grid and month table have their own rules. */
const SECTIONS: readonly string[] = Object.keys(FIELD_LABELS).filter((f) => !['title', 'country', 'categories', 'months'].includes(f))

export const emptySection: RecordRule = {
  kind: 'record',
  id: 'validate/empty-section',
  check(c) {
    if (c.json) return // JSON has no sections: absent values are `validate/missing-section`
    const required = new Set(requirementsOf(c.record, c.format).required.flatMap((spec) => spec.split('|')))
    const located = c.result.fieldPlaces?.get(c.record) ?? {}
    for (const field of SECTIONS) {
      if (required.has(field) || isPresent(c.record, field)) continue
      // `Otra:` is a section of its own only when its box is checked.
      if (field === 'categoryOther' && !(c.record.type === 'practice' && c.record.categories.includes('otra'))) continue
      // A month table stands in for an empty dates text.
      if (field === 'schedule' && isPresent(c.record, 'months')) continue
      const signal = c.signal(field)
      if (signal?.state === 'empty') c.supersede(signal.diagnostic)
      else if (signal || !located[field]) continue
      c.report(...gap(c, field, signal, ''))
    }
  },
}
