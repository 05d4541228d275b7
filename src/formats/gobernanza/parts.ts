/**
 * A large file of OCR slides is parsed in parts (src/pipeline/stream.ts): a part ends just before
 * a slide title, so every slide lies whole in one part and parses as it would in the whole file.
 *
 *   Logros/resultados                                  ← the previous part ends here
 *   PROGRAMA DE ASISTENCIA PARA INMIGRANTES            ← a part starts at a title …
 *   VULNERABLES                                        ← … never inside one wrapped over two lines
 *
 * Two things are read from the whole document and are carried from part to part (`Carried`):
 * the country the page header names (printed once at the top, or on every page), and the
 * capitalised words printed so far, for the repair of glued conjunctions. A part knows the
 * names printed in it and before it, not those printed only after it. Both are read from the
 * lines as the part is cut (`carry`), before it is parsed, so parts may be parsed on any thread.
 */
import {capitalisedWords} from '../../constructs/ocr-repair.js'
import {isBlank} from '../../read/source.js'
import {detach} from '../../text/detach.js'
import type {PartRules} from '../context.js'
import {headerCountry, isHeaderLine, isTitleLine} from './furniture.js'

/** What the document up to and including a part tells. */
export interface Carried {
  /** The first country a page header named, or `null` while none has. */
  country: string | null
  /**
   * The capitalised words printed up to and including the part (copies: they must not keep a
   * part's text alive), in sets never changed once made: the parts after it may be cut, and their
   * names read, before it is parsed. A part adds a set of the names it prints first and shares
   * the sets before it, so a part costs its new names, not all the names so far; past
   * `MAX_NAME_SETS` sets they are merged into one (`carriedNames` reads them as one).
   */
  names: ReadonlyArray<ReadonlySet<string>>
}

/**
 * Sets of names a part's value may hold: a lookup tries each, and each merge copies every name,
 * once per this many parts that print new names.
 */
const MAX_NAME_SETS = 16

export const parts: PartRules = {
  carry(before, lines): Carried {
    const carried = before as Carried | undefined
    const sets = carried?.names ?? []
    const added = new Set<string>()
    for (const name of capitalisedWords(lines)) if (!added.has(name) && !sets.some((set) => set.has(name))) added.add(detach(name))
    let names = added.size > 0 ? [...sets, added] : sets
    if (names.length > MAX_NAME_SETS) names = [new Set(names.flatMap((set) => [...set]))]
    return {country: carried?.country ?? pageCountry(lines), names}
  },

  cut(lines) {
    // The last title that starts a slide (a title line not under another), with text before it.
    for (let i = lines.length - 1; i > 0; i--) {
      if (!isTitleLine(lines[i]!) || isTitleLine(lines[i - 1]!)) continue
      for (let k = i - 1; k >= 0; k--) if (!isBlank(lines[k]!)) return i
      return -1
    }
    return -1
  },

  merge(document, part, offset) {
    const header = part.pageHeader as {text: string; lines: number[]} | undefined
    if (header) {
      const into = document.pageHeader as {text: string; lines: number[]} | undefined
      const lines = header.lines.map((line) => line + offset)
      if (into) into.lines.push(...lines)
      else document.pageHeader = {text: header.text, lines}
    }
    for (const key of ['slides', 'bulletSlides', 'ocrNoise'] as const) {
      const list = part[key] as Array<{line: number}> | undefined
      if (!list) continue
      const into = (document[key] ??= []) as Array<{line: number}>
      for (const item of list) into.push({...item, line: item.line + offset})
    }
  },
}

/** The country the first page header of `lines` that names one names (as `segment` finds headers). */
export function pageCountry(lines: readonly string[]): string | null {
  for (const text of lines) {
    if (isBlank(text) || !isHeaderLine(text)) continue
    const country = headerCountry(text)
    if (country) return country
  }
  return null
}

/** The names a part carries, as one lookup. */
export function carriedNames(carried: Carried): {has(name: string): boolean} {
  const sets = carried.names
  return {has: (name) => sets.some((set) => set.has(name))}
}
