/**
 * The default reporter, for people at a terminal:
 *
 *   sheet.txt:48:1: error Unexpected 13 cells in the month row, expected 12  month-table/cell-count
 *     48 | ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓
 *        | ^^^^^^^^^^^^^^^^^^^^^^^^^
 *   ✖ 1 error, 0 warnings, 3 infos in 1 file (not shown: 3 infos (--verbose shows them))
 *
 * The summary line counts everything found, listed or not.
 * Colour is an option passed in (a chalk level), never read from the environment here.
 */
import {Chalk, type ChalkInstance} from 'chalk'
import type {Diagnostic} from '../diagnostic.js'
import {plural, summarize, unlisted, type Summary} from '../summary.js'

export interface PrettyOptions {
  /** chalk colour level: 0 = none. */
  color: 0 | 1 | 2 | 3
  /** Source lines by file, to show the offending line with a caret. */
  lines?: (file: string) => readonly string[] | undefined
  /** Number of files checked, for the summary line. */
  files?: number
  /**
   * The closing summary line: what was found, listed or not, which it counts and says how many
   * were not shown (default: the diagnostics given). `false`: no summary line (a command that
   * prints documents one by one prints one total at the end instead, `formatSummary`).
   */
  summary?: Summary | false
}

const WINDOW = 100

export function formatPretty(diagnostics: readonly Diagnostic[], options: PrettyOptions): string {
  const c = new Chalk({level: options.color})
  const paint = {error: c.red, warning: c.yellow, info: c.blue}
  let out = ''
  for (const d of diagnostics) {
    out += `${c.bold(`${d.file}:${d.line}:${d.column}`)}: ${paint[d.severity](d.severity)} ${d.message}  ${c.dim(d.rule)}\n`
    const source = options.lines?.(d.file)?.[d.line - 1]
    if (source !== undefined && source.trim()) out += excerpt(c, source, d)
    if (d.suggestion !== undefined) out += `  ${c.dim('=')} ${c.green(`did you mean \`${d.suggestion}\`?`)}\n`
  }
  if (options.summary === false) return out
  const s = options.summary ?? summarize(diagnostics, options.files ?? new Set(diagnostics.map((d) => d.file)).size)
  return out + formatSummary(s, options.color, unlisted(s, summarize(diagnostics, s.files)))
}

/** `✖ 1 error, 2 warnings, 0 infos in 3 files (not shown: 69 infos (--verbose shows them))` */
export function formatSummary(s: Summary, color: PrettyOptions['color'], hidden: {warnings: number; infos: number} = {warnings: 0, infos: 0}): string {
  const c = new Chalk({level: color})
  const mark = s.errors > 0 ? c.red('✖') : s.warnings > 0 ? c.yellow('⚠') : c.green('✔')
  return `${mark} ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${plural(s.files, 'file')}${c.dim(notShown(hidden))}\n`
}

/** ` (not shown: 8 warnings (--quiet), 69 infos (--verbose shows them))`, or nothing. */
export function notShown(hidden: {warnings: number; infos: number}): string {
  const parts = [
    ...(hidden.warnings > 0 ? [`${plural(hidden.warnings, 'warning')} (--quiet)`] : []),
    ...(hidden.infos > 0 ? [`${plural(hidden.infos, 'info')} (--verbose shows them)`] : []),
  ]
  return parts.length > 0 ? ` (not shown: ${parts.join(', ')})` : ''
}

/** The source line (tabs shown as one space, so carets line up) with carets under the span. */
function excerpt(c: ChalkInstance, source: string, d: Diagnostic): string {
  const text = source.replace(/[\t\f\v]/g, ' ')
  const startCol = Math.max(1, d.column)
  const endCol = d.endLine === d.line ? Math.max(startCol + 1, d.endColumn) : text.length + 1
  let from = 0
  if (startCol - 1 > WINDOW - 20) from = startCol - 1 - 20
  const shown = text.slice(from, from + WINDOW)
  const prefix = from > 0 ? '…' : ''
  const suffix = from + WINDOW < text.length ? '…' : ''
  const gutter = String(d.line)
  const caretStart = startCol - 1 - from + prefix.length
  const caretLength = Math.max(1, Math.min(endCol - startCol, shown.length - (startCol - 1 - from)))
  return `  ${c.dim(`${gutter} |`)} ${prefix}${shown}${suffix}\n` +
    `  ${c.dim(`${' '.repeat(gutter.length)} |`)} ${' '.repeat(caretStart)}${c.red('^'.repeat(caretLength))}\n`
}
