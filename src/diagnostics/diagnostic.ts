/**
 * A diagnostic is data with a place (after vfile-message): what, where in the ORIGINAL file,
 * which rule, how bad. Repairs are `info` diagnostics whose `actual` is the original text and
 * `expected` the repaired text.
 */
import {detach} from '../text/detach.js'
import {RULES, type RuleId, type Severity} from './rules.js'

export type {Severity} from './rules.js'

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

/** What a report may add to a message: expected/actual/suggestion, and a severity other than the rule's default. */
export interface ReportExtra extends DiagnosticExtra {
  severity?: Severity
}

export const SEVERITY_RANK: Record<Severity, number> = {info: 0, warning: 1, error: 2}

/**
 * The one way to build a diagnostic: `rule` from the catalogue (rules.ts), whose default severity
 * it takes unless `extra.severity` says otherwise.
 */
export function diagnostic(file: string, rule: RuleId, message: string, place: Place, extra: ReportExtra = {}): Diagnostic {
  const d: Diagnostic = {severity: extra.severity ?? RULES[rule].severity, rule, message, file, line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn}
  if (extra.expected !== undefined) d.expected = extra.expected
  if (extra.actual !== undefined) d.actual = extra.actual
  if (extra.suggestion !== undefined) d.suggestion = extra.suggestion
  return d
}

/**
 * What a construct that reads a fragment (a table cell, a line's text) finds before it knows
 * where the fragment sits in the file: the caller gives it a place with `Messages.found`.
 * `at` locates it in the fragment (an offset and length, a line, the text concerned).
 */
export interface Finding<At> extends ReportExtra {
  rule: RuleId
  message: string
  at: At
}

/**
 * Collects diagnostics for one file (vfile's `message()` / `info()` / `fail()` without the throw).
 * With `{infos: false}`, infos are counted by rule and not kept: a command that lists none of
 * them (without `--verbose`) need not hold one for every second line of OCR slides.
 */
/** What a reporter lists (`--quiet`, `--verbose`). */
export interface ShownFilter {
  quiet: boolean
  verbose: boolean
}

/** Whether a diagnostic of `severity` is shown: errors always, warnings unless quiet, infos when verbose. */
export function shown(severity: Severity, options: ShownFilter): boolean {
  return severity === 'error' || (severity === 'warning' && !options.quiet) || (severity === 'info' && options.verbose)
}

export class Messages {
  readonly list: Diagnostic[] = []
  /** Infos not kept (`infos: false`), by rule: counted only. */
  readonly countedOnly = new Map<RuleId, number>()
  /** Whether infos are kept in `list`. */
  readonly infos: boolean
  /** What the caller will list of these diagnostics, when it says (see `PipelineOptions.listed`). */
  readonly listed?: ShownFilter

  constructor(readonly file: string, options: {infos?: boolean; listed?: ShownFilter} = {}) {
    this.infos = options.infos ?? true
    if (options.listed) this.listed = options.listed
  }

  report(rule: RuleId, message: string, place: Place, extra?: ReportExtra): Diagnostic {
    const d = diagnostic(this.file, rule, message, place, extra)
    if (this.infos || d.severity !== 'info') this.list.push(d)
    else this.countedOnly.set(rule, (this.countedOnly.get(rule) ?? 0) + 1)
    return d
  }

  /** Reports a construct's finding at `place` (where its `at` is in the file). */
  found(finding: Finding<unknown>, place: Place): Diagnostic {
    return this.report(finding.rule, finding.message, place, finding)
  }

  /** How many infos were counted only. */
  get counted(): number {
    let counted = 0
    for (const n of this.countedOnly.values()) counted += n
    return counted
  }

  /** How many diagnostics were reported, kept or counted only. */
  get size(): number {
    return this.list.length + this.counted
  }

  /** Moves the diagnostics of `from` (those of the rules `which` takes), kept and counted, into this. */
  take(from: Messages, which: (rule: string) => boolean = () => true): void {
    for (const d of from.list.splice(0)) if (which(d.rule)) this.list.push(d)
    for (const [rule, n] of from.countedOnly) if (which(rule)) this.countedOnly.set(rule, (this.countedOnly.get(rule) ?? 0) + n)
    from.countedOnly.clear()
  }
}

/** Sort by place, then severity (errors first): stable output for reporters and goldens. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule)
}

/**
 * `d` with its texts copied out of the document they quote (text/detach.ts): a diagnostic kept
 * after its document is done (validate keeps a run's) must not keep the document in memory.
 */
export function detached(d: Diagnostic): Diagnostic {
  d.message = detach(d.message)
  if (d.expected !== undefined) d.expected = detach(d.expected)
  if (d.actual !== undefined) d.actual = detach(d.actual)
  if (d.suggestion !== undefined) d.suggestion = detach(d.suggestion)
  return d
}
