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
