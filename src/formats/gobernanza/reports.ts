/**
 * Diagnostics about how the labels of a practice were read: fuzzy matches (`Ao de inicio` for
 * `Año de inicio`), damaged label text (`WIS E R ELE`), specks after a label, and the notes
 * the field assignment made.
 *
 *   Ao de inicio 2014        → label/fuzzy-match: Unexpected label `Ao de inicio`, expected `Año de inicio`
 *   Descripcion . . p . . .  → ocr/noise: Unexpected OCR specks `. . p . . .` …
 */
import type {ParseContext} from '../context.js'
import {rangePlace} from '../../read/source.js'
import type {Entry} from './entry.js'
import type {Note} from './assignment.js'
import {labelOf} from './label-line.js'
import {TEMPLATE_LABELS} from './labels.js'

export function reportLabels(ctx: ParseContext, entries: readonly Entry[]): void {
  for (const e of entries) {
    if (e.kind !== 'label') continue
    const field = e.fields[0]!
    for (const {line, hit} of e.hits) {
      if (hit.distance === 0) continue
      const expected = hit.part === 'full' ? labelOf(field) : hit.variant
      ctx.messages.report('label/fuzzy-match', `Unexpected label \`${hit.printed}\`, expected \`${expected}\``,
        {line, column: hit.start + 1, endLine: line, endColumn: hit.end + 1}, {actual: hit.printed, expected})
    }
    for (const d of e.debris) {
      const head = TEMPLATE_LABELS.find((l) => l.field === field)?.heads[0] ?? labelOf(field)
      const message = d.head
        ? `Unexpected \`${d.text}\` where the label starts, expected \`${head}\`; read as the damaged first line of \`${labelOf(field)}\``
        : `Unexpected \`${d.text}\` inside the label \`${labelOf(field)}\`, expected only its value; read as label debris`
      ctx.messages.report('label/mangled', message, {line: d.line, column: d.start + 1, endLine: d.line, endColumn: d.end + 1},
        {actual: d.text, expected: d.head ? head : ''})
    }
    for (const n of e.noise) {
      ctx.messages.report('ocr/noise', `Unexpected OCR specks \`${n.text}\` after the label \`${labelOf(field)}\`, expected nothing; ignored`,
        {line: n.line, column: n.start + 1, endLine: n.line, endColumn: n.end + 1}, {actual: n.text, expected: ''})
    }
  }
}

export function reportNotes(ctx: ParseContext, notes: readonly Note[]): void {
  for (const note of notes) ctx.messages.found(note, rangePlace(ctx.doc, note.at.line, note.at.endLine))
}

/** A noise line: kept out of every field, listed in metadata. */
export function reportNoiseLine(ctx: ParseContext, line: number): void {
  const text = ctx.line(line).trim()
  ctx.messages.report('ocr/noise', `Unexpected line of OCR specks \`${text}\`, expected text; kept out of the fields`, ctx.place(line, text), {actual: text, expected: ''})
}
