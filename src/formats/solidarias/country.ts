/**
 * The country a release is about, from the strongest evidence the text gives:
 *
 *   1. dateline   `QUITO, Ecuador, 11 de noviembre (ACNUR) –` → EC; `Tegucigalpa –` → HN;
 *                 `Guatemala, 25 de septiembre de 2024.` → GT; `Puerto Varas, 13 de …` → CL
 *   2. office     `ACNUR Chile`, `Representante en Guatemala`, `Representante do ACNUR no Brasil`
 *   3. issuer     `Ministerio de Relaciones Exteriores -MINEX-`, `Servicio Nacional de Migraciones`
 *                 in the header or title, a local government there whose place names its country
 *                 (`- Ilustre Municipalidad de Quilicura` → CL); the Sello Migrante, which the
 *                 State of Chile awards
 *   4. members    every member in one country (see members.ts)
 *   5. mention    `en Honduras`, `na Guatemala`, `la capital hondureña`, an issuer named in the body;
 *                 in the title or lead also `primera Ciudad Solidaria de Honduras` and a city or
 *                 province that names its country (`Mendoza` → AR)
 *
 * Countries named in passing (`los Planes de Acción de México (2004) y Brasil (2014)`) are not
 * evidence. Country names are read in Spanish, Portuguese and English (country-names.ts).
 */
import {readDateline} from '../../constructs/dateline.js'
import {fold} from '../../text/fold.js'
import {trimEndWhere} from '../../text/trim.js'
import {DEMONYM_PLACE_NOUNS, DEMONYMS, ISSUER_COUNTRIES, PLACE_COUNTRIES} from '../../vocab/country-hints.js'
import type {Language} from '../../vocab/number-words.js'
import type {Block} from './blocks.js'
import {countryCode} from './country-names.js'
import {gazetteerFor} from './gazetteers.js'
import {OFFICE_WORDS} from './labels.js'
import {matchesOf} from './matches.js'
import {escapeRegExp} from '../../text/regexp.js'

export type CountryHow = 'dateline' | 'office' | 'issuer' | 'members' | 'mention'

export interface CountryEvidence {
  country: string
  how: CountryHow
  block: Block
  /** The words that gave it, as written in the block. */
  needle: string
}

/** Up to four words after a cue: a country name is looked up among their prefixes, longest first. */
const WORDS_AFTER = `((?:\\p{L}[\\p{L}.'-]*)(?:\\s+\\p{L}[\\p{L}.'-]*){0,3})`
const OFFICE = new RegExp(`(?<![a-z])(?:${OFFICE_WORDS.map(escapeRegExp).join('|')})\\s+${WORDS_AFTER}`, 'gu')
const MENTION = new RegExp(`(?<![a-z])(?:en|na|no|em)\\s+(?:(?:el|la|o|a)\\s+)?${WORDS_AFTER}`, 'gu')
const TOP_MENTION = new RegExp(`(?<![a-z])(?:de|del|da|do)\\s+(?:(?:el|la|o|a)\\s+)?${WORDS_AFTER}`, 'gu')
const DEMONYM = new RegExp(`(?<![a-z])(?:${DEMONYM_PLACE_NOUNS.join('|')})\\s+(${[...DEMONYMS.keys()].join('|')})(?![a-z])`, 'g')
const ISSUER = new RegExp(`(?<![a-z])(${ISSUER_COUNTRIES.map(([name]) => escapeRegExp(name)).join('|')})(?![a-z])`, 'g')
const LOCAL_GOVERNMENT = /(?<![a-z])(?:municipalidad|alcaldia|intendencia|prefeitura|gobierno regional|gobernacion|ayuntamiento|municipio)\s+(?:de|del|da|do)\s+(?:la\s+|el\s+)?/g
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|la|las|los|el|do|da|dos|das)\s+)?\p{Lu}[\p{L}'’.-]*){0,5}/u
/** A capital at `lastIndex`. */
const UPPER_AT = /\p{Lu}/uy
const PLACE = new RegExp(`(?<![a-z])(${[...PLACE_COUNTRIES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z])`, 'g')

/**
 * The country named by the longest run of the words captured at `m` (group 1), as written in
 * `block`: its code and the words. Names must be capitalised (`en la paz` is no `La Paz`), and a
 * name followed by a year in parentheses (`México (2004)`) is a plan, not a place.
 */
function countryAfter(block: Block, m: RegExpMatchArray): {country: string; needle: string} | null {
  const start = m.index! + m[0].length - m[1]!.length
  // Every run of words tried starts where the words do: a small letter there rules them all out.
  UPPER_AT.lastIndex = start
  if (!UPPER_AT.test(block.text)) return null
  const words = block.text.slice(start, start + m[1]!.length).split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const needle = trimEndWhere(words.slice(0, n).join(' '), /[.,;:]/)
    const country = /^\p{Lu}/u.test(needle) ? countryCode(needle) : null
    if (!country) continue
    const after = block.text.slice(block.text.indexOf(needle, start) + needle.length)
    return /^\s*\(\d/.test(after) ? null : {country, needle}
  }
  return null
}

/** The country of a dateline's places, outermost first: a country, a known city or province, a gazetteer place. */
export function datelineCountry(block: Block, language: Language): {country: string; needle: string} | null {
  const line = readDateline(block.text, language)
  if (!line) return null
  for (const place of [...line.places].reverse()) {
    const country = placeCountry(place)
    if (country) return {country, needle: place}
  }
  return null
}

/**
 * Every piece of evidence, strongest first. `prose`: title, lead, body…; `header`: leading items
 * and the title; `lead`: the paragraph that may open with the dateline.
 */
export function countryEvidence(prose: Block[], header: Block[], lead: Block | null, language: Language, top: readonly Block[] = []): CountryEvidence[] {
  const found: CountryEvidence[] = []
  const line = lead ? datelineCountry(lead, language) : null
  if (line && lead) found.push({country: line.country, how: 'dateline', block: lead, needle: line.needle})
  const at = (block: Block, m: RegExpMatchArray, group = 1) => {
    const start = m.index! + m[0].indexOf(m[group]!)
    return block.text.slice(start, start + m[group]!.length)
  }
  for (const block of prose) {
    for (const m of matchesOf(OFFICE, block.folded)) {
      const hit = countryAfter(block, m)
      if (hit) found.push({country: hit.country, how: 'office', block, needle: block.text.slice(m.index, m.index + m[0].length - m[1]!.length) + hit.needle})
    }
  }
  const headerSet = new Set(header)
  for (const block of header) {
    for (const m of matchesOf(LOCAL_GOVERNMENT, block.folded)) {
      const name = PLACE_NAME.exec(block.text.slice(m.index + m[0].length))?.[0]
      const country = name ? placeCountry(name) : null
      if (name && country) found.push({country, how: 'issuer', block, needle: name})
    }
  }
  for (const block of [...header, ...prose]) {
    for (const m of matchesOf(ISSUER, block.folded)) {
      const country = ISSUER_COUNTRIES.find(([name]) => name === m[1])![1]
      found.push({country, how: headerSet.has(block) ? 'issuer' : 'mention', block, needle: at(block, m)})
    }
  }
  for (const block of prose) {
    for (const m of matchesOf(MENTION, block.folded)) {
      const hit = countryAfter(block, m)
      if (hit) found.push({country: hit.country, how: 'mention', block, needle: hit.needle})
    }
    for (const m of matchesOf(DEMONYM, block.folded)) found.push({country: DEMONYMS.get(m[1]!)!, how: 'mention', block, needle: at(block, m)})
  }
  for (const block of top) {
    for (const m of matchesOf(TOP_MENTION, block.folded)) {
      const hit = countryAfter(block, m)
      if (hit) found.push({country: hit.country, how: 'mention', block, needle: hit.needle})
    }
    for (const m of matchesOf(PLACE, block.folded)) {
      const needle = at(block, m)
      if (needle.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:de|del|do|da|la|el)$/.test(w))) found.push({country: PLACE_COUNTRIES.get(m[1]!)!, how: 'mention', block, needle})
    }
  }
  const rank: Record<CountryHow, number> = {dateline: 0, office: 1, issuer: 2, members: 3, mention: 4}
  return found.sort((a, b) => rank[a.how] - rank[b.how])
}

/** The country most mentions name, when one leads. */
export function leadingMention(evidence: CountryEvidence[]): CountryEvidence | null {
  const mentions = evidence.filter((e) => e.how === 'mention')
  const counts = new Map<string, number>()
  for (const e of mentions) counts.set(e.country, (counts.get(e.country) ?? 0) + 1)
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1])
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return null
  return mentions.find((e) => e.country === ranked[0]![0]) ?? null
}

/** A place → country: a country, a known city or province, or a place of one gazetteer. */
export function placeCountry(place: string): string | null {
  const key = fold(place).replace(/\s*\(([^)]*)\)$/, '')
  const inParens = /\(([^)]*)\)$/.exec(place)?.[1]
  const direct = countryCode(key) ?? PLACE_COUNTRIES.get(key) ?? (inParens ? countryCode(inParens) : null)
  if (direct) return direct
  const hits = ['GT', 'CL'].filter((c) => {
    const gazetteer = gazetteerFor(c)!
    return gazetteer.municipality(place)?.how === 'exact' || gazetteer.admin1(place) !== null
  })
  return hits.length === 1 ? hits[0]! : null
}
