/**
 * A large ficha document is parsed in parts (src/pipeline/stream.ts): a part ends just before the
 * title of a sheet, so every sheet lies whole in one part and parses as it would in the whole
 * document. Page furniture lists are joined; a running header is one entry with all its lines.
 *
 *   … Grupo prioritario / Mujeres haitianas      ← the previous part ends here
 *   Academia Municipal Abierta: AMA              ← a part starts at a sheet's title
 *   MUNICIPALIDAD
 */
import {readLabel, type SourceLine} from '../../constructs/labelled-sections.js'
import type {PartRules} from '../context.js'
import {isPageNumber, type Furniture} from './furniture.js'
import {SECTION_LABELS} from './labels.js'
import {readAnchor, titleStart} from './segment.js'

const labelId = (source: SourceLine) => readLabel(source, SECTION_LABELS)?.id ?? null
/** Lines around a cut that must hold no page break: furniture there could move a title. */
const CLEAR = 6
/** A page break or a page number: a cut keeps away from them (a running header follows them). */
const pageBreak = (text: string) => text.includes('\f') || isPageNumber(text)

type PageFurniture = NonNullable<Furniture['metadata']>

export const parts: PartRules = {
  cut(lines) {
    let first = -1
    for (let i = 0; i < lines.length && first < 0; i++) if (readAnchor({line: i + 1, text: lines[i]!})) first = i
    if (first < 0) return -1
    // The last sheet after the first whose title is clear of page breaks (else the last sheet).
    let anchor = -1
    let fallback = -1
    for (let i = lines.length - 1; i >= first; i--) {
      if (!readAnchor({line: i + 1, text: lines[i]!})) continue
      if (anchor >= 0) {
        // `i` is the anchor before `anchor`: the title of `anchor`'s sheet lies between them.
        const window = lines.slice(i + 1, anchor + 1).map((text, k): SourceLine => ({line: i + k + 2, text}))
        const start = i + 1 + titleStart(window, window.length - 1, 0, labelId)
        if (!lines.slice(Math.max(0, start - CLEAR), anchor + 1).some(pageBreak)) return start
        if (fallback < 0) fallback = start
      }
      anchor = i
    }
    return fallback
  },

  merge(document, part, offset) {
    const intro = part.introduction as {startLine: number; endLine: number} | undefined
    if (intro && !document.introduction) document.introduction = {...intro, startLine: intro.startLine + offset, endLine: intro.endLine + offset}
    const furniture = part.pageFurniture as PageFurniture | undefined
    if (!furniture) return
    const into = (document.pageFurniture ??= {pageBreaks: [], pageNumbers: [], runningHeaders: []}) as PageFurniture
    for (const line of furniture.pageBreaks) into.pageBreaks.push(line + offset)
    for (const p of furniture.pageNumbers) into.pageNumbers.push({...p, line: p.line + offset})
    for (const header of furniture.runningHeaders) {
      const lines = header.lines.map((line) => line + offset)
      const same = into.runningHeaders.find((h) => h.text === header.text)
      if (same) for (const line of lines) same.lines.push(line)
      else into.runningHeaders.push({text: header.text, lines})
    }
  },
}
