/**
 * An example practice in a PMM annex cell, from the cell's blocks (see html-cell.ts):
 *
 *   Rivera (Uruguay): Observatorio Departamental … (2018) Este Observatorio … Enlace: Observatorio … (un.org)
 *   ^ place  ^ country ^ title                      ^ year ^ description        ^ link
 *
 * The place prefix is optional (`Defensoras al parlante: mujeres … (2021) …` has none: a colon
 * not preceded by `(…)` belongs to the title). The year is the first one in `(2018)`,
 * `(desde 2018)` or `(2020-2022)`; the title ends there. List items stay lines (`1. …`).
 */
import type {Finding} from '../diagnostics/diagnostic.js'
import {fold} from '../text/fold.js'
import {COUNTRIES} from '../vocab/countries.js'
import {PMM_LINK_LABELS, PMM_ONGOING_YEAR_PREFIXES, PMM_START_YEAR_PREFIXES, PMM_YEAR_PREFIXES} from '../vocab/pmm.js'
import {blockLines, type CellBlock} from './html-cell.js'
import {trimEndWhere} from '../text/trim.js'

export interface AnnexPractice {
  title: string | null
  place: {name: string; country: string | null} | null
  /** Text of the place prefix as printed (`Rivera (Uruguay)`), to place it on the line. */
  placeText: string | null
  year: number | null
  /** Set when the year group marks a start: `(desde 2018)`, `(2020-2022)`. */
  startYear: number | null
  /** The second year of a range: `(2020-2022)` → 2022. */
  endYear: number | null
  /** `true` for a start without a closing year (`(desde 2018)`), else `null`. */
  ongoing: true | null
  /** The year group as printed, e.g. `(desde 2018)`. */
  yearText: string | null
  description: string | null
  link: {text: string; url: string | null} | null
  /** A single country named in the title (`… Censos Demográficos de Brasil`), when the place names none. */
  titleCountry: {name: string; code: string} | null
  /** Problems with the example, `at` the text concerned (the whole cell when undefined). */
  issues: Array<Finding<string | undefined>>
}

const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|')
const YEAR_GROUP = new RegExp(`\\(\\s*(?:(${words(PMM_YEAR_PREFIXES)})\\s+)?((?:19|20)\\d{2})(?:\\s*(?:[-–—/]|al?|y)\\s*((?:19|20)\\d{2}))?\\s*\\)`, 'i')
/** `Enlace: …` at the start of a paragraph or after a sentence: `… Venezuela. Enlace: …`. */
const LINK = new RegExp(`(^|[.!?)”"]\\s+)(?:${words(PMM_LINK_LABELS)})\\s*:\\s*(.*)$`, 'is')
const PLACE = /^([^:()]{2,120}(?:\([^()]{2,60}\)[^:()]{0,80})*\([^()]{2,60}\))\s*:\s*/
const URL = /https?:\/\/[^\s)\]>"]+/
const MD_LINK = /^\[([^\]]+)\]\(([^)\s]*)\)\s*$/

export function readAnnexPractice(blocks: readonly CellBlock[]): AnnexPractice {
  const result: AnnexPractice = {title: null, place: null, placeText: null, year: null, startYear: null, endYear: null, ongoing: null, yearText: null,
    description: null, link: null, titleCountry: null, issues: []}
  const lines = blockLines(blocks)
  const linkAt = findLink(lines, blocks, result)
  if (lines.length === 0 || !lines[0]) return result

  let head = lines[0]
  const place = PLACE.exec(head)
  if (place && !YEAR_GROUP.test(place[1]!)) {
    result.placeText = place[1]!.trim()
    result.place = readPlace(result.placeText, result)
    head = head.slice(place[0].length)
  } else {
    result.issues.push({rule: 'pmm-annex/no-place', at: head.slice(0, 40), actual: head.slice(0, 40),
      message: `Unexpected example without \`Place (Country):\` before its title, expected e.g. \`Rivera (Uruguay): …\`; place left empty`})
  }

  const year = YEAR_GROUP.exec(head)
  let rest: string
  if (year) {
    result.yearText = year[0]
    result.year = Number(year[2])
    const prefix = year[1] ? fold(year[1]) : null
    if (year[3] || (prefix && (PMM_START_YEAR_PREFIXES as readonly string[]).includes(prefix))) result.startYear = result.year
    if (year[3]) result.endYear = Number(year[3])
    else if (prefix && (PMM_ONGOING_YEAR_PREFIXES as readonly string[]).includes(prefix)) result.ongoing = true
    result.title = clean(head.slice(0, year.index)) || null
    rest = head.slice(year.index + year[0].length).trim()
  } else {
    const sentence = lines.length > 1 ? -1 : head.search(/[.!?]\s/)
    result.title = clean(sentence < 0 ? head : head.slice(0, sentence)) || null
    rest = sentence < 0 ? '' : head.slice(sentence + 1).trim()
    result.issues.push({rule: 'pmm-annex/no-year', at: head.slice(0, 60), actual: head.slice(0, 60),
      message: `Unexpected title without a year, expected \`Title (2018)\` or \`(desde 2018)\`; title read up to the ${lines.length > 1 ? 'end of the first paragraph' : 'first sentence'}`})
  }

  const description = [rest, ...lines.slice(1, linkAt < 0 ? undefined : linkAt)].filter(Boolean)
  result.description = description.length ? description.join('\n') : null
  if (result.title && !result.place?.country) result.titleCountry = countryIn(result.title)
  return result
}

/** Finds `Enlace: …` (its own paragraph, or the end of the last one); cuts it from `lines`. */
function findLink(lines: string[], blocks: readonly CellBlock[], result: AnnexPractice): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = LINK.exec(lines[i]!)
    if (!m) continue
    const printed = m[2]!.trim()
    const md = MD_LINK.exec(printed)
    const text = md ? md[1]!.trim() : printed
    const href = md?.[2] ?? blocks[i]?.links.find((l) => URL.test(l.href))?.href ?? URL.exec(printed)?.[0] ?? null
    result.link = text ? {text, url: href && URL.test(href) ? href : null} : null
    const before = lines[i]!.slice(0, m.index + m[1]!.length).trim()
    if (before) { lines[i] = before; return i + 1 }
    lines.splice(i, 1)
    return i
  }
  result.issues.push({rule: 'pmm-annex/no-link', at: undefined, message: 'Unexpected example without `Enlace: …`, expected a link line; link left empty'})
  return -1
}

/** `Rivera (Uruguay)` → Rivera, UY; `Pichincha (Quito), … y Azuay (Cuenca)` → whole text, no country. */
function readPlace(text: string, result: AnnexPractice): {name: string; country: string | null} {
  const last = /\(([^()]+)\)$/.exec(text)!
  const code = COUNTRIES.get(fold(last[1]!))
  if (code) return {name: clean(text.slice(0, last.index)), country: code}
  result.issues.push({rule: 'pmm-annex/place-without-country', at: last[1]!, actual: last[1]!,
    message: `Unexpected \`(${last[1]})\` at the end of the place, expected a country such as \`(Uruguay)\`; place kept whole, without country`})
  return {name: text, country: null}
}

/** The one country named in `text` (as printed there), or null when none or several are. */
function countryIn(text: string): {name: string; code: string} | null {
  const words = text.match(/\p{L}+/gu) ?? []
  // Each word folded once: folding `a b` equals folding `a` and `b` and joining them with a space.
  const folded = words.map((w) => fold(w))
  const found = new Map<string, string>()
  for (let size = 1; size <= 3; size++) {
    for (let i = 0; i + size <= words.length; i++) {
      const code = COUNTRIES.get(folded.slice(i, i + size).join(' '))
      if (code && !found.has(code)) found.set(code, words.slice(i, i + size).join(' '))
    }
  }
  const [only] = found
  return found.size === 1 ? {name: only![1], code: only![0]} : null
}

function clean(text: string): string {
  return trimEndWhere(text, /[\s:;,–-]/).trim()
}
