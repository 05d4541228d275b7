/**
 * The document's date, from the strongest place that gives one:
 *
 *   1. for an award (Sello Migrante), the date of the sentence about the award:
 *      `El 13 de diciembre de 2024, el alcalde … recibió …`
 *   2. a date line of its own (the page's publication date)   `25 Septiembre, 2024` · `12 May 2022`
 *   3. the dateline of the lead                                `Guatemala, 25 de septiembre de 2024. El …`
 *                                                              `São Paulo, 12 de maio de 2022 (ACNUR) –`
 *   4. the first complete date in the prose (`Los días 5 y 6 de diciembre del año 2023 …`),
 *      reported as `date/from-text` (info) since it may be the date of an event
 *
 * A date without a year (`QUITO, Ecuador, 11 de noviembre (ACNUR)`, `el 18 de octubre del año
 * pasado`, `el pasado 25 de septiembre`) is resolved against the publication date (a date line,
 * or the date in the page address `/2024/12/13/`) and reported as `date/relative` (info); without
 * one it is left out with `date/relative-unresolved` (info). A date line and a dateline that
 * disagree give `date/conflict`; a date that does not exist gives `date/invalid`. Years alone
 * (`Durante 2023`) are no date.
 */
import {readDateline} from '../../constructs/dateline.js'
import {relation, resolveRelative} from '../../constructs/relative-dates.js'
import {findDates, type DateMatch} from '../../constructs/spanish-dates.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import type {Language} from '../../vocab/number-words.js'
import type {Block} from './blocks.js'
import {inMembershipSentence} from './events.js'
import type {Layout} from './layout.js'
import {placeIn} from './places.js'

export interface DocumentDate {
  iso: string
  place: Place
  block: Block
  needle: string
}

export interface DateOptions {
  language: Language
  /** Prefer the date of the sentence about an award. */
  award: boolean
  /** The page's address, when the footer gives one (`…/2024/12/13/…`). */
  sourceUrl: string | null
}

const URL_DATE = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/

export function documentDate(ctx: ParseContext, layout: Layout, prose: Block[], options: DateOptions): DocumentDate | null {
  const {language} = options
  // Dates without a year already reported: the award pass and the general pass meet them both.
  const reported = new Set<string>()
  for (const {block, date} of layout.dateLines) if (date.invalid) invalid(ctx, block, date)
  for (const block of prose) for (const date of findDates(block.text, block.folded, language)) if (date.invalid) invalid(ctx, block, date)
  const line = layout.dateLines.find((d) => d.date.iso)
  const lineDate = line ? at(ctx, line.block, line.date.raw, line.date.iso!) : null
  const urlDate = options.sourceUrl ? URL_DATE.exec(options.sourceUrl) : null
  const published = lineDate?.iso ?? (urlDate ? `${urlDate[1]}-${urlDate[2]}-${urlDate[3]}` : null)

  const lead = layout.lead
  const dateline = lead ? readDateline(lead.text, language)?.date ?? null : null
  let datelineDate: DocumentDate | null = null
  if (lead && dateline?.iso) datelineDate = at(ctx, lead, dateline.raw, dateline.iso)
  // A dateline without its year is read only when no date line gives the date.
  else if (lead && dateline && !lineDate) datelineDate = relative(ctx, lead, dateline, published, true, reported)
  if (lineDate && datelineDate && lineDate.iso !== datelineDate.iso) {
    ctx.messages.report('date/conflict', `Unexpected dateline date \`${datelineDate.needle}\` (${datelineDate.iso}), expected the date line's ${lineDate.iso}`,
      datelineDate.place, {expected: lineDate.iso, actual: datelineDate.iso})
  }
  if (options.award) {
    const award = firstDate(ctx, prose, published, language, reported, (block, date) => inMembershipSentence(block, date.start))
    if (award) return award
  }
  if (lineDate ?? datelineDate) return lineDate ?? datelineDate
  const first = firstDate(ctx, prose, published, language, reported, () => true)
  if (first) {
    ctx.messages.report('date/from-text', `Unexpected document without a date line or dateline, expected one: using \`${first.needle}\` from the text (${first.iso})`,
      first.place, {actual: first.needle, expected: first.iso})
  }
  return first
}

/** The first complete or resolvable date in `prose` that `accept` takes. */
function firstDate(ctx: ParseContext, prose: Block[], published: string | null, language: Language, reported: Set<string>,
  accept: (block: Block, date: DateMatch) => boolean): DocumentDate | null {
  for (const block of prose) {
    for (const date of findDates(block.text, block.folded, language)) {
      if (date.invalid || !accept(block, date)) continue
      if (date.iso) return at(ctx, block, date.raw, date.iso)
      if (date.day === null || date.month === null) continue
      // A day and month without a year count only when words place them (`del año pasado`).
      if (relation(block.text, date, block.folded).how === 'implied') continue
      const resolved = relative(ctx, block, date, published, false, reported)
      if (resolved) return resolved
    }
  }
  return null
}

/** A date without a year, resolved against `published` (info), or left out (info). */
function relative(ctx: ParseContext, block: Block, date: DateMatch, published: string | null, inDateline: boolean, reported: Set<string>): DocumentDate | null {
  const resolved = resolveRelative(block.text, date, published, block.folded)
  const raw = resolved?.raw ?? block.text.slice(...spanOf(block, date))
  const place = placeIn(ctx, block, raw)
  const key = `${block.lines[0]}:${date.start}`
  const first = !reported.has(key)
  reported.add(key)
  if (!resolved) {
    if (first) ctx.messages.report('date/relative-unresolved',
      `Unexpected date without a year \`${raw}\`${inDateline ? ' in the dateline' : ''}, expected a publication date to place it: left out`, place, {actual: raw})
    return null
  }
  if (first) ctx.messages.report('date/relative', `Unexpected date without a year \`${raw}\`, expected a full date: read as ${resolved.iso} from the publication date ${published}`,
    place, {actual: raw, expected: resolved.iso})
  return {iso: resolved.iso, place, block, needle: raw}
}

function spanOf(block: Block, date: DateMatch): [number, number] {
  const {start, end} = relation(block.text, date, block.folded)
  return [start, end]
}

function at(ctx: ParseContext, block: Block, needle: string, iso: string): DocumentDate {
  return {iso, place: placeIn(ctx, block, needle), block, needle}
}

function invalid(ctx: ParseContext, block: Block, date: DateMatch): void {
  ctx.messages.report('date/invalid', `Unexpected date \`${date.raw}\`, expected a day that exists in that month`,
    placeIn(ctx, block, date.raw), {actual: date.raw})
}
