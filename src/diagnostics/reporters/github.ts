/**
 * GitHub Actions workflow commands, one per diagnostic:
 *
 *   ::error file=sheet.txt,line=48,col=1,endLine=48,endColumn=26,title=month-table/cell-count::Unexpected …
 *
 * `info` becomes `::notice`. Data and properties are escaped as the runner expects.
 */
import type {Diagnostic, Severity} from '../diagnostic.js'

const COMMAND: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => {
    const props = [
      `file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`,
      `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProperty(d.rule)}`,
    ].join(',')
    return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}\n`
  }).join('')
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
