/**
 * Where an objective is printed → a sighting (number, icon label, statement, and in the
 * "orientadas a AL" table its key ideas and local actions), each text with its place.
 *
 *    <p>1 DATOS</p>⇥<p>Recopilar …</p>⇥ <p>2 REDUCIR …</p>⇥<p>Minimizar …</p>   grid: 2 a row
 *   Utilizar la detención de migrantes solo como último recurso …            bare statement (13)
 *    <p>1 DATOS</p> <p>Recopilar ….</p>⇥<p>key ideas</p>⇥<p>local actions</p>  "orientadas a AL" table
 *    <p>Abordar y reducir las vulnerabilidades …</p>⇥…                       annex row, number lost
 *
 * A sighting's number is the printed one (checked against its texts: `pmm/objective-mismatch`),
 * else the objective whose statement it is: an inferred number is a repair, info
 * `pmm/inferred-objective`, not applied under `--no-repair` (`pmm/unnumbered-objective`).
 */
import {cellText} from '../../constructs/html-cell.js'
import {nearest} from '../../constructs/label-match.js'
import {isObjectiveLabel, isObjectiveStatement, matchObjectiveLabel, matchObjectiveStatement, parseObjectiveLabel} from '../../constructs/objective-match.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import {preview} from '../../text/preview.js'
import {GCM_OBJECTIVES} from '../../vocab/data/gcm-objectives.js'
import {textPlace, type Cell} from './cells.js'
import type {Problems} from './problems.js'

export type SightingKind = 'grid' | 'statement' | 'actions' | 'annex'

export interface Placed {
  text: string
  place: Place
}

export interface Sighting {
  kind: SightingKind
  line: number
  /** The printed number, else the inferred one, else null. */
  number: number | null
  label: Placed | null
  statement: Placed | null
  keyIdeas: Placed | null
  localActions: Placed | null
}

/** An objective cell: `<p>1 DATOS</p> <p>Statement.</p>`, or the statement alone. */
export function objectiveCell(ctx: ParseContext, cell: Cell, kind: SightingKind): {sighting: Sighting; printed: number | null} {
  const blocks = cell.content.blocks
  const label = blocks[0] ? parseObjectiveLabel(blocks[0].text) : null
  const statement = (label ? blocks.slice(1) : blocks).map((b) => b.text).join(' ') || null
  const sighting: Sighting = {kind, line: cell.line, number: label?.number ?? null, keyIdeas: null, localActions: null,
    label: label ? {text: label.label, place: textPlace(ctx, cell, blocks[0]!.text)} : null,
    statement: statement ? {text: statement, place: textPlace(ctx, cell, statement)} : null}
  return {sighting, printed: label?.number ?? null}
}

/** A line that is an objective's statement alone (the grid's objectives 13–23). */
export function statementLine(ctx: ParseContext, line: number, text: string): {sighting: Sighting; printed: null} {
  return {sighting: {kind: 'statement', line, number: null, label: null, keyIdeas: null, localActions: null,
    statement: {text, place: ctx.place(line, text)}}, printed: null}
}

/** A header-less grid row: label cells each followed by their statement cell (or holding it). */
export function gridRow(ctx: ParseContext, cells: readonly Cell[]): {sighting: Sighting; printed: number | null}[] {
  const out: {sighting: Sighting; printed: number | null}[] = []
  for (let i = 0; i < cells.length; i++) {
    const read = objectiveCell(ctx, cells[i]!, 'grid')
    const next = cells[i + 1]
    if (read.sighting.label && !read.sighting.statement && next && !startsWithLabel(next)) {
      const text = cellText(next.content).replace(/\n/g, ' ')
      if (text) read.sighting.statement = {text, place: textPlace(ctx, next, text)}
      i++
    }
    if (read.sighting.label || read.sighting.statement) out.push(read)
  }
  return out
}

/** Sets the sighting's number: checks a printed one against its texts, infers a missing one. */
export function resolveNumber(ctx: ParseContext, read: {sighting: Sighting; printed: number | null}, problems: Problems): void {
  const {sighting, printed} = read
  const statement = sighting.statement
  if (printed !== null) {
    const label = sighting.label
    const other = (statement && !isObjectiveStatement(statement.text, printed) ? matchObjectiveStatement(statement.text) : null) ??
      (label && !isObjectiveLabel(label.text, printed) ? matchObjectiveLabel(label.text) : null)
    if (other && other.number !== printed) {
      problems.add(sighting.line, 'pmm/objective-mismatch',
        `Unexpected text of objective ${other.number} (\`${other.reference}\`) under number ${printed}, expected the text of objective ${printed}; kept number ${printed}`,
        label?.place ?? statement!.place, {actual: String(printed), expected: String(other.number)})
    }
    return
  }
  if (!statement) return
  const byStatement = matchObjectiveStatement(statement.text)
  if (!byStatement) {
    problems.add(sighting.line, 'pmm/unknown-objective',
      `Unexpected objective statement \`${preview(statement.text)}\`, expected one of the ${GCM_OBJECTIVES.length} official statements`,
      statement.place, {actual: statement.text, suggestion: nearest(statement.text, GCM_OBJECTIVES.map((o) => o.statement), 1)[0]})
    return
  }
  const reference = GCM_OBJECTIVES[byStatement.number - 1]!
  const expected = `${byStatement.number} ${reference.iconLabel ?? reference.shortName}`
  if (!ctx.options.repair) {
    problems.add(sighting.line, 'pmm/unnumbered-objective',
      `Unexpected objective without a number, expected \`${expected}\` (its statement is objective ${byStatement.number}); not inferred because repairs are off`,
      statement.place, {actual: statement.text, expected})
    return
  }
  sighting.number = byStatement.number
  ctx.messages.report('pmm/inferred-objective',
    `Unexpected objective without a number, expected \`${expected}\`: inferred from its statement${byStatement.score > 0 ? ' (a variant of the official text)' : ''}`,
    statement.place, {actual: statement.text, expected})
}

function startsWithLabel(cell: Cell): boolean {
  const first = cell.content.blocks[0]
  return first !== undefined && parseObjectiveLabel(first.text) !== null
}
