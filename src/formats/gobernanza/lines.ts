/**
 * Classifies each body line of a practice slide, before any line is given to a field.
 *
 *   Ano de inicio 2015                 → label (startYear), value `2015`
 *   Dos dias.                          → text
 *   Ministerio y Unidad (es)           → label head (responsible)
 *   responsable(s)                     → label tail
 *   -Indicador 1: generacion de …      → pair (indicator 1)
 *   2015                               → year (bare)
 *   . . p . .                          → noise
 */
import {labelAt, pairAt, type LabelHit, type PairHit} from './label-line.js'
import {isNoiseLine, leadingNoise, trailingNoise, type Span} from './noise.js'
import {contentEnd, contentStart} from '../../text/trim.js'

/** A value fragment of one line: `start`–`end` without OCR specks, `raw*` with them (0-based). */
export interface Piece {
  line: number
  start: number
  end: number
  rawStart: number
  rawEnd: number
}

export type LineKind =
  | {kind: 'noise'}
  | {kind: 'text'; piece: Piece}
  | {kind: 'year'; value: number; start: number; end: number}
  | {kind: 'pair'; hit: PairHit; piece: Piece | null}
  | {kind: 'label'; hit: LabelHit; piece: Piece | null; year: YearValue | null; noise: Span | null}

export interface YearValue {
  value: number
  start: number
  end: number
}

/** Tested on the line without its trailing white space (`\s*\.?\s*$` would try every split of a run). */
const BARE_YEAR = /^\s*((?:19|20)\d{2})\s*\.?$/
const LEADING_YEAR = /^((?:19|20)\d{2})(?!\d)/

/** The value fragment of `text` from column `from`, without specks; `null` when nothing is left. */
export function pieceOf(line: number, text: string, from = 0): Piece | null {
  // Columns found by scanning, not by trimmed copies: every body line of every slide comes here.
  const rawStart = contentStart(text, from)
  if (rawStart < 0) return null
  const rawEnd = contentEnd(text)
  const lead = leadingNoise(text, rawStart)
  const trail = trailingNoise(text, lead?.end ?? rawStart)
  const start = lead?.end ?? rawStart
  const end = trail ? contentEnd(text, trail.start) : rawEnd
  if (end <= start) return null
  return {line, start, end, rawStart, rawEnd}
}

/** What line `line` (text `text`) is, seen alone. */
export function classify(line: number, text: string): LineKind {
  if (isNoiseLine(text)) return {kind: 'noise'}
  const pair = pairAt(text)
  if (pair) return {kind: 'pair', hit: pair, piece: pieceOf(line, text, pair.valueStart)}
  const hit = labelAt(text)
  if (hit) {
    let tail: LabelHit | null = null
    let end = hit.end
    if (hit.part === 'head') {
      const next = labelAt(text, hit.end)
      if (next?.part === 'tail' && next.fields.some((f) => hit.fields.includes(f))) {
        tail = next
        end = next.end
      }
    }
    const noise = trailingNoise(text, end)
    const whole = noise && text.slice(end, noise.start).trim() === '' ? noise : null
    let piece = whole ? null : pieceOf(line, text, end)
    let year: YearValue | null = null
    const fields = tail ? hit.fields.filter((f) => tail!.fields.includes(f)) : hit.fields
    if (fields.includes('startYear') && piece) {
      const m = LEADING_YEAR.exec(text.slice(piece.start, piece.end))
      if (m) {
        year = {value: Number(m[1]), start: piece.start, end: piece.start + m[1]!.length}
        piece = pieceOf(line, text, year.end)
      }
    }
    const joined: LabelHit = tail
      ? {fields, part: 'full', start: hit.start, end, printed: text.slice(hit.start, end), variant: `${hit.variant} ${tail.variant}`, distance: hit.distance + tail.distance}
      : hit
    return {kind: 'label', hit: joined, piece, year, noise: whole}
  }
  const bare = BARE_YEAR.exec(text.trimEnd())
  if (bare) {
    const start = text.indexOf(bare[1]!)
    return {kind: 'year', value: Number(bare[1]), start, end: start + 4}
  }
  const piece = pieceOf(line, text)
  return piece ? {kind: 'text', piece} : {kind: 'noise'}
}
