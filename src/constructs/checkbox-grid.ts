/**
 * A checkbox grid: one option a line, a mark then its label, and an optional detail after `:`.
 *
 *   <input checked="" type="checkbox"/>\tOtra: Regularización
 *   ^ mark                                ^ label ^ detail
 *
 * Any mark `checkbox-mark.ts` reads. Labels match their specs like section labels (case,
 * accents, small typos; a typo is reported under the caller's `fuzzyRule`, as info with the
 * label read as suggestion); an unknown label comes back as a problem (warning
 * `checkbox-grid/unknown-label`) with the nearest known label as suggestion.
 */
import type {Finding, Messages} from '../diagnostics/diagnostic.js'
import type {RuleId} from '../diagnostics/rules.js'
import {readMark, type Mark} from './checkbox-mark.js'
import {matchLabelCached as matchLabel, nearest, type LabelSpec} from './label-match.js'
import {spanOn, type SourceLine} from './labelled-sections.js'
import {isMonthRow} from './month-table.js'
import {trimEndWhere} from '../text/trim.js'

export interface GridLine {
  source: SourceLine
  mark: Mark
  /** Everything after the mark, trimmed: `Otra: Regularización`. */
  label: string
}

/** Reads `source` as a grid line, or `null` (no leading mark, no label, or a row of marks). */
export function readGridLine(source: SourceLine): GridLine | null {
  const mark = readMark(source.text)
  if (!mark) return null
  const label = source.text.slice(mark.end).trim()
  if (!label) return null
  // A row of marks (a month row written as a task item, `- [x]\t[ ]\t…` or `- [x] [ ] …`) has no label.
  if (isMonthRow(source.text)) return null
  return {source, mark, label}
}

/** Why a grid line binds to no option, `at` its line: the caller leaves the line with it. */
export type GridProblem = Finding<number>

export interface GridChoice<Id extends string> {
  line: GridLine
  /** `null` for a label no spec knows (see `problem`). */
  id: Id | null
  marked: boolean
  /** Text after `:` in the label (`Regularización`), blanks and `___` read as none. */
  detail: string | null
  problem: GridProblem | null
}

export interface GridOptions {
  messages: Messages
  repair: boolean
  /** What the grid holds, for messages: `category`. */
  noun: string
  /** The rule of a label read despite a typo (`category/fuzzy-match`): the grid's values have their own. */
  fuzzyRule: RuleId
}

/**
 * Binds each grid line to a spec. A fuzzy label is a repair, reported as info; an unknown
 * label (or a fuzzy one under `--no-repair`) comes back with a `problem` and `id: null`.
 */
export function readGrid<Id extends string>(lines: readonly GridLine[], specs: ReadonlyArray<LabelSpec<Id>>, options: GridOptions): Array<GridChoice<Id>> {
  return lines.map((line) => {
    const {name, detail} = splitDetail(line.label, specs)
    const match = matchLabel(name, specs)
    const state = line.mark.marked ? 'marked' : 'unmarked'
    if (match && (match.distance === 0 || options.repair)) {
      if (match.distance > 0) {
        options.messages.report(options.fuzzyRule, `Unexpected ${options.noun} \`${name}\`, expected \`${match.variant}\` (read as \`${match.variant}\`)`,
          spanOn(line.source, name), {actual: name, expected: match.variant, suggestion: match.variant})
      }
      return {line, id: match.id, marked: line.mark.marked, detail, problem: null}
    }
    const problem: GridProblem = match
      ? {rule: options.fuzzyRule, at: line.source.line, severity: 'warning', actual: name, suggestion: match.variant,
        message: `Unexpected ${options.noun} \`${name}\` (${state}), expected \`${match.variant}\` (not repaired: --no-repair)`}
      : {rule: 'checkbox-grid/unknown-label', at: line.source.line, actual: name, suggestion: nearest(name, specs.map((s) => s.variants[0]!), 1)[0],
        message: `Unexpected ${options.noun} \`${name}\` (${state}), expected one of ${specs.map((s) => `\`${s.variants[0]}\``).join(', ')}`}
    return {line, id: null, marked: line.mark.marked, detail, problem}
  })
}

/** `Otra: Regularización` → name `Otra`, detail `Regularización` (only when `Otra` alone is a label). */
function splitDetail<Id extends string>(label: string, specs: ReadonlyArray<LabelSpec<Id>>): {name: string; detail: string | null} {
  const colon = label.indexOf(':')
  if (colon < 0 || matchLabel(label, specs)?.distance === 0) return {name: label, detail: null}
  const detail = trimEndWhere(label.slice(colon + 1), /[_.…\s]/u).replace(/^[_\s]+/, '').trim()
  return {name: label.slice(0, colon).trim(), detail: detail || null}
}

/** The ids of marked choices, in the order of `specs`, without repeats. */
export function markedIds<Id extends string>(choices: ReadonlyArray<GridChoice<Id>>, specs: ReadonlyArray<LabelSpec<Id>>): Id[] {
  const marked = new Set(choices.filter((c) => c.marked && c.id !== null).map((c) => c.id!))
  return specs.map((s) => s.id).filter((id) => marked.has(id))
}
