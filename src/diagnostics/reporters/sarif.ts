/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub `upload-sarif`, Azure DevOps, IDE viewers):
 *
 *   {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "practices", "rules": [
 *     {"id": "validate/required-section", "defaultConfiguration": {"level": "error"}, …}]}},
 *    "results": [{"ruleId": "validate/required-section", "ruleIndex": 0, "level": "error",
 *      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "submissions/a.txt"},
 *        "region": {"startLine": 12, "startColumn": 1, "endLine": 12, "endColumn": 18}}}]}]}]}
 *
 * One rule entry per rule id: every documented rule, then any other id the diagnostics use.
 * Columns are UTF-16 code units (`columnKind`), end columns exclusive, as in our diagnostics.
 * The tool links its documentation (`informationUri`) and each rule its table (`helpUri`) when
 * given. Standard input is no file: its locations have a description and no URI.
 */
import {isAbsolute} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Diagnostic, Severity} from '../diagnostic.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifRuleDoc {
  id: string
  severity: Severity
  description: string
  example?: string
  /** Absolute URL of the rule's documentation. */
  helpUri?: string | undefined
}

export interface SarifOptions {
  /** The tool's version, e.g. `0.1.0`. */
  version: string
  /** Absolute URL of the tool's documentation. */
  informationUri?: string
  /** Documented rules (their order is kept). */
  rules?: readonly SarifRuleDoc[]
}

/** The path diagnostics give standard input (`-`). */
export const STDIN_PATH = '<stdin>'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions = {version: '0.0.0'}): string {
  const rules = ruleEntries(diagnostics, options.rules ?? [])
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {driver: {name: 'practices', version: options.version, semanticVersion: options.version,
        ...(options.informationUri ? {informationUri: options.informationUri} : {}), rules}},
      columnKind: 'utf16CodeUnits',
      results: diagnostics.map((d) => ({
        ruleId: d.rule,
        ruleIndex: index.get(d.rule)!,
        level: LEVEL[d.severity],
        message: {text: d.suggestion === undefined ? d.message : `${d.message} (did you mean \`${d.suggestion}\`?)`},
        locations: [{physicalLocation: {artifactLocation: artifact(d.file), region: region(d)}}],
        ...(d.expected !== undefined || d.actual !== undefined || d.suggestion !== undefined
          ? {properties: {...pick(d, 'expected'), ...pick(d, 'actual'), ...pick(d, 'suggestion')}}
          : {}),
      })),
    }],
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function ruleEntries(diagnostics: readonly Diagnostic[], documented: readonly SarifRuleDoc[]) {
  const docs = new Map(documented.map((doc) => [doc.id, doc]))
  for (const d of [...diagnostics].sort((a, b) => a.rule.localeCompare(b.rule))) {
    if (!docs.has(d.rule)) docs.set(d.rule, {id: d.rule, severity: d.severity, description: `Reported by practices as \`${d.rule}\`.`})
  }
  return [...docs.values()].map((doc) => ({
    id: doc.id,
    name: ruleName(doc.id),
    shortDescription: {text: firstSentence(doc.description)},
    fullDescription: {text: doc.description},
    defaultConfiguration: {level: LEVEL[doc.severity]},
    help: {text: doc.example ? `${doc.description}\nExample: ${doc.example}` : doc.description},
    ...(doc.helpUri ? {helpUri: doc.helpUri} : {}),
  }))
}

/** `validate/required-section` → `ValidateRequiredSection` (SARIF rule names are identifiers). */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/)
  return end < 0 ? text : text.slice(0, end + 1)
}

/**
 * A relative path as a relative URI (against the checkout, `%SRCROOT%`); an absolute one as
 * `file://`; standard input, which has no URI, as a description.
 */
export function artifact(file: string): {uri: string; uriBaseId?: string} | {description: {text: string}} {
  if (file === STDIN_PATH) return {description: {text: 'standard input'}}
  if (isAbsolute(file)) return {uri: pathToFileURL(file).href}
  const uri = file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/')
  return {uri, uriBaseId: '%SRCROOT%'}
}

function region(d: Diagnostic) {
  const endLine = Math.max(d.line, d.endLine)
  const endColumn = endLine === d.line ? Math.max(d.column, d.endColumn) : Math.max(1, d.endColumn)
  return {startLine: d.line, startColumn: Math.max(1, d.column), endLine, endColumn}
}

function pick(d: Diagnostic, key: 'expected' | 'actual' | 'suggestion'): Record<string, string> {
  return d[key] === undefined ? {} : {[key]: d[key]}
}
