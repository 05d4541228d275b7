import type {Diagnostic} from '../diagnostic.js'
import {summarize, type Summary} from '../summary.js'

/** Version of the JSON report layout; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1

/**
 * A stable, versioned JSON report: `{version, tool, summary, diagnostics}`. `summary` counts
 * everything found (default: the diagnostics given); `diagnostics` are the ones listed.
 */
export function formatJson(diagnostics: readonly Diagnostic[], summary: Summary = summarize(diagnostics, new Set(diagnostics.map((d) => d.file)).size)): string {
  const report = {
    version: JSON_REPORT_VERSION,
    tool: 'practices',
    summary,
    diagnostics: diagnostics.map((d) => ({
      file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
      severity: d.severity, rule: d.rule, message: d.message,
      ...(d.expected !== undefined ? {expected: d.expected} : {}),
      ...(d.actual !== undefined ? {actual: d.actual} : {}),
      ...(d.suggestion !== undefined ? {suggestion: d.suggestion} : {}),
    })),
  }
  return JSON.stringify(report, null, 2) + '\n'
}
