import type {Diagnostic} from '../diagnostic.js'

/** SARIF 2.1.0 (filled in by the validate issue). */
export function formatSarif(diagnostics: readonly Diagnostic[]): string {
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{tool: {driver: {name: 'practices', rules: []}}, results: diagnostics.map((d) => ({ruleId: d.rule, level: d.severity === 'info' ? 'note' : d.severity, message: {text: d.message}}))}],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
