/**
 * GitHub Actions workflow commands, one per diagnostic:
 *
 *   ::error file=sheet.txt,line=48,col=1,endLine=48,endColumn=26,title=month-table/cell-count::Unexpected …
 *
 * `info` becomes `::notice`. Data and properties are escaped as the runner expects.
 * `formatGithubSummary` writes the Markdown table for `$GITHUB_STEP_SUMMARY`.
 */
import type {Diagnostic, Severity} from '../diagnostic.js'
import {plural, summarize, unlisted, type Summary} from '../summary.js'

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

/** Rows of the step summary table, at most; GitHub caps a step summary at 1 MiB. */
export const SUMMARY_ROWS = 500

const MARK: Record<Severity, string> = {error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info'}

/**
 * The Markdown appended to `$GITHUB_STEP_SUMMARY`: GitHub shows only 10 annotations of each
 * level per step, so the summary lists every diagnostic in a table.
 *
 *   ### ❌ practices validate: 1 error, 0 warnings, 4 infos in 2 files
 *
 *   Not listed: 4 infos (`--verbose` lists them).
 *
 *   | Severity | File | Line | Rule | Message |
 *   | --- | --- | ---: | --- | --- |
 *   | ❌ error | `a.txt` | 12:1 | `validate/required-section` | Unexpected practice … |
 *
 * The heading counts everything found (`summary`, default: the diagnostics given); the table
 * lists `diagnostics`.
 */
export function formatGithubSummary(diagnostics: readonly Diagnostic[], summary: Summary = summarize(diagnostics, new Set(diagnostics.map((d) => d.file)).size)): string {
  const s = summary
  const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), ...(s.infos > 0 ? [plural(s.infos, 'info')] : [])]
  let out = `### ${s.errors > 0 ? '❌' : s.warnings > 0 ? '⚠️' : '✅'} practices validate: ${counts.join(', ')} in ${plural(s.files, 'file')}\n\n`
  const hidden = unlisted(s, summarize(diagnostics, s.files))
  const notListed = [
    ...(hidden.warnings > 0 ? [`${plural(hidden.warnings, 'warning')} (\`--quiet\`)`] : []),
    ...(hidden.infos > 0 ? [`${plural(hidden.infos, 'info')} (\`--verbose\` lists them)`] : []),
  ]
  if (notListed.length > 0) out += `Not listed: ${notListed.join(', ')}.\n\n`
  if (diagnostics.length === 0) return out
  out += '| Severity | File | Line | Rule | Message |\n| --- | --- | ---: | --- | --- |\n'
  for (const d of diagnostics.slice(0, SUMMARY_ROWS)) {
    out += `| ${MARK[d.severity]} | ${codeCell(d.file)} | ${d.line}:${d.column} | ${codeCell(d.rule)} | ${cell(d.message)} |\n`
  }
  if (diagnostics.length > SUMMARY_ROWS) out += `\n… and ${diagnostics.length - SUMMARY_ROWS} more (run \`practices validate\` locally for all of them).\n`
  return out + '\n'
}

/** Text for a table cell: one line, `|` escaped (GFM escapes it even inside code spans). */
function cell(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|')
}

function codeCell(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|')}\``
}
