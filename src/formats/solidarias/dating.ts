/**
 * The document's date, from the strongest place that gives one:
 *
 *   1. a date line of its own             `25 Septiembre, 2024`
 *   2. the dateline of the lead paragraph  `Guatemala, 25 de septiembre de 2024. El …`
 *   3. the first complete date in the prose (`Los días 5 y 6 de diciembre del año 2023 …`),
 *      reported as `date/from-text` (info) since it may be the date of an event
 *
 * A date line and a dateline that disagree give `date/conflict`; a date that does not exist
 * (`31 de febrero de 2024`) gives `date/invalid`. Years alone (`Durante 2023`) are no date.
 */
import type {Place} from '../../diagnostics/diagnostic.js'
import {findDates, type DateMatch} from '../../constructs/spanish-dates.js'
import type {ParseContext} from '../context.js'
import type {Block} from './blocks.js'
import {dateline} from './country.js'
import type {Layout} from './layout.js'
import {placeIn} from './places.js'

export function documentDate(ctx: ParseContext, layout: Layout, prose: Block[]): {iso: string; place: Place} | null {
  for (const {block, date} of layout.dateLines) {
    if (date.invalid) invalid(ctx, block, date)
  }
  for (const block of prose) for (const date of findDates(block.text, block.folded)) if (date.invalid) invalid(ctx, block, date)
  const line = layout.dateLines.find((d) => d.date.iso)
  const lead = layout.lead
  const first = lead ? dateline(lead) : null
  const lineDate = line ? {iso: line.date.iso!, place: placeIn(ctx, line.block, line.date.raw)} : null
  const datelineDate = first?.date.iso && lead ? {iso: first.date.iso, place: placeIn(ctx, lead, first.date.raw)} : null
  if (lineDate && datelineDate && lineDate.iso !== datelineDate.iso) {
    ctx.messages.report('date/conflict', `Unexpected dateline date \`${first!.date.raw}\` (${datelineDate.iso}), expected the date line's ${lineDate.iso}`,
      datelineDate.place, {expected: lineDate.iso, actual: datelineDate.iso})
  }
  if (lineDate ?? datelineDate) return lineDate ?? datelineDate
  for (const block of prose) {
    for (const date of findDates(block.text, block.folded)) {
      if (!date.iso) continue
      const place = placeIn(ctx, block, date.raw)
      ctx.messages.report('date/from-text', `Unexpected document without a date line or dateline, expected one: using \`${date.raw}\` from the text (${date.iso})`,
        place, {actual: date.raw, expected: date.iso})
      return {iso: date.iso, place}
    }
  }
  return null
}

function invalid(ctx: ParseContext, block: Block, date: DateMatch): void {
  ctx.messages.report('date/invalid', `Unexpected date \`${date.raw}\`, expected a day that exists in that month`,
    placeIn(ctx, block, date.raw), {actual: date.raw})
}
