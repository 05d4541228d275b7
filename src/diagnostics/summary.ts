/**
 * What a run found: every diagnostic counted, whether a reporter lists it or not (`--quiet` hides
 * warnings, infos are listed only with `--verbose`; the counts stay the same).
 */
import type {Diagnostic, Severity} from './diagnostic.js'

export interface Summary {
  files: number
  errors: number
  warnings: number
  infos: number
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length
  return {files, errors: count('error'), warnings: count('warning'), infos: count('info')}
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Counts of `summary` that `listed` leaves out (hidden warnings and infos), for "not shown" notes. */
export function unlisted(summary: Summary, listed: readonly Diagnostic[]): {warnings: number; infos: number} {
  const shown = summarize(listed, summary.files)
  return {warnings: Math.max(0, summary.warnings - shown.warnings), infos: Math.max(0, summary.infos - shown.infos)}
}
