/**
 * Gives each value block of a practice to a field. Labels read with their values come first;
 * the blocks left over (a two-column slide read row by row prints some labels after their
 * values) are placed by the rules in `infer.ts`, each inference reported as a note.
 *
 *   Ano de inicio 2015          startYear ← `2015` (inline)
 *   Dos dias.                   duration  ← inferred by order (no label printed)
 *   Ministerio y Unidad (es)    responsible ← the next block (label before value)
 *   responsable(s)
 *   Oficina de Migrantes …
 *   Encuesta andnima …          description ← by order: floating label `Descripcién` below
 *   Descripcién
 */
import type {LabelField, TextField} from './labels.js'
import {labelOf} from './label-line.js'
import {orderOf, type Assignment, type Note} from './assignment.js'
import type {BlockEntry, Entry, LabelEntry, PairEntry} from './entry.js'
import type {Piece} from './lines.js'
import {inferRemaining} from './infer.js'

const isText = (field: LabelField): field is TextField => field !== 'startYear'

/** Assigns the entries of one practice (in line order). `textOf` gives a piece's clean text. */
export function assignFields(entries: Entry[], textOf: (piece: Piece) => string, lineOffset = 0): Assignment {
  const a: Assignment = {fields: new Map(), startYear: null, yearLabels: [], pairs: [], unassigned: [], strayYears: [], notes: []}
  const owner = new Map<BlockEntry, TextField | PairEntry>()
  resolveAmbiguous(entries, a.notes)

  for (const entry of entries) {
    if (entry.kind === 'pair') a.pairs.push(entry)
    if (entry.kind !== 'label') continue
    const field = entry.fields[0]!
    if (!isText(field)) {
      a.yearLabels.push(entry)
      if (entry.year && !a.startYear) a.startYear = {...entry.year, inferred: false}
      continue
    }
    const value = a.fields.get(field)
    if (value) {
      a.notes.push({rule: 'label/duplicate', at: {line: entry.first, endLine: entry.last},
        message: `Unexpected second \`${labelOf(field)}\` label, expected one per practice; its value is added to the first`})
      value.labels.push(entry)
    } else a.fields.set(field, {labels: [entry], blocks: []})
  }

  // A value block right below a label or an indicator pair continues it; a label with no value
  // yet takes the next block (label printed before its value).
  entries.forEach((entry, i) => {
    const next = entries[i + 1]
    if (next?.kind !== 'block' || owner.has(next)) return
    if (entry.kind === 'pair' && next.first === entry.last + 1) {
      for (const piece of next.pieces) entry.pieces.push(piece)
      owner.set(next, entry)
    }
    if (entry.kind !== 'label' || !isText(entry.fields[0]!)) return
    const field = entry.fields[0] as TextField
    if (next.first === entry.last + 1 || (entry.pieces.length === 0 && !hasBlocks(a, field))) {
      a.fields.get(field)!.blocks.push(next)
      owner.set(next, field)
    }
  })

  // A bare year under the title is the start year when no labelled year gave one.
  entries.forEach((entry, i) => {
    if (entry.kind !== 'year') return
    const prev = entries[i - 1]
    const afterLabel = prev?.kind === 'label' && prev.fields[0] === 'startYear' && prev.year === null
    if (a.startYear || (i > 0 && !afterLabel)) {
      a.strayYears.push(entry)
      return
    }
    a.startYear = {...entry.year, inferred: !afterLabel}
    if (afterLabel) return
    a.notes.push({rule: 'field/inferred-by-order', at: {line: entry.first, endLine: entry.last},
      message: `Unexpected bare year \`${entry.year.value}\`, expected \`Año de inicio ${entry.year.value}\`; read as the start year, the first field of the template`,
      actual: String(entry.year.value), expected: `Año de inicio ${entry.year.value}`})
  })

  inferRemaining({entries, owner, assignment: a, textOf, lineOffset})
  return a
}

export function hasBlocks(a: Assignment, field: TextField): boolean {
  return (a.fields.get(field)?.blocks.length ?? 0) > 0
}

/** A lone `Principal(es)` head: objectives or activities, whichever no other label names. */
function resolveAmbiguous(entries: Entry[], notes: Note[]) {
  const named = new Set(entries.flatMap((e) => (e.kind === 'label' && e.fields.length === 1 ? e.fields : [])))
  for (const e of entries) {
    if (e.kind !== 'label' || e.fields.length < 2) continue
    const choice = [...e.fields].sort((x, y) => orderOf(x) - orderOf(y)).find((f) => !named.has(f)) ?? e.fields[0]!
    notes.push({rule: 'label/ambiguous', at: {line: e.first, endLine: e.last},
      message: `Unexpected \`${e.hits[0]!.hit.printed}\` without the line that completes it, expected \`${e.fields.map(labelOf).join('` or `')}\`; read as \`${labelOf(choice)}\`, the first of them not printed elsewhere in this practice`,
      actual: e.hits[0]!.hit.printed, expected: labelOf(choice)})
    e.fields = [choice]
    named.add(choice)
  }
}
