/**
 * The validate gate, in one place:
 *
 *   document result → enforce severities of parser rules (adopted.ts) → record rules → digest
 *   digests of the run → run rules (across files) → drop what they supersede
 *
 * `checkDocument` runs as each document comes out of the pipeline and keeps only a digest of its
 * records, so memory stays flat however many sheets a CI run submits.
 */
import {compareDiagnostics, diagnostic, type Diagnostic, type Place} from '../diagnostics/diagnostic.js'
import {gateSeverity, RULE_IDS, RULES as CATALOGUE, type RuleInfo} from '../diagnostics/rules.js'
import type {DocumentResult} from '../pipeline/result.js'
import {enforce} from './adopted.js'
import {findings, originFormats, recordCheck, recordPlace} from './record-check.js'
import type {RecordDigest, RunRule, ValidateRule} from './rule.js'
import {categoryChecked} from './rules/category-checked.js'
import {duplicatePractice} from './rules/duplicate-practice.js'
import {emptySection} from './rules/empty-section.js'
import {missingSection} from './rules/missing-section.js'
import {monthsOrder} from './rules/months-order.js'
import {municipalityKnown} from './rules/municipality.js'
import {requiredSection} from './rules/required-section.js'
import {scheduleMonths} from './rules/schedule-months.js'
import {templateText} from './rules/template-text.js'

/** The rule set, in the order rules run and are documented. */
export const RULES: readonly ValidateRule[] = [
  requiredSection, categoryChecked, missingSection, emptySection, templateText, monthsOrder,
  scheduleMonths, municipalityKnown, duplicatePractice,
]


/** Every rule with the severity the gate gives it, for SARIF's rule entries. */
export const RULE_DOCS = RULE_IDS.map((id) => {
  const info: RuleInfo = CATALOGUE[id]
  return {id, severity: gateSeverity(id), description: info.description, ...(info.example ? {example: info.example} : {})}
})

export interface DocumentCheck {
  /** The document's diagnostics with the gate's severities, plus the record rules', sorted. */
  diagnostics: Diagnostic[]
  /** What run rules need to know about each record. */
  digests: RecordDigest[]
}

export function checkDocument(result: DocumentResult, rules: readonly ValidateRule[] = RULES): DocumentCheck {
  const enforced = {...result, diagnostics: result.diagnostics.map(enforce)}
  const found = findings(enforced.diagnostics)
  const formats = originFormats(result)
  for (const record of result.records) {
    found.recordStart = found.found.length
    for (const rule of rules) {
      if (rule.kind === 'record') rule.check(recordCheck(rule, record, enforced, found, formats.get(record)))
    }
  }
  const kept = enforced.diagnostics.filter((d) => !found.superseded.has(d))
  return {diagnostics: [...kept, ...found.found].sort(compareDiagnostics), digests: digest(result)}
}

/** Runs the rules across files; returns their diagnostics and a filter for what they supersede. */
export function checkRun(digests: readonly RecordDigest[], rules: readonly ValidateRule[] = RULES): {diagnostics: Diagnostic[]; keep: (d: Diagnostic) => boolean} {
  const found: Diagnostic[] = []
  const runRules = rules.filter((r): r is RunRule => r.kind === 'run')
  for (const rule of runRules) {
    rule.check(digests, (file: string, message: string, place: Place, extra = {}) => {
      found.push(diagnostic(file, rule.id, message, place, {...extra, severity: gateSeverity(rule.id)}))
    })
  }
  const superseded = runRules.flatMap((rule) => (rule.supersedes ? [rule.supersedes(found)] : []))
  return {diagnostics: found, keep: (d) => !superseded.some((test) => test(d))}
}

/** Record digests; the base id of a renamed repeat comes from the pipeline's `id/duplicate`. */
function digest(result: DocumentResult): RecordDigest[] {
  const renamed = new Map<string, string>()
  for (const d of result.diagnostics) {
    if (d.rule === 'id/duplicate' && d.expected !== undefined && d.actual !== undefined) renamed.set(d.expected, d.actual)
  }
  return result.records.map((record) => ({
    id: record.id,
    baseId: renamed.get(record.id) ?? record.id,
    type: record.type,
    title: record.type === 'practice' ? record.title : null,
    file: result.path,
    place: result.fieldPlaces?.get(record)?.title ?? recordPlace(result, record),
  }))
}
