/**
 * A diagnostic is data with a place (after vfile-message): what, where in the ORIGINAL file,
 * which rule, how bad. Repairs are `info` diagnostics whose `actual` is the original text and
 * `expected` the repaired text.
 */
export type Severity = 'error' | 'warning' | 'info'

export interface Place {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface Diagnostic extends Place {
  severity: Severity
  /** Namespaced rule id, e.g. `month-table/cell-count`. */
  rule: string
  /** "Unexpected `X`, expected `Y`" style. */
  message: string
  file: string
  expected?: string
  actual?: string
  suggestion?: string
}

export type DiagnosticExtra = Pick<Diagnostic, 'expected' | 'actual' | 'suggestion'>

export const SEVERITY_RANK: Record<Severity, number> = {info: 0, warning: 1, error: 2}

/** Collects diagnostics for one file (vfile's `message()` / `info()` / `fail()` without the throw). */
export class Messages {
  readonly list: Diagnostic[] = []
  constructor(readonly file: string) {}

  add(severity: Severity, rule: string, message: string, place: Place, extra: DiagnosticExtra = {}): Diagnostic {
    const diagnostic: Diagnostic = {severity, rule, message, file: this.file, ...place}
    for (const key of ['expected', 'actual', 'suggestion'] as const) {
      if (extra[key] !== undefined) diagnostic[key] = extra[key]
    }
    this.list.push(diagnostic)
    return diagnostic
  }
  error(rule: string, message: string, place: Place, extra?: DiagnosticExtra) {
    return this.add('error', rule, message, place, extra)
  }
  warn(rule: string, message: string, place: Place, extra?: DiagnosticExtra) {
    return this.add('warning', rule, message, place, extra)
  }
  info(rule: string, message: string, place: Place, extra?: DiagnosticExtra) {
    return this.add('info', rule, message, place, extra)
  }
}

/** Sort by place, then severity (errors first): stable output for reporters and goldens. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule)
}
