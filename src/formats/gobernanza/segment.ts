/**
 * Cuts the slides into segments, one per upper-case title:
 *
 *   BUENAS PRACTICAS … / GOBERNANZA MIGRATORIA …     header (furniture, any number of times)
 *   PRIMERA CONSULTA A MIGRANTES Y REFUGIADOS         → practice (its body holds template labels)
 *   RELACION DINAMICA ENTRE MIGRACION Y CIUDAD        → bullets (no template label in its body)
 *
 * A title wrapped over two adjacent upper-case lines is one title. Lines before the first
 * title form a `loose` segment, or an untitled practice when they hold template labels.
 */
import {isBlank} from '../../read/source.js'
import {isHeaderLine, isTitleLine} from './furniture.js'
import {labelAt, pairAt} from './label-line.js'

export type SegmentKind = 'practice' | 'bullets' | 'loose'

export interface Segment {
  kind: SegmentKind
  /** Line numbers (1-based) of the title, empty for `loose`. */
  titleLines: number[]
  /** Non-blank body lines (1-based), header lines excluded. */
  body: number[]
}

export interface Segmentation {
  headerLines: number[]
  segments: Segment[]
}

/** Segments of `lines` (the document's lines, index 0 = line 1). */
export function segment(lines: readonly string[]): Segmentation {
  const headerLines: number[] = []
  const segments: Segment[] = []
  let current: Segment = {kind: 'loose', titleLines: [], body: []}
  lines.forEach((text, index) => {
    const line = index + 1
    if (isBlank(text)) return
    if (isHeaderLine(text)) {
      headerLines.push(line)
      return
    }
    if (isTitleLine(text)) {
      const last = current.titleLines.at(-1)
      if (last === line - 1 && current.body.length === 0) {
        current.titleLines.push(line)
        return
      }
      if (current.titleLines.length > 0 || current.body.length > 0) segments.push(current)
      current = {kind: 'bullets', titleLines: [line], body: []}
      return
    }
    current.body.push(line)
  })
  if (current.titleLines.length > 0 || current.body.length > 0) segments.push(current)
  for (const s of segments) {
    if (s.body.some((line) => holdsTemplate(lines[line - 1]!))) s.kind = 'practice'
  }
  return {headerLines, segments}
}

/** A line that only a practice slide prints: a whole label, a label head, or an indicator pair. */
function holdsTemplate(text: string): boolean {
  const hit = labelAt(text)
  return (hit !== null && hit.part !== 'tail') || pairAt(text) !== null
}
