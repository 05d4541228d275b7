/**
 * Annex rows → `practice` records, one per example.
 *
 *    <p>Objective</p>⇥<p>Pertinent action</p>⇥<p>Rivera (Uruguay): Observatorio … (2018) … Enlace: …</p>
 *    ^ objective (number printed or inferred)  ^ kept in metadata.annexActions   ^ the practice
 */
import {readAnnexPractice} from '../../constructs/annex-practice.js'
import {cellText} from '../../constructs/html-cell.js'
import type {ParseContext} from '../context.js'
import {emptyPractice, type Practice} from '../../schema/records.js'
import {cellPlace, textPlace, type Cell} from './cells.js'
import type {Sighting} from './sightings.js'

export interface AnnexAction {
  line: number
  objective: number | null
  text: string
}

/** The practice of an annex row, or null (with a warning) when its example cell is empty. */
export function annexPractice(ctx: ParseContext, cells: readonly Cell[], objective: Sighting): Practice | null {
  const cell = cells.length >= 3 ? cells[cells.length - 1]! : null
  const line = objective.line
  if (!cell || cell.content.blocks.length === 0) {
    ctx.messages.report('pmm-annex/empty-cell',
      `Unexpected annex row without an example, expected a third cell such as \`Rivera (Uruguay): Title (2018) … Enlace: …\``,
      cell ? cellPlace(cell) : ctx.place(line))
    return null
  }
  const read = readAnnexPractice(cell.content.blocks)
  const practice = emptyPractice(ctx.source(line, line))
  const at = (text: string | null | undefined) => textPlace(ctx, cell, text)
  for (const issue of read.issues) ctx.messages.found(issue, at(issue.at))

  practice.title = read.title
  if (read.title) ctx.locate(practice, 'title', at(read.title))
  if (read.place) {
    practice.place = read.place
    ctx.locate(practice, 'place', at(read.placeText))
  }
  practice.country = read.place?.country ?? null
  if (practice.country) ctx.locate(practice, 'country', at(read.placeText))
  else if (read.titleCountry) countryFromTitle(ctx, practice, read.titleCountry, at(read.title))
  if (read.place) practice.places = [{name: read.place.name, country: read.place.country, admin1: null}]
  practice.year = read.year
  practice.startYear = read.startYear
  practice.endYear = read.endYear
  practice.ongoing = read.ongoing
  practice.language = 'es'
  if (read.yearText) {
    ctx.locate(practice, 'year', at(read.yearText))
    if (read.startYear) ctx.locate(practice, 'startYear', at(read.yearText))
  }
  practice.description = read.description
  if (read.description) ctx.locate(practice, 'description', cellPlace(cell))
  practice.link = read.link
  if (read.link) ctx.locate(practice, 'link', at(read.link.text))
  if (objective.number !== null) {
    practice.pmmObjectives = [objective.number]
    ctx.locate(practice, 'pmmObjectives', objective.label?.place ?? objective.statement?.place ?? ctx.place(line))
  }
  return practice
}

/** The pertinent action cell between the objective and the example. */
export function annexAction(cells: readonly Cell[], objective: Sighting): AnnexAction | null {
  const middle = cells.length >= 3 ? cells.slice(1, -1) : []
  const text = middle.map((c) => cellText(c.content)).filter(Boolean).join('\n')
  return text ? {line: objective.line, objective: objective.number, text} : null
}

/**
 * `… Censos Demográficos de Brasil (2022)` with no `(Country)` place: country BR, a reported
 * repair. A place whose parentheses name cities (`Pichincha (Quito) y Azuay (Cuenca): … del
 * Ecuador (2020-2022)`) gets the country too.
 */
function countryFromTitle(ctx: ParseContext, practice: Practice, found: {name: string; code: string}, place: ReturnType<typeof cellPlace>): void {
  if (!ctx.options.repair) {
    ctx.messages.report('pmm-annex/country-from-title',
      `Unexpected example without \`(Country)\`, expected a place such as \`Rivera (Uruguay)\`; its title names \`${found.name}\` (${found.code}), not applied because repairs are off`,
      place, {actual: practice.title ?? '', expected: found.code})
    return
  }
  practice.country = found.code
  ctx.locate(practice, 'country', place)
  if (practice.place && practice.place.country === null) practice.place = {...practice.place, country: found.code}
  ctx.messages.report('pmm-annex/country-from-title',
    `Unexpected example without \`(Country)\`, expected a place such as \`Rivera (Uruguay)\`; country \`${found.code}\` read from \`${found.name}\` in its title${practice.place ? ' (for its place too)' : ''}`,
    place, {actual: practice.title ?? '', expected: found.code})
}
