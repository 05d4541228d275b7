/**
 * Country names in Spanish, English and Portuguese → ISO 3166-1 alpha-2, with the names of the
 * `i18n-iso-countries` package (loaded on first use: `await loadCountries()`). Official long
 * names and common variants are normalized, not listed:
 *
 *   Perú · Brazil · Brasil                         → PE · BR · BR   (case and accents folded)
 *   Colombia (100)                                 → CO             (a site's term id dropped)
 *   República Oriental del Uruguay                 → UY             (state form + preposition dropped)
 *   Bolivia (Estado Plurinacional de)              → BO             (qualifier in parentheses dropped)
 *   Bahamas, The · Korea, Republic of              → BS · KR        (inverted forms turned round)
 *   PER · PE                                       → PE             (alpha-3 and alpha-2 codes)
 *   Global · Regional                              → null           (a scope, not a country)
 */
import {createRequire} from 'node:module'
import {fold} from '../text/fold.js'
import {trimEndWhere, withoutEnding} from '../text/trim.js'
import {NAME_ARTICLES, NAME_PREPOSITIONS, NOT_A_COUNTRY, STATE_FORM_WORDS} from '../vocab/geo-words.js'

export type CountryHow = 'name' | 'normalized' | 'code'

export interface CountryMatch {
  code: string
  /** How the text was read: a listed name, a normalized long name or variant, or an ISO code. */
  how: CountryHow
}

export interface CountryMention extends CountryMatch {
  /** The words as written, and their offsets in the text (0-based, end exclusive). */
  text: string
  start: number
  end: number
}

export interface Countries {
  /** The country `text` names (the whole text is a country name), or null. */
  find(text: string): CountryMatch | null
  /** Every country named in running text, each once, in order of appearance. */
  mentions(text: string): CountryMention[]
  /** The English name of a code, for messages (`PE` → `Peru`). */
  name(code: string): string
}

/** The languages whose names are indexed. */
const LANGUAGES = ['es', 'en', 'pt'] as const
/** In running text a name is a capitalised word of at least this many letters (`Perú`, not `irán`, a verb). */
const MIN_MENTION_LENGTH = 4
/** Longest country name in words, for the scan of running text. */
const MAX_NAME_WORDS = 6

interface IsoLibrary {
  registerLocale(data: {locale: string; countries: Record<string, string | string[]>}): void
  getNames(lang: string, options: {select: 'all'}): Record<string, string[]>
  alpha3ToAlpha2(code: string): string | undefined
  isValid(code: string): boolean
}

let loaded: Promise<Countries> | undefined

/** The country index, built once per process from the package's Spanish, English and Portuguese names. */
export function loadCountries(): Promise<Countries> {
  loaded ??= Promise.resolve().then(build)
  return loaded
}

function build(): Countries {
  const require = createRequire(import.meta.url)
  // The package's core without its Node entry, which would register every one of ~80 languages.
  const iso = require('i18n-iso-countries/index.js') as IsoLibrary
  for (const lang of LANGUAGES) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`))
  const names = new Map<string, string>()
  const english = iso.getNames('en', {select: 'all'})
  for (const lang of LANGUAGES) {
    for (const [code, list] of Object.entries(iso.getNames(lang, {select: 'all'}))) {
      for (const name of list) {
        const key = foldName(name)
        if (!names.has(key)) names.set(key, code)
        const turned = turnRound(key)
        if (turned !== key && !names.has(turned)) names.set(turned, code)
      }
    }
  }
  const lookup = (key: string) => names.get(key) ?? null
  return {
    find: (text) => findCountry(text, lookup, iso),
    mentions: (text) => mentionsIn(text, lookup),
    name: (code) => english[code]?.[0] ?? code,
  }
}

/** Folded, with typographic apostrophes made plain (`Côte d’Ivoire`). */
function foldName(text: string): string {
  return fold(text).replace(/[’‘`´]/g, "'")
}

/** A term id at the end of a trimmed name: `Chile (152)`. */
const TERM_ID = /\(\s*\d+\s*\)$/

/** `text` without a term id at its end and the white space around it: `Chile (152) ` → `Chile`. */
export function withoutTermId(text: string): string {
  return withoutEnding(text, TERM_ID, true)
}

const CODE = /^\s*([A-Z]{2,3})\s*$/
const ARTICLE = new RegExp(`^(?:${NAME_ARTICLES.join('|')})\\s+`)
const STATE_FORM = new RegExp(`^(?:${STATE_FORM_WORDS.join('|')})\\s+(.+)$`)
const PREPOSITION = new RegExp(`^(?:${[...NAME_PREPOSITIONS].sort((a, b) => b.length - a.length).join('|')})\\s+`)
const INVERTED = /^(.+?),\s*(.+)$/

/** `bahamas, the` → `the bahamas`; `korea, republic of` → `republic of korea`; anything else unchanged. */
function turnRound(key: string): string {
  const m = INVERTED.exec(key)
  if (!m) return key
  const tail = m[2]!
  const lead = ARTICLE.test(`${tail} `) || PREPOSITION.test(`${tail.split(' ').at(-1)} `) || STATE_FORM.test(tail)
  return lead ? `${tail} ${m[1]}` : key
}

function findCountry(text: string, lookup: (key: string) => string | null, iso: IsoLibrary): CountryMatch | null {
  const code = CODE.exec(text)?.[1]
  if (code) {
    const alpha2 = code.length === 2 ? (iso.isValid(code) ? code : undefined) : iso.alpha3ToAlpha2(code)
    if (alpha2) return {code: alpha2, how: 'code'}
  }
  const key = trimEndWhere(foldName(withoutTermId(text)), /[.;:]/).trim()
  if (!key || NOT_A_COUNTRY.includes(key)) return null
  const exact = lookup(key)
  if (exact) return {code: exact, how: 'name'}
  for (const candidate of variants(key)) {
    const found = lookup(candidate)
    if (found) return {code: found, how: 'normalized'}
  }
  return null
}

/**
 * Normalized forms of a folded name, most literal first: without a parenthesised qualifier (or
 * the qualifier itself), turned round, without an article, without the state form and its
 * adjectives (`republica oriental del uruguay` → `oriental del uruguay` → `uruguay`).
 */
function variants(key: string): string[] {
  const out: string[] = []
  const add = (k: string) => { if (k && !out.includes(k)) out.push(k) }
  const parens = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(key)
  const bases = parens ? [parens[1]!, parens[2]!] : [key]
  for (const base of bases) {
    const turned = turnRound(base)
    for (const form of [base, turned]) {
      const bare = form.replace(ARTICLE, '')
      add(bare)
      const state = STATE_FORM.exec(bare)
      if (!state) continue
      const words = state[1]!.split(' ')
      for (let i = 0; i < words.length; i++) add(words.slice(i).join(' ').replace(PREPOSITION, ''))
    }
  }
  return out
}

const WORD = /[\p{L}][\p{L}'’-]*/gu
const UPPER = /^\p{Lu}/u

function mentionsIn(text: string, lookup: (key: string) => string | null): CountryMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({start: m.index, end: m.index + m[0].length, folded: foldName(m[0]), capital: UPPER.test(m[0])}))
  const found: CountryMention[] = []
  const seen = new Set<string>()
  for (let i = 0; i < words.length;) {
    let hit: CountryMention | null = null
    for (let size = Math.min(MAX_NAME_WORDS, words.length - i); size >= 1 && !hit; size--) {
      if (!words[i]!.capital) break
      const key = words.slice(i, i + size).map((w) => w.folded).join(' ')
      if (key.length < MIN_MENTION_LENGTH) continue
      const code = lookup(key)
      if (code) {
        const start = words[i]!.start, end = words[i + size - 1]!.end
        hit = {code, how: 'name', text: text.slice(start, end), start, end}
        i += size
      }
    }
    if (!hit) { i++; continue }
    if (!seen.has(hit.code)) { seen.add(hit.code); found.push(hit) }
  }
  return found
}
