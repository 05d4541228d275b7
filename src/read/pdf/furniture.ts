/**
 * Page furniture: running headers, footers and page numbers. A page's first or last lines are
 * furniture when they are a page number (`3`, `- 3 -`, `Página 3 de 12`, `3/12`), or when the
 * same text (digits aside) sits at the same height at the top or bottom of at least half the
 * pages (two at least). The reader leaves them out and reports each one (info).
 */
import {fold} from '../../text/fold.js'
import {proseText, type PdfLine} from './lines.js'

export interface FurnitureFound {
  /** The text as printed on its first page. */
  text: string
  pages: number[]
}

const PAGE_NUMBER = /^(?:(?:p(?:a|á)g(?:ina|\.)?|page|p\.)\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:de|of|\/)\s*\d{1,4})?$/i
/** Lines looked at from each end of a page. */
const EDGE_LINES = 2
const SAME_HEIGHT = 3

const keyOf = (line: PdfLine) => `${fold(proseText(line)).replace(/\d+/g, '#')}@${Math.round(line.y / SAME_HEIGHT)}`

/** Removes furniture from `pages` (each page's lines, top to bottom) and tells what was removed. */
export function dropFurniture(pages: PdfLine[][]): FurnitureFound[] {
  const seen = new Map<string, Set<number>>()
  const edges = (lines: readonly PdfLine[]) => [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))]
  pages.forEach((lines, index) => {
    for (const line of edges(lines)) {
      const key = keyOf(line)
      if (!seen.has(key)) seen.set(key, new Set())
      seen.get(key)!.add(index)
    }
  })
  const needed = Math.max(2, Math.ceil(pages.length / 2))
  const found = new Map<string, FurnitureFound>()
  pages.forEach((lines, index) => {
    const drop = new Set<PdfLine>()
    const test = (line: PdfLine) => {
      const text = proseText(line).trim()
      const repeated = (seen.get(keyOf(line))?.size ?? 0) >= needed
      if (!repeated && !PAGE_NUMBER.test(text)) return false
      drop.add(line)
      const key = repeated ? keyOf(line) : `page-number@${Math.round(line.y / SAME_HEIGHT)}`
      const entry = found.get(key) ?? {text, pages: []}
      entry.pages.push(index + 1)
      found.set(key, entry)
      return true
    }
    // From the top down and from the bottom up, while lines are furniture.
    for (let i = 0; i < Math.min(EDGE_LINES, lines.length) && test(lines[i]!); i++);
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - EDGE_LINES) && !drop.has(lines[i]!) && test(lines[i]!); i--);
    if (drop.size) pages[index] = lines.filter((line) => !drop.has(line))
  })
  return [...found.values()]
}
