/**
 * Turns value pieces into field text: OCR specks dropped and words repaired (each change an
 * `ocr/repair` info at its exact columns), or the text as printed under `--no-repair`.
 * Wrapped lines join with a space; separate paragraphs with a line break, unless the sentence
 * runs on (`… la entrega de` ⏎ ⏎ `beneficios sociales …`).
 *
 *   . formar a chilenos y migrantes …      → `formar a chilenos y migrantes …`
 *   ^ ocr/repair: `.` removed
 */
import type {OcrRepairer} from '../../constructs/ocr-repair.js'
import type {ParseContext} from '../context.js'
import {BULLET_MARKS} from './labels.js'
import type {Piece} from './lines.js'

const TERMINAL = /[.!?;:…]["'”»)]?$/u
const LOWER_START = /^\p{Ll}/u
const BULLET_START = new RegExp(`^(?:[${BULLET_MARKS.map((m) => m.replace(/[-\\\]^]/g, '\\$&')).join('')}]|\\d{1,2}[.)])\\s*`, 'u')

export class ValueText {
  constructor(private readonly ctx: ParseContext, private readonly repairer: OcrRepairer | null) {}

  /** The piece without specks, unrepaired: for decisions about structure. */
  clean(piece: Piece): string {
    return this.ctx.line(piece.line).slice(piece.start, piece.end)
  }

  /** The piece as it goes into a record. Reports each repair; call once per piece. */
  value(piece: Piece): string {
    const line = this.ctx.line(piece.line)
    if (!this.repairer) return line.slice(piece.rawStart, piece.rawEnd)
    this.dropped(piece.line, line, piece.rawStart, piece.start)
    this.dropped(piece.line, line, piece.end, piece.rawEnd)
    const text = line.slice(piece.start, piece.end)
    const {text: repaired, repairs} = this.repairer.repair(text)
    for (const r of repairs) {
      const column = piece.start + r.start + 1
      this.ctx.messages.report('ocr/repair', `Unexpected \`${r.actual}\`, expected \`${r.expected}\` (OCR: ${r.confusion})`,
        {line: piece.line, column, endLine: piece.line, endColumn: column + r.actual.length}, {actual: r.actual, expected: r.expected})
    }
    return repaired
  }

  /** The pieces as one text (see the module comment). */
  join(pieces: readonly Piece[]): string {
    const sorted = [...pieces].sort((a, b) => a.line - b.line || a.start - b.start)
    let out = ''
    sorted.forEach((piece, i) => {
      const text = this.value(piece)
      const prev = sorted[i - 1]
      if (!prev) out = text
      else out += (this.runsOn(prev, piece) ? ' ' : '\n') + text
    })
    return out.trim()
  }

  /** Items of a list value: one per bulleted line, or the whole text as one item. */
  items(pieces: readonly Piece[]): string[] {
    const sorted = [...pieces].sort((a, b) => a.line - b.line || a.start - b.start)
    const groups: Piece[][] = []
    for (const piece of sorted) {
      if (groups.length === 0 || BULLET_START.test(this.clean(piece))) groups.push([piece])
      else groups.at(-1)!.push(piece)
    }
    return groups.map((g) => this.join(g).replace(BULLET_START, '').trim()).filter((item) => item.length > 0)
  }

  private runsOn(prev: Piece, next: Piece): boolean {
    if (next.line <= prev.line + 1) return true
    return !TERMINAL.test(this.clean(prev)) && LOWER_START.test(this.clean(next))
  }

  private dropped(line: number, text: string, start: number, end: number) {
    const noise = text.slice(start, end)
    if (!noise.trim()) return
    const from = start + noise.length - noise.trimStart().length
    const to = end - (noise.length - noise.trimEnd().length)
    this.ctx.messages.report('ocr/repair', `Unexpected OCR specks \`${text.slice(from, to)}\`, expected nothing: removed from the value`,
      {line, column: from + 1, endLine: line, endColumn: to + 1}, {actual: text.slice(from, to), expected: ''})
  }
}
