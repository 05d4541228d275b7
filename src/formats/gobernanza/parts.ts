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
   * part's text alive). Each part gets a set of its own, never changed once made: the parts after
   * it may be cut, and their names read, before it is parsed.
   */
  names: ReadonlySet<string>
}

export const parts: PartRules = {
  carry(before, lines): Carried {
    const carried = before as Carried | undefined
    // A copy of the names so far (as many as the document's distinct names, not as its parts').
    const names = new Set(carried?.names)
    for (const name of capitalisedWords(lines)) if (!names.has(name)) names.add(detach(name))
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

