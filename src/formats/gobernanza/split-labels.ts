/**
 * Joins the lines of a label split over two lines (head + tail) into one label entry, with the
 * values printed beside either line and the debris OCR left where the label was.
 *
 *   WIS E R ELE Oficina de Migrantes …     ← mangled head: `WIS E R ELE` is the label's debris
 *   (es) responsable (s) Fundacién Henry   ← tail
 *   → label responsible, lines 71–72, values `Oficina de Migrantes …` + `Fundacién Henry …`
 *
 *   Principal (es                          ← head
 *   o pal (es) Proceso de acreditacidn …   ← inside: `o pal (es)` is debris
 *   actividad(es)                          ← tail → label activities, lines 45–48
 *
 * A tail with no head above it counts only when printed with its parenthesis (`(es) …`,
 * `objetivo(s)`), so a value that starts with `objetivos` stays text.
 */
import type {Fragment, LabelEntry} from './entry.js'
import {pieceOf, type LineKind} from './lines.js'

type LabelLine = Extract<LineKind, {kind: 'label'}>

const HEAD_REACH = 4
const DEBRIS = /^\s*(?:\S{1,4}\s+){0,3}\((?:\p{L}{1,2}|\d{1,2})\)\s*/u
const GARBAGE = /^\s*(?:(?:[\p{Lu}\d]{1,4}|[^\p{L}\d\s]{1,3})\s+){2,8}(?=\p{Lu}\p{Ll})/u

/** Label entries by their first line, and the lines they absorbed. `kinds` is updated in place. */
export function joinLabels(lines: readonly number[], kinds: Map<number, LineKind>, text: (line: number) => string) {
  const labels = new Map<number, LabelEntry>()
  const inside = new Set<number>()

  for (const n of lines) {
    const k = kinds.get(n)!
    if (k.kind !== 'label') continue
    if (k.hit.part === 'tail') {
      const head = findHead(lines, kinds, n)
      if (head !== null) {
        const entry = labels.get(head)!
        entry.fields = entry.fields.filter((f) => k.hit.fields.includes(f))
        extend(entry, n, k, lines, kinds, text, inside)
        continue
      }
      if (!k.hit.printed.includes('(')) {
        kinds.set(n, textKind(n, text(n)))
        continue
      }
    }
    const entry = newLabel(n, k, text(n))
    labels.set(n, entry)
    if (k.hit.part === 'tail') adoptMangledHead(entry, n, kinds, text, inside)
  }
  return {labels, inside}
}

function textKind(n: number, line: string): LineKind {
  const piece = pieceOf(n, line)
  return piece ? {kind: 'text', piece} : {kind: 'noise'}
}

function newLabel(n: number, k: LabelLine, line: string): LabelEntry {
  return {
    kind: 'label', fields: [...k.hit.fields], first: n, last: n, hits: [{line: n, hit: k.hit}], debris: [],
    noise: k.noise ? [fragment(n, line, k.noise.start, k.noise.end)] : [],
    pieces: k.piece ? [k.piece] : [], inlineOnFirst: k.piece !== null || k.year !== null,
    year: k.year ? {...k.year, line: n} : null,
  }
}

/** The head line a tail at `n` completes: within reach, across text, blank and noise lines only. */
function findHead(lines: readonly number[], kinds: Map<number, LineKind>, n: number): number | null {
  const tail = kinds.get(n) as LabelLine
  for (let i = lines.indexOf(n) - 1; i >= 0 && n - lines[i]! <= HEAD_REACH; i--) {
    const k = kinds.get(lines[i]!)!
    if (k.kind === 'label') {
      return k.hit.part === 'head' && k.hit.fields.some((f) => tail.hit.fields.includes(f)) ? lines[i]! : null
    }
    if (k.kind !== 'text' && k.kind !== 'noise') return null
  }
  return null
}

/** Adds tail line `n` (and the lines between head and tail) to `entry`. */
function extend(entry: LabelEntry, n: number, k: LabelLine, lines: readonly number[],
  kinds: Map<number, LineKind>, text: (line: number) => string, inside: Set<number>) {
  for (const m of lines) {
    if (m <= entry.last || m >= n) continue
    const between = kinds.get(m)!
    if (between.kind !== 'text') continue
    inside.add(m)
    const line = text(m)
    const debris = DEBRIS.exec(line.slice(between.piece.start))
    if (debris) entry.debris.push({...fragment(m, line, between.piece.start, between.piece.start + debris[0].length), head: false})
    const piece = debris ? pieceOf(m, line, between.piece.start + debris[0].length) : between.piece
    if (piece) entry.pieces.push(piece)
  }
  inside.add(n)
  entry.hits.push({line: n, hit: k.hit})
  if (k.noise) entry.noise.push(fragment(n, text(n), k.noise.start, k.noise.end))
  if (k.piece) entry.pieces.push(k.piece)
  entry.last = n
}

/** `WIS E R ELE Oficina …` above a head-less tail: the garbage is the head, the rest a value. */
function adoptMangledHead(entry: LabelEntry, n: number, kinds: Map<number, LineKind>, text: (line: number) => string, inside: Set<number>) {
  const above = kinds.get(n - 1)
  if (above?.kind !== 'text') return
  const line = text(n - 1)
  const garbage = GARBAGE.exec(line.slice(above.piece.start))
  if (!garbage) return
  const end = above.piece.start + garbage[0].trimEnd().length
  entry.debris.push({...fragment(n - 1, line, above.piece.start, end), head: true})
  const piece = pieceOf(n - 1, line, end)
  entry.pieces.unshift(...(piece ? [piece] : []))
  entry.first = n - 1
  entry.inlineOnFirst = piece !== null
  inside.add(n - 1)
}

/** The trimmed span `start`–`end` of `text`. */
function fragment(line: number, text: string, start: number, end: number): Fragment {
  const raw = text.slice(start, end)
  const from = start + (raw.length - raw.trimStart().length)
  const to = end - (raw.length - raw.trimEnd().length)
  return {line, start: from, end: to, text: text.slice(from, to)}
}
