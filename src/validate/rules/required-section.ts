/**
 * `validate/required-section` (error): a record has every section its format requires
 * (requirements.ts). A section whose label is there but holds no text is reported at the label;
 * an absent one at the start of the record (or where the parser noticed it was missing, whose
 * warning this error replaces). An unknown comuna or Sello line already reported explains the
 * gap, so it is not reported twice.
 *
 *   Breve descripción
 *   ^^^^^^^^^^^^^^^^^ Unexpected empty section `Breve descripción`, expected text under the label
 */
import type {Place} from '../../diagnostics/diagnostic.js'
import {formatById} from '../../formats/registry.js'
import {explainedBy} from '../adopted.js'
import {requirementsOf} from '../requirements.js'
import type {RecordCheck, RecordRule, SectionSignal} from '../rule.js'
import {isPresent, placeOf, recordName, sectionName} from '../sections.js'

/** Required fields that a rule of their own checks (a grid needs a checked box, not text). */
const OWNED_ELSEWHERE = new Set(['categories'])

export const requiredSection: RecordRule = {
  kind: 'record',
  id: 'validate/required-section',
  check(c) {
    for (const spec of requirementsOf(c.record, c.format).required) {
      if (OWNED_ELSEWHERE.has(spec) || isPresent(c.record, spec)) continue
      const field = spec.split('|')[0]!
      const explained = explainedBy(field)
      if (explained.length > 0 && c.reported((rule) => (explained as readonly string[]).includes(rule))) continue
      const signal = c.signal(field)
      if (signal) c.supersede(signal.diagnostic)
      c.report(...gap(c, field, signal, 'with text'))
    }
  },
}

/**
 * The message and place for a section that is empty (its label located, or reported empty by the
 * parser) or absent, in the words of the document: JSON values, sheet labels, fact-sheet headings.
 */
export function gap(c: RecordCheck, field: string, signal: SectionSignal | undefined, wanted: string): [string, Place, {expected: string}] {
  const name = sectionName(field, c.result.format, c.record)
  const located = c.json ? undefined : c.result.fieldPlaces?.get(c.record)?.[field]
  const place = signal ? placeOf(signal.diagnostic) : located ?? c.place(field)
  if (c.json) return [`Unexpected empty value at \`${field}\` (\`${name}\`), expected a value`, place, {expected: name}]
  if (signal?.state === 'empty' || (!signal && located)) return [`Unexpected empty section \`${name}\`, expected text under the label`, place, {expected: name}]
  const printed = c.result.format === null ? undefined : formatById(c.result.format)?.expectedAt?.[field]
  // A record without a title is already named so: `practice without a title`.
  if (field === 'title') return [`Unexpected ${recordName(c.record)}, expected ${printed?.where ?? 'a title'}`, place, {expected: name}]
  if (printed) return [`Unexpected ${recordName(c.record)} without ${printed.what ?? `\`${name}\``}, expected ${printed.where}`, place, {expected: name}]
  return [`Unexpected ${recordName(c.record)} without \`${name}\`, expected a \`${name}\` section ${wanted}`.trimEnd(), place, {expected: name}]
}
