/**
 * The country a report is about, from the strongest evidence the text gives:
 *
 *   1. dateline        `Guatemala, 25 de septiembre de 2024. El Canciller …`   → GT
 *   2. office          `ACNUR Chile apoya …`, `Representante en Guatemala`      → CL, GT
 *   3. publisher       `Ministerio de Relaciones Exteriores -MINEX-`            → GT
 *   4. members         places found in the country's gazetteer (see members.ts)
 *   5. mention         `En Guatemala, 19 municipios …`
 *
 * Countries named in passing (`los Planes de Acción de México (2004) y Brasil (2014)`) are not
 * evidence.
 */
import {findDates, type DateMatch} from '../../constructs/spanish-dates.js'
import {fold} from '../../text/fold.js'
import {COUNTRIES} from '../../vocab/countries.js'
import type {Block} from './blocks.js'
import {gazetteerFor} from './gazetteers.js'
import {DATELINE_CITIES, MINISTRY_COUNTRIES, OFFICE_WORDS} from './labels.js'

export type CountryHow = 'dateline' | 'office' | 'publisher' | 'members' | 'mention'

export interface CountryEvidence {
  country: string
  how: CountryHow
  block: Block
  /** The words that gave it, as written in the block. */
  needle: string
}

const COUNTRY_NAMES = [...COUNTRIES.keys()]
const NAMES = [...COUNTRY_NAMES].sort((a, b) => b.length - a.length).join('|')
const OFFICE = new RegExp(`(?<![a-z])(?:${OFFICE_WORDS.join('|')})\\s+(${NAMES})(?![a-z])`, 'g')
const MENTION = new RegExp(`(?:^|[.;]\\s+)en\\s+(${NAMES}),`, 'g')
const MINISTRIES = [...MINISTRY_COUNTRIES].map(([acronym, country]) => [acronym, country, new RegExp(`(?<![a-z])${acronym}(?![a-z])`)] as const)

/** `Guatemala, 25 de septiembre de 2024.` at the start of a paragraph: its place and date. */
export function dateline(block: Block): {place: string; date: DateMatch} | null {
  const match = /^([^,.;:\d]{2,60}),\s*/.exec(block.text)
  if (!match) return null
  const date = findDates(block.text.slice(0, match[0].length + 48))[0]
  return date && date.start === match[0].length ? {place: match[1]!.trim(), date} : null
}

/** Every piece of evidence in `prose` (title, lead, body…) and the `header` items, strongest first. */
export function countryEvidence(prose: Block[], header: Block[]): CountryEvidence[] {
  const found: CountryEvidence[] = []
  for (const block of prose) {
    const line = dateline(block)
    const country = line ? placeCountry(line.place) : null
    if (line && country) found.push({country, how: 'dateline', block, needle: line.place})
  }
  // Offices and mentions need a country name: most paragraphs have none.
  const naming = prose.filter((block) => COUNTRY_NAMES.some((name) => block.folded.includes(name)))
  for (const block of naming) {
    for (const m of block.folded.matchAll(OFFICE)) found.push({country: COUNTRIES.get(m[1]!)!, how: 'office', block, needle: block.text.slice(m.index, m.index + m[0].length)})
  }
  for (const block of header) {
    for (const [acronym, country, pattern] of MINISTRIES) {
      const at = block.folded.search(pattern)
      if (at >= 0) found.push({country, how: 'publisher', block, needle: block.text.slice(at, at + acronym.length)})
    }
  }
  for (const block of naming) {
    for (const m of block.folded.matchAll(MENTION)) {
      const at = m.index + m[0].indexOf(m[1]!)
      found.push({country: COUNTRIES.get(m[1]!)!, how: 'mention', block, needle: block.text.slice(at, at + m[1]!.length)})
    }
  }
  return found
}

/** A dateline's place → country: a country, a capital, or a municipality of one gazetteer. */
function placeCountry(place: string): string | null {
  const key = fold(place).replace(/\s*\(([^)]*)\)$/, '')
  const inParens = /\(([^)]*)\)$/.exec(fold(place))?.[1]
  const direct = COUNTRIES.get(key) ?? DATELINE_CITIES.get(key) ?? (inParens ? COUNTRIES.get(inParens) : undefined)
  if (direct) return direct
  const hits = ['GT', 'CL'].filter((c) => gazetteerFor(c)?.municipality(place)?.how === 'exact')
  return hits.length === 1 ? hits[0]! : null
}
