/**
 * Page furniture of PDF exports, kept out of fields and recorded as document metadata:
 *
 *   \f                                   form feed: a page break (the rest of the line is content)
 *   Página 3   Página 3 de 12   Pág. 3   page-number footer
 *   Fichas de Buenas Prácticas 2023      running header: the same first (or last) line on ≥ 2 pages
 *
 * Pages are delimited by form feeds and page-number footers. Without page breaks no line is a
 * running header, so a repeated value such as `Recursos propios municipales.` never is.
 */
import {fold} from '../../text/fold.js'

export interface Furniture {
  /** 1-based lines that are furniture (never content). */
  lines: Set<number>
  metadata: {
    pageBreaks: number[]
    pageNumbers: Array<{line: number; text: string}>
    runningHeaders: Array<{text: string; lines: number[]}>
  } | null
}

const PAGE_NUMBER = /^(?:p(?:a|á)g(?:ina|\.)?\s*\d+(?:\s*(?:de|\/)\s*\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/

/** `protect(text)` is true for lines that are never furniture (labels, the `MUNICIPALIDAD` anchor). */
const MAX_FOOTER_LENGTH = 40

/** A page-number footer: `Página 3`, `Pág. 3 de 12`, `- 3 -`, `3/12`. */
export function isPageNumber(text: string): boolean {
  if (text.length > MAX_FOOTER_LENGTH || !/\d/.test(text)) return false
  const folded = fold(text)
  return folded !== '' && PAGE_NUMBER.test(folded)
}

export function findFurniture(lines: readonly string[], protect: (text: string) => boolean = () => false): Furniture {
  const pageBreaks: number[] = []
  const pageNumbers: Array<{line: number; text: string}> = []
  lines.forEach((text, index) => {
    if (text.includes('\f')) pageBreaks.push(index + 1)
    if (isPageNumber(text)) pageNumbers.push({line: index + 1, text: text.replace(/\f/g, '').trim()})
  })
  const furniture = new Set(pageNumbers.map((p) => p.line))
  const runningHeaders = findRunningHeaders(lines, pageBreaks, furniture).filter((h) => !protect(h.text))
  for (const header of runningHeaders) for (const line of header.lines) furniture.add(line)
  const any = pageBreaks.length + pageNumbers.length + runningHeaders.length > 0
  return {lines: furniture, metadata: any ? {pageBreaks, pageNumbers, runningHeaders} : null}
}

/** Lines repeated as the first or last content line of at least two pages. */
function findRunningHeaders(lines: readonly string[], pageBreaks: number[], footers: Set<number>): Array<{text: string; lines: number[]}> {
  const bounds = [...new Set([...pageBreaks.map((l) => l - 1), ...footers])].sort((a, b) => a - b)
  if (bounds.length === 0) return []
  const pages: Array<[number, number]> = []
  let start = 1
  for (const bound of [...bounds, lines.length]) {
    if (bound >= start) pages.push([start, bound])
    start = bound + 1
  }
  const seen = new Map<string, number[]>()
  const note = (line: number | undefined) => {
    if (line === undefined) return
    const key = fold(lines[line - 1]!.replace(/\f/g, ''))
    seen.set(key, [...(seen.get(key) ?? []), line])
  }
  for (const [first, last] of pages) {
    const content: number[] = []
    for (let n = first; n <= last; n++) if (/\S/.test(lines[n - 1]!.replace(/\f/g, '')) && !footers.has(n)) content.push(n)
    note(content[0])
    if (content.length > 1) note(content.at(-1))
  }
  return [...seen.values()]
    .filter((found) => new Set(found).size >= 2)
    .map((found) => ({text: lines[found[0]! - 1]!.replace(/\f/g, '').trim(), lines: [...new Set(found)].sort((a, b) => a - b)}))
}
