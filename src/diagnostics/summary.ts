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

const KEY: Record<Severity, 'errors' | 'warnings' | 'infos'> = {error: 'errors', warning: 'warnings', info: 'infos'}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  return tally({files, errors: 0, warnings: 0, infos: 0}, diagnostics)
}

/** Adds `diagnostics` to the counts of `summary` (a run's total, document after document). */
export function tally(summary: Summary, diagnostics: readonly Diagnostic[]): Summary {
  for (const d of diagnostics) summary[KEY[d.severity]]++
  return summary
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Counts of `summary` that the counts of what was `listed` leave out: hidden warnings and infos, for "not shown" notes. */
export function unlisted(summary: Summary, listed: Summary): {warnings: number; infos: number} {
  return {warnings: Math.max(0, summary.warnings - listed.warnings), infos: Math.max(0, summary.infos - listed.infos)}
}
