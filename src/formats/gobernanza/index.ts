/**
 * `gobernanza`: OCR of the foreign ministry's slides on local migration governance.
 *
 *   segment (header, titles) → per practice slide: classify lines → entries (split labels
 *   joined) → assign fields (labels, then layout and template order) → record (OCR repair,
 *   comuna) · per bullet slide: title, subtitle, items → metadata
 *
 * Metadata: `pageHeader` {text, lines}, `slides` [{line, title, kind}], `bulletSlides`
 * [{line, title, subtitle, items}], `ocrNoise` [{line, text}]. The Spanish dictionary for OCR
 * repair loads only here, only when repair is on and there are slides with values. A large file
 * is parsed in parts, slide by slide (parts.ts).
 */
import {OcrRepairer, printedNames, spanishSpeller, type Names} from '../../constructs/ocr-repair.js'
import type {FormatParser, ParseContext} from '../context.js'
import type {AnyRecord} from '../../schema/records.js'
import {readBulletSlide, type BulletSlide} from './bullet-slides.js'
import {buildEntries} from './entries.js'
import {assignFields} from './fields.js'
import {headerCountry} from './furniture.js'
import {carriedNames, parts, type Carried} from './parts.js'
import {buildPractice} from './record.js'
import {reportLabels, reportNoiseLine, reportNotes} from './reports.js'
import {segment} from './segment.js'
import {ValueText} from './value-text.js'

export const parser: FormatParser = {
  parts,
  async parse(ctx: ParseContext): Promise<AnyRecord[]> {
    const {headerLines, segments} = segment(ctx.doc.lines)
    // A part of a large file knows the country and the names printed up to and including it (parts.ts).
    const carried = ctx.carry as Carried | undefined
    const country = carried ? carried.country : headerLines.map((n) => headerCountry(ctx.line(n))).find((c) => c !== null) ?? null
    // Only practice and bullet slides have values to repair: without them, no dictionary is loaded.
    const hasValues = segments.some((s) => s.kind === 'practice' || s.kind === 'bullets')
    const repairer = ctx.options.repair && hasValues ? await loadRepairer(ctx, carried ? carriedNames(carried) : printedNames(ctx.doc.lines)) : null
    const text = new ValueText(ctx, repairer)

    for (const n of headerLines) ctx.claim(n)
    const records: AnyRecord[] = []
    const slides: Array<{line: number; title: string; kind: string}> = []
    const bulletSlides: BulletSlide[] = []
    const ocrNoise: Array<{line: number; text: string}> = []

    for (const s of segments) {
      if (s.titleLines.length > 0) slides.push({line: s.titleLines[0]!, title: s.titleLines.map((n) => ctx.line(n).trim()).join(' '), kind: s.kind})
      if (s.kind === 'bullets') bulletSlides.push(readBulletSlide(ctx, s, text))
      if (s.kind !== 'practice') continue
      const {entries, noiseLines} = buildEntries(s.body, (n) => ctx.line(n))
      const assignment = assignFields(entries, (piece) => text.clean(piece), ctx.lineOffset)
      reportLabels(ctx, entries)
      reportNotes(ctx, assignment.notes)
      records.push(buildPractice(ctx, s, assignment, text, country))
      for (const n of noiseLines) {
        reportNoiseLine(ctx, n)
        ocrNoise.push({line: n, text: ctx.line(n).trim()})
        ctx.claim(n)
      }
    }

    if (headerLines.length > 0) ctx.metadata.pageHeader = {text: firstHeader(ctx, headerLines), lines: headerLines}
    if (slides.length > 0) ctx.metadata.slides = slides
    if (bulletSlides.length > 0) ctx.metadata.bulletSlides = bulletSlides
    if (ocrNoise.length > 0) ctx.metadata.ocrNoise = ocrNoise
    return records
  },
}

/** The header as printed the first time (its consecutive lines joined). */
function firstHeader(ctx: ParseContext, lines: readonly number[]): string {
  const first = lines.filter((n, i) => n === lines[0]! + i)
  return first.map((n) => ctx.line(n).trim()).join(' ')
}

/**
 * The OCR repairer, or `null` (with a warning) when the Spanish dictionary cannot be loaded.
 * `names`: the capitalised words printed (for glued conjunctions).
 */
async function loadRepairer(ctx: ParseContext, names: Names): Promise<OcrRepairer | null> {
  try {
    return new OcrRepairer(await spanishSpeller(), names)
  } catch (error) {
    ctx.messages.report('ocr/dictionary-unavailable', `Unexpected failure loading the Spanish dictionary (${(error as Error).message}), expected \`nspell\` and \`dictionary-es\`; text is kept as printed`,
      {line: 1, column: 1, endLine: 1, endColumn: 1})
    return null
  }
}
