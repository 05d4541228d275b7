/**
 * `ficha`: ACNUR + Sello Migrante good-practice sheets (Chile), one `practice` per sheet.
 *
 *   lines → furniture (form feeds, `Página N`, running headers → metadata)
 *         → segment (introduction → metadata, sheets at `MUNICIPALIDAD`, title blocks)
 *         → parse-sheet (labelled sections, checkbox grid, month table, Líneas Sello, comuna)
 */
import {joinParagraphs, paragraphs, readLabel, type SourceLine} from '../../constructs/labelled-sections.js'
import type {FormatParser, ParseContext} from '../context.js'
import {fold} from '../../text/fold.js'
import {INTRODUCTION_HEADINGS} from '../../vocab/phrases.js'
import {findFurniture} from './furniture.js'
import {SECTION_LABELS} from './labels.js'
import {parseSheet} from './parse-sheet.js'
import {readAnchor, segment} from './segment.js'

export const parser: FormatParser = {
  parse(ctx) {
    const labelId = (source: SourceLine) => readLabel(source, SECTION_LABELS)?.id ?? null
    const furniture = findFurniture(ctx.doc.lines, (text) => labelId({line: 0, text}) !== null || readAnchor({line: 0, text}) !== null)
    if (furniture.metadata) {
      ctx.metadata.pageFurniture = furniture.metadata
      for (const line of furniture.lines) ctx.claim(line)
    }
    const {intro, sheets} = segment(withoutFurniture(ctx.doc.lines, furniture.lines), labelId)
    // An introduction introduces sheets: without any, its text is not placed (it stays unmapped).
    if (sheets.length > 0) readIntroduction(ctx, intro)
    if (sheets.length === 0) {
      ctx.messages.report('ficha/no-sheet', 'Unexpected document without sheets, expected a `MUNICIPALIDAD` line or section labels such as `Breve descripción`',
        {line: 1, column: 1, endLine: 1, endColumn: 1})
    }
    return sheets.map((sheet) => parseSheet(ctx, sheet))
  },
}

const CONTENT = /\S/
const isBlank = (text: string) => !CONTENT.test(text)
const SENTENCE_END = /[.;:!?]$/
const LOWER_START = /^\p{Ll}/u

/**
 * The document's lines without its furniture. A page break (with its blank lines, footer and
 * running header) inside a wrapped sentence disappears, so `… para personas` / `migrantes …`
 * on the next page stay one paragraph; elsewhere one blank line is kept as paragraph break.
 */
function withoutFurniture(all: readonly string[], furniture: ReadonlySet<number>): SourceLine[] {
  const lines: SourceLine[] = []
  // The last content line before a run of blank lines and furniture (trimmed only when a page break needs it).
  let before = ''
  for (let i = 0; i < all.length; i++) {
    const text = all[i]!
    const blank = isBlank(text)
    const isBreak = furniture.has(i + 1) || (blank && text.includes('\f'))
    if (!isBreak && !blank) {
      lines.push({line: i + 1, text})
      before = text
      continue
    }
    let end = i
    let breaks = isBreak
    while (end + 1 < all.length && (furniture.has(end + 2) || isBlank(all[end + 1]!))) {
      end++
      breaks ||= furniture.has(end + 1) || all[end]!.includes('\f')
    }
    for (let k = i; k <= end; k++) {
      if (furniture.has(k + 1)) continue
      // A run without page break keeps all its blank lines; one across a page break keeps its
      // first, unless the break falls inside a wrapped sentence.
      if (!breaks) lines.push({line: k + 1, text: all[k]!})
      else {
        const last = before.trim(), after = (all[end + 1] ?? '').trim()
        const wraps = last !== '' && !SENTENCE_END.test(last) && LOWER_START.test(after)
        if (!wraps) lines.push({line: k + 1, text: all[k]!})
        break
      }
    }
    i = end
  }
  return lines
}

/**
 * The text before the first sheet → `metadata.introduction = {heading, text, startLine, endLine}`.
 * A first short line such as `INTRODUCCIÓN` is its heading.
 */
function readIntroduction(ctx: ParseContext, intro: readonly SourceLine[]): void {
  const content = intro.filter((s) => !isBlank(s.text))
  if (content.length === 0) return
  let heading: string | null = null
  const first = content[0]!.text.replace(/\f/g, ' ').trim()
  const folded = fold(first).replace(/[:.]$/, '')
  if (INTRODUCTION_HEADINGS.some((h) => folded === h)) heading = first
  // Without its heading line, if any.
  const text = joinParagraphs(paragraphs(heading === null ? intro : intro.filter((s) => s !== content[0])))
  ctx.metadata.introduction = {heading, text, startLine: content[0]!.line, endLine: content.at(-1)!.line}
  for (const s of content) ctx.claim(s.line)
}
