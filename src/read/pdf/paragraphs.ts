/**
 * Prose lines and tables → the document's text lines, paragraph by paragraph:
 *
 *   … que se encuentran en situación        ← reaches the right margin: the next word did not
 *   irregular.                                fit, so the line wrapped → joined: `… situación irregular.`
 *   Oficina de Migración … Dirección de Salud ← ends short: a line break the author typed → kept
 *   Dirección de Educación …
 *
 *   (a larger gap, or another font size)    ← new paragraph: a blank line
 *
 * A hyphen at the end of a wrapped line, before a lower-case word, is mended when the two halves
 * make a Spanish word (`intercul-` + `tural` → `intercultural`, reported as a repair) and kept
 * otherwise (`co-` + `organizado` stays `co-organizado`). A paragraph that runs on from one page
 * to the next is joined the same way. Tables are set off by blank lines.
 */
import {spanishSpeller} from '../../constructs/ocr-repair.js'
import {proseText, type PdfLine} from './lines.js'
import type {Unit} from './columns.js'

export interface Assembled {
  lines: string[]
  pages: number[]
  /** Words mended across a line end: the 1-based line, as printed and as mended. */
  mended: Array<{line: number; actual: string; expected: string}>
}

/** A step this many times the usual line pitch (for the font size) starts a paragraph. */
const PARAGRAPH_STEP = 1.3
const SIZE_CHANGE = 0.6
const SPACE_EM = 0.28
const HYPHENATED = /\p{L}[-\u00ad]$/u
const LOWER_START = /^\p{Ll}/u

export async function assemble(pages: ReadonlyArray<readonly Unit[]>): Promise<Assembled> {
  const out: Assembled = {lines: [], pages: [], mended: []}
  const pitch = linePitches(pages)
  const push = (text: string, page: number) => { out.lines.push(text); out.pages.push(page) }
  const separate = (page: number) => { if (out.lines.length && out.lines.at(-1) !== '') push('', page) }
  let prev: PdfLine | null = null
  let prevRight = 0
  for (const [index, units] of pages.entries()) {
    const page = index + 1
    const right = Math.max(0, ...units.flatMap((u) => (u.kind === 'prose' ? [u.line.x1] : u.lines.map((l) => l.x1))))
    for (const unit of units) {
      if (unit.kind === 'table') {
        separate(page)
        for (const text of unit.text) push(text, page)
        separate(page)
        prev = null
        continue
      }
      const line = unit.line
      const text = proseText(line)
      if (!prev) { separate(page); push(text, page); prev = line; prevRight = right; continue }
      const samePage = prev.page === line.page
      const sameSize = Math.abs(prev.size - line.size) <= SIZE_CHANGE
      const step = prev.y - line.y
      const usual = pitch.get(Math.round(line.size)) ?? line.size * 1.2
      // Wrapped: the next line's first word would not have fitted after this line's words set
      // with plain spaces (a justified line ended by a typed break reaches the margin too).
      const wrapped = prev.x0 + prev.naturalWidth + prev.size * SPACE_EM + line.firstWordWidth > prevRight - prev.size * 0.5
      const last = out.lines.at(-1) ?? ''
      const together = sameSize && (samePage ? step > 0 && step <= usual * PARAGRAPH_STEP : wrapped && LOWER_START.test(text))
      if (!together) {
        separate(page)
        push(text, page)
      } else if (wrapped) {
        out.lines[out.lines.length - 1] = HYPHENATED.test(last) && LOWER_START.test(text) ? await mend(last, text, out) : `${last} ${text}`
      } else push(text, page)
      prev = line
      prevRight = right
    }
  }
  while (out.lines.length && out.lines.at(-1) === '') { out.lines.pop(); out.pages.pop() }
  return out
}

const WORD_BEFORE = /\p{L}+[-\u00ad]$/u
const WORD_AFTER = /^\p{L}+/u

/** `last` ending `intercul-` joined with `text` opening `tural`: the hyphen goes if the word is Spanish. */
async function mend(last: string, text: string, out: Assembled): Promise<string> {
  const head = WORD_BEFORE.exec(last)![0].slice(0, -1), tail = WORD_AFTER.exec(text)?.[0] ?? ''
  const soft = last.endsWith('\u00ad')
  const word = head + tail
  if (!soft && !(await spanishSpeller()).correct(word.toLowerCase())) return last + text
  out.mended.push({line: out.lines.length, actual: `${head}-${tail}`, expected: word})
  return last.slice(0, -1) + text
}

/** The usual step between lines of one paragraph, per (rounded) font size: the commonest short step. */
function linePitches(pages: ReadonlyArray<readonly Unit[]>): Map<number, number> {
  const steps = new Map<number, number[]>()
  for (const units of pages) {
    let prev: PdfLine | null = null
    for (const unit of units) {
      if (unit.kind !== 'prose') { prev = null; continue }
      const line = unit.line
      if (prev && Math.abs(prev.size - line.size) <= SIZE_CHANGE) {
        const step = prev.y - line.y
        if (step > 0 && step < line.size * 2) {
          const key = Math.round(line.size)
          if (!steps.has(key)) steps.set(key, [])
          steps.get(key)!.push(step)
        }
      }
      prev = line
    }
  }
  const pitches = new Map<number, number>()
  for (const [size, list] of steps) {
    list.sort((a, b) => a - b)
    // The lower quartile: most short steps are inside paragraphs, the longer ones between them.
    pitches.set(size, list[Math.floor(list.length / 4)]!)
  }
  return pitches
}
