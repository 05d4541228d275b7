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
import {explainedBy} from '../adopted.js'
import {requirementsOf} from '../requirements.js'
import type {RecordCheck, RecordRule, SectionSignal} from '../rule.js'
import {isPresent, placeOf, recordName, sectionName} from '../sections.js'

/** Where a document of each format prints a practice's title. */
const TITLE_WHERE: Record<string, string> = {
  ficha: 'a title line before `MUNICIPALIDAD`',
  factsheet: 'the practice\'s name in the `#` heading',
}

export const requiredSection: RecordRule = {
  kind: 'record',
  id: 'validate/required-section',
  severity: 'error',
  description: 'A record has every section its format requires, with text. Ficha and fact sheet: title, `MUNICIPALIDAD` (comuna), `Breve descripción`, `Líneas Sello` (categories: `validate/category-checked`). Gobernanza: title. PMM annex practice: title and PMM objective. Practice-repository page: title and summary. PMM objective: number, short name, statement. Network report: initiative.',
  example: 'Unexpected practice `Festival Multicultural` without `Breve descripción`, expected a `Breve descripción` section with text',
  check(c) {
    for (const spec of requirementsOf(c.record, c.format).required) {
      if (isPresent(c.record, spec)) continue
      const field = spec.split('|')[0]!
      const explained = explainedBy(field)
      if (explained.length > 0 && c.reported((rule) => explained.includes(rule))) continue
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
  const name = sectionName(field, c.result.format)
  const located = c.json ? undefined : c.result.fieldPlaces?.get(c.record)?.[field]
  const place = signal ? placeOf(signal.diagnostic) : located ?? c.place(field)
  if (c.json) return [`Unexpected empty value at \`${field}\` (\`${name}\`), expected a value`, place, {expected: name}]
  if (signal?.state === 'empty' || (!signal && located)) return [`Unexpected empty section \`${name}\`, expected text under the label`, place, {expected: name}]
  if (field === 'municipality' && c.result.format === 'ficha') return [`Unexpected ${recordName(c.record)} without a comuna, expected the comuna's name under \`MUNICIPALIDAD\``, place, {expected: name}]
  if (field === 'title') return [`Unexpected ${recordName(c.record)}, expected ${TITLE_WHERE[c.result.format ?? ''] ?? 'a title'}`, place, {expected: name}]
  return [`Unexpected ${recordName(c.record)} without \`${name}\`, expected a \`${name}\` section ${wanted}`.trimEnd(), place, {expected: name}]
}
