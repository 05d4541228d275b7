/**
 * Groups the classified lines of one practice into entries, in line order: labels (split ones
 * joined by `split-labels.ts`, with their values), value blocks (runs of adjacent text lines),
 * indicator pairs and bare years. Noise lines break blocks and are listed apart.
 *
 *   Oficina de Migrantes y Refugiados, Municipalidad de Quilicura   → block 12–12
 *   Encuesta andnima y voluntaria que conté con un grupo de …       → block 14–15
 *   labores de traduccion
 *   -Indicador 1: generacion de reporte de resultados               → pair (indicator 1)
 */
import type {BlockEntry, Entries, Entry, LabelEntry} from './entry.js'
import {classify, type LineKind, type Piece} from './lines.js'
import {joinLabels} from './split-labels.js'

/** Entries of the practice body `lines` (1-based numbers; `text(n)` gives a line). */
export function buildEntries(lines: readonly number[], text: (line: number) => string): Entries {
  const kinds = new Map<number, LineKind>(lines.map((n) => [n, classify(n, text(n))]))
  const {labels, inside} = joinLabels(lines, kinds, text)

  const entries: Entry[] = []
  const noiseLines: number[] = []
  let block: BlockEntry | null = null
  for (const n of lines) {
    const k = kinds.get(n)!
    if (inside.has(n)) continue
    if (k.kind === 'noise') {
      noiseLines.push(n)
      block = null
      continue
    }
    if (k.kind === 'text') {
      if (block && block.last === n - 1) {
        block.last = n
        block.pieces.push(k.piece)
      } else {
        block = {kind: 'block', first: n, last: n, pieces: [k.piece]}
        entries.push(block)
      }
      continue
    }
    block = null
    if (k.kind === 'pair') entries.push({kind: 'pair', first: n, last: n, hit: k.hit, pieces: k.piece ? [k.piece] : []})
    else if (k.kind === 'year') entries.push({kind: 'year', first: n, last: n, year: {value: k.value, start: k.start, end: k.end, line: n}})
    else if (labels.has(n)) entries.push(labels.get(n)!)
  }
  entries.sort((a, b) => a.first - b.first)
  return {entries, noiseLines}
}
