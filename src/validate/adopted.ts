/**
 * Rules that the parsers and the pipeline report while reading, which `validate` does not check a
 * second time: the gate gives them the severity the catalogue names as their `gate` (a parser may
 * only warn; a CI gate must fail an unknown comuna, and a month table whose marks cannot be
 * bound). Any other rule keeps its emitter's severity.
 */
import type {Diagnostic} from '../diagnostics/diagnostic.js'
import {ruleInfo, type RuleId} from '../diagnostics/rules.js'

export const UNKNOWN_CATEGORY = 'checkbox-grid/unknown-label'
export const UNKNOWN_SELLO_LINE = 'sello-lines/unknown-line'
export const UNKNOWN_COMUNA = 'municipality/unknown'
export const SCHEDULE_MISMATCH = 'schedule/month-mismatch'

/**
 * Parser reports about a section, taken over by the section rules (`validate/required-section`,
 * `validate/missing-section`, `validate/empty-section`, `validate/category-checked`): the field
 * is fixed, or read from the report's `expected` (the section's printed label).
 */
export const SECTION_SIGNALS: ReadonlyArray<{rule: RuleId; state: 'empty' | 'missing'; field?: string}> = [
  {rule: 'ficha/missing-title', state: 'missing', field: 'title'},
  {rule: 'municipality/missing', state: 'missing', field: 'municipality'},
  {rule: 'ficha/empty-section', state: 'empty'},
  {rule: 'ficha/missing-section', state: 'missing'},
]

/** Ids of adopted rules whose report already explains an absent `field`. */
export function explainedBy(field: string): readonly RuleId[] {
  switch (field) {
    case 'municipality': return [UNKNOWN_COMUNA]
    case 'selloLines': return [UNKNOWN_SELLO_LINE]
    case 'categories': return [UNKNOWN_CATEGORY]
    default: return []
  }
}

/**
 * The diagnostic with the severity the gate gives its rule (the same object when unchanged).
 * Rules without a gate severity keep the severity their emitter gave.
 */
export function enforce(diagnostic: Diagnostic): Diagnostic {
  const severity = ruleInfo(diagnostic.rule)?.gate
  return severity && severity !== diagnostic.severity ? {...diagnostic, severity} : diagnostic
}
