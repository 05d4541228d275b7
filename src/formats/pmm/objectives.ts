/**
 * Objective sightings (see sightings.ts) → one `pmm-objective` record per number seen.
 *
 * Each record takes its short name from the first printed icon label (else the reference icon
 * label or short name, info `pmm/reference-short-name`), its statement from the first full
 * printing, its key ideas and local actions from the first "orientadas a AL" row. Its source
 * spans the lines those fields were read from (e.g. grid line 89 to table row 169); field
 * places (`ctx.locate`) point at each text.
 */
import {objectiveWords} from '../../constructs/objective-match.js'
import type {ParseContext} from '../context.js'
import type {PmmObjective} from '../../schema/records.js'
import {GCM_OBJECTIVES} from '../../vocab/data/gcm-objectives.js'
import type {Problems} from './problems.js'
import type {Sighting} from './sightings.js'

/** One record per objective number seen, in number order; returns the records and the lines they used. */
export function buildObjectives(ctx: ParseContext, sightings: readonly Sighting[], problems: Problems): {records: PmmObjective[]; used: Set<number>} {
  const records: PmmObjective[] = []
  const used = new Set<number>()
  for (const reference of GCM_OBJECTIVES) {
    const seen = sightings.filter((s) => s.number === reference.number)
    if (seen.length === 0) continue
    const label = seen.find((s) => s.label)
    const statement = fullStatement(seen)
    const actions = seen.filter((s) => s.kind === 'actions')
    const fields = [label, statement, actions[0]].filter((s): s is Sighting => s !== undefined)
    fields.forEach((s) => used.add(s.line))
    const lines = fields.map((s) => s.line)
    const record: PmmObjective = {
      type: 'pmm-objective', id: '',
      source: ctx.source(lines.reduce((a, b) => Math.min(a, b)), lines.reduce((a, b) => Math.max(a, b))),
      number: reference.number,
      shortName: label?.label!.text ?? reference.iconLabel ?? reference.shortName,
      statement: statement?.statement!.text ?? reference.statement,
      keyIdeas: actions[0]?.keyIdeas?.text ?? null,
      localActions: actions[0]?.localActions?.text ?? null,
    }
    const first = seen[0]!
    const where = first.label?.place ?? first.statement!.place
    ctx.locate(record, 'number', where)
    if (label) ctx.locate(record, 'shortName', label.label!.place)
    else {
      const which = reference.iconLabel ? 'icon label' : 'short name'
      ctx.messages.report('pmm/reference-short-name',
        `Unexpected objective ${reference.number} without a printed icon label, expected \`${reference.number} ${record.shortName}\` before its statement; used the reference ${which}`,
        where, {expected: record.shortName})
    }
    if (statement) ctx.locate(record, 'statement', statement.statement!.place)
    else {
      ctx.messages.report('pmm/reference-statement',
        `Unexpected objective ${reference.number} without a printed statement, expected one after its label; used the official statement`,
        where, {expected: reference.statement})
    }
    if (actions[0]?.keyIdeas) ctx.locate(record, 'keyIdeas', actions[0].keyIdeas.place)
    if (actions[0]?.localActions) ctx.locate(record, 'localActions', actions[0].localActions.place)
    variants(ctx, seen, record)
    for (const extra of actions.slice(1)) {
      problems.add(extra.line, 'pmm/duplicate-row',
        `Unexpected second "orientadas a AL" row for objective ${reference.number}, expected one (first on line ${actions[0]!.line}); its key ideas and actions are not used`,
        extra.label?.place ?? extra.statement!.place)
    }
    records.push(record)
  }
  return {records, used}
}

/** The first printed statement that no other printing extends (a cut statement loses to a full one). */
function fullStatement(seen: readonly Sighting[]): Sighting | undefined {
  const printed = seen.filter((s) => s.statement)
  const words = printed.map((s) => objectiveWords(s.statement!.text).join(' '))
  // Compare distinct texts only: an objective printed many times repeats the same few texts.
  const distinct = [...new Set(words)]
  const extended = (text: string) => distinct.some((w) => w.length > text.length && w.startsWith(text))
  return printed.find((_, i) => !extended(words[i]!))
}

/** Info for each later icon label printed differently from the one kept (`REGULARES` vs `REGULAR`). */
function variants(ctx: ParseContext, seen: readonly Sighting[], record: PmmObjective): void {
  for (const s of seen) {
    if (!s.label || s.label.text === record.shortName) continue
    ctx.messages.report('pmm/label-variant',
      `Unexpected icon label \`${s.label.text}\` for objective ${record.number}, expected \`${record.shortName}\` as printed first; kept the first`,
      s.label.place, {actual: s.label.text, expected: record.shortName})
  }
}
