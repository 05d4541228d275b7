/** Helpers shared by the commands: what to show on stderr, and the exit code of a run. */
import type {Diagnostic} from '../diagnostics/diagnostic.js'
import {formatPretty} from '../diagnostics/reporters/pretty.js'
import type {DocumentResult} from '../pipeline/index.js'
import {colorLevel} from './color.js'
import {EXIT, worst} from './exit-codes.js'
import type {CliIO, OutStream} from './io.js'
import type {CommonOptions} from './options.js'

/** Diagnostics a person should see: errors always; warnings unless quiet; info when verbose. */
export function visible(diagnostics: readonly Diagnostic[], options: CommonOptions): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' || (d.severity === 'warning' && !options.quiet) || (d.severity === 'info' && options.verbose))
}

export function prettyFor(stream: OutStream, io: CliIO, options: CommonOptions, results: readonly DocumentResult[], diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map(results.map((r) => [r.path, r.doc?.lines]))
  return formatPretty(diagnostics, {
    color: colorLevel(options.color, io.env, stream.isTTY),
    lines: (file) => byFile.get(file),
    files: results.length,
  })
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
