/**
 * The category grid → `categories` (in vocabulary order) and `categoryOther`.
 *
 *   <input checked="" type="checkbox"/>\tOtra: Regularización   → `otra`, categoryOther `Regularización`
 *   <input type="checkbox"/>\tOtra: Regularización              → nothing: an unchecked box selects nothing,
 *                                                                  so categoryOther stays null
 *
 * A `Categoría` section with free text instead of a grid (`Sociolaboral y capacitaciones`) is
 * read item by item: a repair, reported as info `checkbox-grid/free-text`.
 */
import {markedIds, readGrid, type GridLine} from '../../constructs/checkbox-grid.js'
import {matchLabel} from '../../constructs/label-match.js'
import {paragraphs, spanOn, type SourceLine} from '../../constructs/labelled-sections.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import type {Practice} from '../../schema/records.js'
import type {CategoryId} from '../../vocab/categories.js'
import {CATEGORY_SPECS} from './labels.js'
import {trimEndWhere} from '../../text/trim.js'

const OTHER: CategoryId = 'otra'

export function readGridCategories(ctx: ParseContext, record: Practice, grid: readonly GridLine[]): void {
  const choices = readGrid(grid, CATEGORY_SPECS, {messages: ctx.messages, repair: ctx.options.repair, noun: 'category', fuzzyRule: 'category/fuzzy-match'})
  for (const choice of choices) {
    if (choice.problem) ctx.leave(choice.problem.at, choice.problem.rule, choice.problem.message, choice.problem)
    else ctx.claim(choice.line.source.line)
  }
  record.categories = markedIds(choices, CATEGORY_SPECS)
  const first = grid[0]!.source, last = grid.at(-1)!.source
  ctx.locate(record, 'categories', spanFromTo(first, last))
  const other = choices.find((c) => c.id === OTHER && c.marked)
  record.categoryOther = other?.detail ?? null
  if (other?.detail) ctx.locate(record, 'categoryOther', spanOn(other.line.source, other.detail))
}

/** From the start of `first` to the end of `last` (built field by field: V8 spreads slowly). */
function spanFromTo(first: SourceLine, last: SourceLine): Place {
  const start = spanOn(first)
  return {line: start.line, column: start.column, endLine: last.line, endColumn: last.text.length + 1}
}

const ITEM_SEPARATOR = /[,;\n]|\s+y\s+|\s+e\s+/

/** Categories written as text under the `Categoría` label. */
export function readTextCategories(ctx: ParseContext, record: Practice, lines: readonly SourceLine[]): void {
  const content = lines.filter((s) => /\S/.test(s.text))
  const text = paragraphs(lines).map((p) => p.text).join('\n')
  if (!text) return
  if (!ctx.options.repair) {
    for (const s of content) {
      ctx.leave(s.line, 'checkbox-grid/free-text', `Unexpected free text \`${s.text.trim()}\` instead of a checkbox grid, expected one box per category (not read: --no-repair)`, {severity: 'warning'})
    }
    return
  }
  const found = new Set<CategoryId>()
  const unknown: string[] = []
  let other: string | null = null
  for (const raw of text.split(ITEM_SEPARATOR)) {
    const item = trimEndWhere(raw.replace(/^\s*[-*•]\s*/, ''), /[.\s]/).trim()
    if (!item) continue
    const colon = item.indexOf(':')
    const match = matchLabel(item, CATEGORY_SPECS) ?? (colon > 0 ? matchLabel(item.slice(0, colon), CATEGORY_SPECS) : null)
    if (!match) {
      unknown.push(item)
      continue
    }
    found.add(match.id)
    if (match.id === OTHER && colon > 0) other = item.slice(colon + 1).trim() || null
  }
  record.categories = CATEGORY_SPECS.map((s) => s.id).filter((id) => found.has(id))
  record.categoryOther = other
  const place = spanFromTo(content[0]!, content.at(-1)!)
  if (found.size) {
    ctx.locate(record, 'categories', place)
    ctx.messages.report('checkbox-grid/free-text',
      `Unexpected free text instead of a checkbox grid, expected one box per category (read as ${record.categories.map((id) => `\`${id}\``).join(', ')})`,
      place, {actual: text.replace(/\n/g, ' '), expected: record.categories.join(', ')})
  }
  if (unknown.length === 0) {
    ctx.claim(content[0]!.line, content.at(-1)!.line)
    return
  }
  for (const s of content) {
    ctx.leave(s.line, 'checkbox-grid/unknown-label',
      `Unexpected category \`${unknown.join('`, `')}\`, expected one of ${CATEGORY_SPECS.map((c) => `\`${c.variants[0]}\``).join(', ')}`,
      {actual: unknown.join(', ')})
  }
}
