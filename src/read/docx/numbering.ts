/**
 * List markers from `word/numbering.xml`: a bulleted paragraph reads `- text`, a numbered one
 * `1. text` (`a.`, `A.`, `i.` for letters and roman numerals), the markers the text parsers
 * take for list items. Counters run per list and level; a level restarts after a higher one.
 */
import {attr, child, childElements, type XmlElement} from './xml.js'

interface Level {
  format: string
  start: number
}

export interface Numbering {
  /** The marker of the next paragraph of list `numId` at level `ilvl`, or `null` (no marker). */
  next(numId: string, ilvl: number): string | null
}

const val = (element: XmlElement | undefined) => (element ? attr(element, 'val') : undefined)

export function readNumbering(root: XmlElement | null): Numbering {
  const abstracts = new Map<string, Map<number, Level>>()
  const nums = new Map<string, string>()
  if (root) {
    for (const abstract of childElements(root, 'abstractNum')) {
      const levels = new Map<number, Level>()
      for (const lvl of childElements(abstract, 'lvl')) {
        levels.set(Number(attr(lvl, 'ilvl') ?? 0), {format: val(child(lvl, 'numFmt')) ?? 'decimal', start: Number(val(child(lvl, 'start')) ?? 1) || 1})
      }
      const id = attr(abstract, 'abstractNumId')
      if (id !== undefined) abstracts.set(id, levels)
    }
    for (const num of childElements(root, 'num')) {
      const id = attr(num, 'numId'), abstract = val(child(num, 'abstractNumId'))
      if (id !== undefined && abstract !== undefined) nums.set(id, abstract)
    }
  }
  const counters = new Map<string, number[]>()
  return {
    next(numId, ilvl) {
      const abstract = nums.get(numId)
      // numId 0 removes numbering.
      if (abstract === undefined || numId === '0') return null
      const level = abstracts.get(abstract)?.get(ilvl) ?? {format: 'bullet', start: 1}
      const counts = counters.get(abstract) ?? []
      counters.set(abstract, counts)
      counts.length = Math.min(counts.length, ilvl + 1)
      const n = counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1
      return marker(level.format, n)
    },
  }
}

function marker(format: string, n: number): string | null {
  switch (format) {
    case 'none': return null
    case 'bullet': return '-'
    case 'lowerLetter': return `${letters(n)}.`
    case 'upperLetter': return `${letters(n).toUpperCase()}.`
    case 'lowerRoman': return `${roman(n)}.`
    case 'upperRoman': return `${roman(n).toUpperCase()}.`
    default: return `${n}.`
  }
}

function letters(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1)
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  let rest = Math.min(n, 3999)
  for (const [value, digits] of table) while (rest >= value) { out += digits; rest -= value }
  return out
}
