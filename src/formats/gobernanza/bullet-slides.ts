/**
 * A slide that is not a practice: title, subtitle and items, kept as document metadata.
 *
 *   RELACION DINAMICA ENTRE MIGRACION Y CIUDAD               ← title
 *   Compromisos e iniciativas del Ministerio de Relaciones   ← subtitle (up to the first item)
 *   « Mesa Intermunicipal de Migracion y Refugio (OIM)       ← item
 *   « Plan de trabajo Direccion de Politica Consular — …     ← item, wrapped over two lines
 *   Internacionales — Direccion de Coordinacion Regional
 *
 * With bullets, every line before the first bullet is subtitle, and an item runs until the
 * next bullet or blank line. Without bullets, the lines right under the title are the
 * subtitle and every following paragraph is an item. A `KEY: …` line starts a subtitle line.
 */
import {isBlank} from '../../read/source.js'
import type {ParseContext} from '../context.js'
import type {Segment} from './segment.js'
import {BULLET_MARKS} from './labels.js'
import {pieceOf, type Piece} from './lines.js'
import type {ValueText} from './value-text.js'

export interface BulletSlide {
  line: number
  title: string
  subtitle: string | null
  items: string[]
}

const HEADING = /^\s*[\p{L}\d]+\.?:\s/u

function bulletAt(text: string): number | null {
  const trimmed = text.trimStart()
  const mark = BULLET_MARKS.find((m) => trimmed.startsWith(m))
  return mark ? text.length - trimmed.length + mark.length : null
}

/** The slide of `segment` (claims its lines). */
export function readBulletSlide(ctx: ParseContext, segment: Segment, text: ValueText): BulletSlide {
  const title = segment.titleLines.map((n) => ctx.line(n).trim()).join(' ')
  const body = segment.body
  const bulleted = body.some((n) => bulletAt(ctx.line(n)) !== null)
  const lastTitle = segment.titleLines.at(-1) ?? 0

  const subtitle: Piece[][] = []
  const items: Piece[][] = []
  let inItems = false
  let previous = lastTitle
  for (const n of body) {
    const line = ctx.line(n)
    const bullet = bulletAt(line)
    const piece = pieceOf(n, line, bullet ?? 0)
    const gap = n > previous + 1 && hasBlankBetween(ctx, previous, n)
    previous = n
    if (!piece) continue
    if (bullet !== null) inItems = true
    else if (!bulleted && gap) inItems = true
    if (!inItems) {
      if (subtitle.length === 0 || HEADING.test(line)) subtitle.push([piece])
      else subtitle.at(-1)!.push(piece)
    } else if (bullet !== null || gap || items.length === 0) items.push([piece])
    else items.at(-1)!.push(piece)
  }
  for (const n of [...segment.titleLines, ...body]) ctx.claim(n)
  const line = (pieces: Piece[]) => pieces.map((p) => text.value(p)).join(' ')
  return {
    line: segment.titleLines[0] ?? body[0] ?? 1,
    title,
    subtitle: subtitle.length > 0 ? subtitle.map(line).join('\n') : null,
    items: items.map(line).filter((item) => item.length > 0),
  }
}

function hasBlankBetween(ctx: ParseContext, from: number, to: number): boolean {
  for (let n = from + 1; n < to; n++) if (isBlank(ctx.line(n))) return true
  return false
}
