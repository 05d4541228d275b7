/** Helpers shared by the commands: what to show on stderr, and the exit code of a run. */
import {shown, type Diagnostic} from '../diagnostics/diagnostic.js'
import {formatPretty, formatSummary} from '../diagnostics/reporters/pretty.js'
import {tally, unlisted, type Summary} from '../diagnostics/summary.js'
import type {DocumentResult} from '../pipeline/index.js'
import {colorLevel, type ColorLevel} from './color.js'
import {EXIT, worst} from './exit-codes.js'
import type {CliIO} from './io.js'
import type {CommonOptions} from './options.js'

/** Diagnostics a person should see: errors always; warnings unless quiet; info when verbose. */
export function visible(diagnostics: readonly Diagnostic[], options: CommonOptions): Diagnostic[] {
  return diagnostics.filter((d) => shown(d.severity, options))
}

/** The colour level of a command's stderr. */
export function stderrColor(io: CliIO, options: CommonOptions): ColorLevel {
  return colorLevel(options.color, io.env, io.stderr.isTTY)
}

/** The diagnostics of one result (a document, or a part of one), with the lines they point at; no summary line. */
export function prettyFor(color: ColorLevel, result: DocumentResult, diagnostics: readonly Diagnostic[]): string {
  return formatPretty(diagnostics, {
    color,
    lines: (file) => (file === result.path ? result.lines : undefined),
    summary: false,
  })
}

/**
 * What `parse` and `export` print on stderr as documents come: each document's diagnostics, then
 * one total for the run (not one per document), when anything was shown.
 */
export class StderrReport {
  private readonly total: Summary = {files: 0, errors: 0, warnings: 0, infos: 0}
  private readonly listed: Summary = {files: 0, errors: 0, warnings: 0, infos: 0}
  private shown = false
  private code: number = EXIT.ok
  /** Read once: the environment is looked up through the process on every read. */
  private readonly color: ColorLevel

  constructor(private readonly io: CliIO, private readonly options: CommonOptions) {
    this.color = stderrColor(io, options)
  }

  /** Prints `result`'s visible diagnostics and counts the document; returns the run's exit code so far. */
  add(result: DocumentResult): number {
    if (!result.more) this.total.files++
    // Everything found is counted; what is not listed is named in the total (README "Diagnostics").
    tally(this.total, result.diagnostics)
    if (result.unlisted) {
      this.total.warnings += result.unlisted.warnings
      this.total.infos += result.unlisted.infos
    }
    const shown = visible(result.diagnostics, this.options)
    tally(this.listed, shown)
    if (shown.length > 0) {
      this.shown = true
      this.io.stderr.write(prettyFor(this.color, result, shown))
    }
    this.code = worst(this.code, exitCodeOf([result]))
    return this.code
  }

  get exitCode(): number {
    return this.code
  }

  /** The closing total (`✖ 1 error, 2 warnings, 9 infos in 3,000 files (not shown: 9 infos …)`), when any diagnostic was shown. */
  finish(): void {
    if (this.shown) this.io.stderr.write(formatSummary(this.total, this.color, unlisted(this.total, this.listed)))
  }
}

/** Detection evidence, for `--verbose`. */
export function evidence(result: DocumentResult): string {
  const d = result.detection
  if (!d) return ''
  const head = `${result.path}: ${result.format ? `format \`${result.format}\`` : 'unknown format'} (score ${d.score})`
  return [head, ...d.evidence.map((e) => `  + ${e}`)].join('\n') + '\n'
}

/** 0 ok, 1 an error diagnostic, 3 an input could not be read or processed. */
export function exitCodeOf(results: readonly DocumentResult[]): number {
  return worst(...results.map((r) => (r.failed ? EXIT.failure : r.diagnostics.some((d) => d.severity === 'error') ? EXIT.invalid : EXIT.ok)))
}
