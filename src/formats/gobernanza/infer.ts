/**
 * Places the value blocks no label claimed, rule by rule, and notes every inference:
 *
 *   1. continuation   `… que consiste en la entrega de` ⏎ `beneficios sociales …`: one sentence
 *   2. beside         `Resolucion Exenta …` ⏎ `Sustento legal (UMIS)`: label on its value's last row
 *   3. floating       labels printed after their values take the blocks by the template's order
 *   4. missing label  `Dos dias.` between `Año de inicio` and `Ministerio …`: `Duración`
 *   5. centred        a label alone on its row, value above and below it
 *   6. previous       a block after a field's value continues that field, when the next
 *                     label's value starts on its own row (so the block cannot be that one's)
 *
 * Whatever is left stays unassigned (the caller reports it); nothing is guessed beyond these.
 */
import {FIELD_ORDER, type TextField} from './labels.js'
import {labelOf} from './label-line.js'
import type {BlockEntry, Entry, LabelEntry, PairEntry} from './entry.js'
import {orderOf, type Assignment} from './assignment.js'
import type {Piece} from './lines.js'

export interface InferInput {
  entries: Entry[]
  owner: Map<BlockEntry, TextField | PairEntry>
  assignment: Assignment
  textOf: (piece: Piece) => string
  /** Added to the line numbers messages print (a part of a large file: the lines before it). */
  lineOffset?: number
}

type Group = BlockEntry[]

const TERMINAL = /[.!?;:…]["'”»)]?$/u
const LOWER_START = /^\p{Ll}/u

export function inferRemaining({entries, owner, assignment: a, textOf, lineOffset = 0}: InferInput): void {
  const at = new Map(entries.map((e, i) => [e, i]))
  const fieldOf = (e: Entry | undefined): TextField | null => {
    if (e?.kind === 'block') {
      const o = owner.get(e)
      return typeof o === 'string' ? o : null
    }
    return e?.kind === 'label' && e.fields[0] !== 'startYear' && !floating.has(e) ? (e.fields[0] as TextField) : null
  }
  const labelField = (e: Entry | undefined): TextField | null =>
    e?.kind === 'label' && e.fields[0] !== 'startYear' ? (e.fields[0] as TextField) : null
  const pieces = (field: TextField) => {
    const v = a.fields.get(field)
    return v ? [...v.labels.flatMap((l) => l.pieces), ...v.blocks.flatMap((b) => b.pieces)].sort((x, y) => x.line - y.line || x.start - y.start) : []
  }
  const floating = new Set(entries.filter((e): e is LabelEntry =>
    e.kind === 'label' && e.fields[0] !== 'startYear' && e.pieces.length === 0 && (a.fields.get(e.fields[0] as TextField)?.blocks.length ?? 0) === 0))
  const span = (g: Group) => (g[0]!.first === g.at(-1)!.last ? `line ${g[0]!.first + lineOffset}` : `lines ${g[0]!.first + lineOffset}–${g.at(-1)!.last + lineOffset}`)
  const give = (g: Group, field: TextField, rule: 'field/inferred-by-order' | 'field/inferred-by-layout', why: string) => {
    for (const b of g) owner.set(b, field)
    const value = a.fields.get(field)
    if (value) for (const b of g) value.blocks.push(b)
    else a.fields.set(field, {labels: [], blocks: [...g]})
    a.notes.push({rule, at: {line: g[0]!.first, endLine: g.at(-1)!.last},
      message: `Unexpected text without a label at ${span(g)}, expected a label beside it; read as \`${labelOf(field)}\` because ${why}`})
  }
  const before = (g: Group) => entries[at.get(g[0]!)! - 1]
  const after = (g: Group) => entries[at.get(g.at(-1)!)! + 1]
  const first = (g: Group) => textOf(g[0]!.pieces[0]!)
  const last = (g: Group) => textOf(g.at(-1)!.pieces.at(-1)!)

  // Consecutive unassigned blocks that form one sentence are one group.
  let groups: Group[] = []
  for (const e of entries) {
    if (e.kind !== 'block' || owner.has(e)) continue
    const prev = groups.at(-1)
    if (prev && after(prev) === e && !TERMINAL.test(last(prev)) && LOWER_START.test(textOf(e.pieces[0]!))) prev.push(e)
    else groups.push([e])
  }

  const rules: Array<(g: Group) => boolean> = [
    (g) => { // 1. continuation, into the next field's value or from the previous one
      const next = fieldOf(after(g))
      const nextPiece = next ? pieces(next).find((p) => p.line > g.at(-1)!.last) : undefined
      if (next && nextPiece && !TERMINAL.test(last(g)) && LOWER_START.test(textOf(nextPiece))) {
        give(g, next, 'field/inferred-by-layout', `its sentence continues in \`${labelOf(next)}\` below`)
        return true
      }
      const prev = fieldOf(before(g))
      const prevPiece = prev ? pieces(prev).filter((p) => p.line < g[0]!.first).at(-1) : undefined
      if (prev && prevPiece && !TERMINAL.test(textOf(prevPiece)) && LOWER_START.test(first(g))) {
        give(g, prev, 'field/inferred-by-layout', `it continues the sentence of \`${labelOf(prev)}\` above`)
        return true
      }
      return false
    },
    (g) => { // 2. the label is printed beside the block's last line
      const next = after(g)
      const field = labelField(next)
      if (!field || next?.kind !== 'label' || next.first !== g.at(-1)!.last + 1) return false
      floating.delete(next)
      give(g, field, 'field/inferred-by-layout', `its label is printed beside its last line`)
      return true
    },
    (g) => { // 3. floating labels, by the template's order
      const [low, high] = anchors(g)
      const label = [...floating].filter((l) => fieldOf(l) === null && !a.fields.get(l.fields[0] as TextField)?.blocks.length)
        .filter((l) => orderOf(l.fields[0]!) > low && orderOf(l.fields[0]!) < high)
        .sort((x, y) => orderOf(x.fields[0]!) - orderOf(y.fields[0]!))[0]
      if (!label) return false
      const field = label.fields[0] as TextField
      give(g, field, 'field/inferred-by-order', `its label \`${label.hits[0]!.hit.printed}\` is printed after it (line ${label.first + lineOffset})`)
      a.notes.push({rule: 'label/floating', at: {line: label.first, endLine: label.last},
        message: `Unexpected label \`${label.hits[0]!.hit.printed}\` away from its value (a two-column slide read row by row), expected it beside its value; ${span(g)} assigned to it by the template's field order`,
        actual: label.hits[0]!.hit.printed, expected: labelOf(field)})
      return true
    },
    (g) => { // 4. the only field of the template between the neighbours whose label is missing
      const [low, high] = anchors(g)
      const missing = FIELD_ORDER.filter((f, i): f is TextField => i > low && i < high && f !== 'startYear' && f !== 'indicators' && !a.fields.has(f))
      if (missing.length !== 1) return false
      const field = missing[0]!
      give(g, field, 'field/inferred-by-order', `\`${labelOf(field)}\` is the only field of the template between its neighbours and its label is not printed`)
      return true
    },
    (g) => { // 5. a label alone on its row, between the lines of its value
      const next = after(g)
      const field = labelField(next)
      if (!field || next?.kind !== 'label' || next.inlineOnFirst) return false
      floating.delete(next)
      give(g, field, 'field/inferred-by-layout', `its label stands alone on the row after it, between the lines of its value`)
      return true
    },
    (g) => { // 6. it follows a field's value, and the next label's value starts on the label's row
      const field = fieldOf(before(g))
      const next = after(g)
      if (!field || next?.kind !== 'label' || !next.inlineOnFirst) return false
      give(g, field, 'field/inferred-by-layout', `it follows the value of \`${labelOf(field)}\``)
      return true
    },
  ]

  /** Template positions of the nearest placed entries before and after `g`. */
  function anchors(g: Group): [number, number] {
    const orderAt = (e: Entry): number | null => {
      if (e.kind === 'pair') return orderOf('indicators')
      if (e.kind === 'year') return 0
      if (e.kind === 'label') return floating.has(e) ? null : orderOf(e.fields[0]!)
      const o = owner.get(e)
      return o === undefined ? null : typeof o === 'string' ? orderOf(o) : orderOf('indicators')
    }
    let low = -1
    let high: number = FIELD_ORDER.length
    for (let i = at.get(g[0]!)! - 1; i >= 0 && low < 0; i--) low = orderAt(entries[i]!) ?? -1
    for (let i = at.get(g.at(-1)!)! + 1; i < entries.length && high === FIELD_ORDER.length; i++) high = orderAt(entries[i]!) ?? FIELD_ORDER.length
    return [low, high]
  }

  for (const rule of rules) {
    groups = groups.filter((g) => !rule(g))
  }
  for (const g of groups) for (const b of g) a.unassigned.push(b)
  for (const label of floating) {
    const field = label.fields[0] as TextField
    if (!a.fields.get(field)?.blocks.length) {
      a.notes.push({rule: 'label/empty', at: {line: label.first, endLine: label.last},
        message: `Unexpected label \`${label.hits[0]!.hit.printed}\` with no value near it, expected a value; \`${field}\` is left empty`})
    }
  }
}
