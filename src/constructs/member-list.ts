/**
 * Member lists: the localities a network names as members, each with its first-level division
 * (department, region) where the text gives it, checked against a country's gazetteer.
 *
 *   la Municipalidad de la Ciudad de Guatemala; San Benito y Flores, Petén; Huehuetenango; …
 *   ^ Ciudad de Guatemala (Guatemala)           ^ San Benito (Petén), Flores (Petén)
 *   …; Livingston y Puerto Barrios, Izabal; Esquipulas, Chiquimula y la Gobernación departamental de Huehuetenango
 *                                           ^ Esquipulas (Chiquimula)   ^ kept as written, admin1 Huehuetenango
 *
 * Items are separated by `;`, `,`, `y`/`e`. After a comma, a division that holds every pending
 * municipality is their division (`San Benito y Flores, Petén`); in a list without `;` only when
 * it is not itself a municipality (`Iquique, Tarapacá`, but `Arica, Antofagasta y Calama` is
 * three comunas). `Lago Agrio (Sucumbíos)` gives the division in parentheses. A bare name that is
 * both a municipality and a department (`Huehuetenango`) is read as the municipality, with its
 * department from the gazetteer: departments as members are written `departamento de X`.
 * `Gobernación departamental de X`, `Gobierno Regional de X`: kept as written, admin1 X.
 *
 * Given `countryOf` (a country-name lookup), a list may name countries too: `Quito (Ecuador)`,
 * `Barranquilla, Colombia`, `Maipú, na Argentina` give the item its `country`; a country that
 * follows no place (`Ciudades Solidarias de Argentina, Chile y Uruguay`) is not a member.
 */
import type {MatchKind} from '../normalize/gazetteer.js'
import {fold} from '../text/fold.js'
import {trimEndWhere, withoutEnding} from '../text/trim.js'
import {
  ADMIN1_GOVERNMENT_PREFIXES, ADMIN1_PREFIXES, MAX_PLACE_WORDS, MUNICIPALITY_PREFIXES, PLACE_ARTICLES,
  PLACE_CONNECTORS,
} from '../vocab/place-words.js'
import {foldSameLength} from './spanish-numbers.js'

export interface PlaceMatch {
  name: string
  admin1: string | null
  how: MatchKind
}

/** A country's places; names arrive without article and without `Municipalidad de`. */
export interface Gazetteer {
  country: string
  municipality(name: string, admin1?: string | null): PlaceMatch | null
  admin1(name: string): string | null
  /** The nearest known names, for "did you mean" suggestions. */
  suggest?(name: string): string[]
}

export interface MemberItem {
  /** The item as written, e.g. `la Municipalidad de la Ciudad de Guatemala`. */
  written: string
  /** Official name when the gazetteer knows it, else as written without article/prefix. */
  name: string
  admin1: string | null
  kind: 'municipality' | 'admin1' | 'government' | 'unknown'
  how: MatchKind | null
  /** Whether `admin1` was written in the text or taken from the gazetteer. */
  admin1From: 'text' | 'gazetteer' | null
  /** ISO code of a country the text names for the item (`Quito (Ecuador)`), else null. */
  country: string | null
  /** 0-based offsets of `written` in the text given. */
  start: number
  end: number
}

export interface Part {
  text: string
  start: number
  end: number
  /** What separates it from the part before. */
  sep: ';' | ',' | 'y' | null
}

/** Splits `text[from, to)` at `;`, `,` and the words `y`/`e`, outside parentheses. */
export function splitParts(text: string, from = 0, to = text.length): Part[] {
  const parts: Part[] = []
  let depth = 0, start = from, sep: Part['sep'] = null
  const push = (end: number, next: Part['sep'], skip: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const body = trimEndWhere(raw.trim(), /[.:]/)
    if (body) parts.push({text: body, start: start + lead, end: start + lead + body.length, sep})
    start = end + skip
    sep = next
  }
  const separators = /[;,()]|\s[ye]\s/g
  separators.lastIndex = from
  for (let m = separators.exec(text); m && m.index < to; m = separators.exec(text)) {
    const ch = m[0]
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (depth > 0) continue
    else if (ch === ';' || ch === ',') push(m.index, ch, 1)
    else if (m.index + 3 <= to) {
      push(m.index, 'y', 3)
      separators.lastIndex = m.index + 2
    }
  }
  push(to, null, 0)
  return parts
}

/** Country names in a list: `Ecuador`, `na Argentina`, `en Chile` → ISO code, else null. */
export type CountryOf = (text: string) => string | null

/** `na Argentina`, `en Chile`, `(Brasil)` → the country, with `countryOf`. */
function countryPart(text: string, countryOf: CountryOf | undefined): string | null {
  if (!countryOf) return null
  const bare = text.replace(/^[(\s]+|[)\s.]+$/g, '').replace(/^(?:en|na|no|em|in)\s+(?:(?:el|la|o|a)\s+)?/i, '')
  return /^\p{Lu}/u.test(bare) ? countryOf(bare) : null
}

/** Parses a list already cut out of its sentence. `structured`: the list uses `;` between groups. */
export function parseMemberList(text: string, gazetteer: Gazetteer | null, structured = text.includes(';'), countryOf?: CountryOf): MemberItem[] {
  const parts = splitParts(text)
  const items: MemberItem[] = []
  let pending: MemberItem[] = []
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i]!
    const next = parts[i + 1]
    if (part.sep === ';') pending = []
    // `Quito, Ecuador`: a country after places is theirs; a country alone is no member.
    const country = (part.sep === ',' || part.sep === null || part.sep === 'y' || part.sep === ';') ? countryPart(part.text, countryOf) : null
    const asPlace = gazetteer && (part.sep === ',' && pending.length > 0 ? gazetteer.admin1(stripArticle(part.text)) : gazetteer.municipality(stripArticle(part.text))?.how === 'exact')
    if (country && !asPlace) {
      if (part.sep === ',') for (const p of pending) p.country ??= country
      pending = []
      continue
    }
    // `Arica y Parinacota` is one name, not two.
    if (next?.sep === 'y' && gazetteer) {
      const joined = text.slice(part.start, next.end)
      if (resolve(joined, 0, joined.length, gazetteer).how === 'exact') {
        part = {...part, text: joined, end: next.end}
        i++
      }
    }
    const admin1 = part.sep === ',' && pending.length > 0 && gazetteer ? gazetteer.admin1(stripArticle(part.text)) : null
    if (admin1 && (structured || !gazetteer!.municipality(stripArticle(part.text)))) {
      const fits = pending.map((p) => (p.kind === 'unknown' ? undefined : gazetteer!.municipality(core(p.written), admin1)))
      if (fits.every((m) => m !== null)) {
        pending.forEach((p, k) => {
          const m = fits[k]
          if (m) Object.assign(p, {name: m.name, how: m.how})
          Object.assign(p, {admin1, admin1From: 'text'})
        })
        pending = []
        continue
      }
    }
    const item = resolve(part.text, part.start, part.end, gazetteer, countryOf)
    items.push(item)
    if (item.kind === 'municipality' || item.kind === 'unknown') pending.push(item)
    else pending = []
  }
  return items
}

/** Items resolved so far, per gazetteer (names repeat across a corpus). */
const resolved = new WeakMap<Gazetteer, Map<string, Omit<MemberItem, 'start' | 'end'>>>()
const MAX_RESOLVED = 20_000

/**
 * One item: `la Municipalidad de Mixco`, `Lago Agrio (Sucumbíos)`, `Gobierno Regional de Tarapacá`,
 * and with `countryOf` also `Quito (Ecuador)`.
 */
export function resolve(written: string, start: number, end: number, gazetteer: Gazetteer | null, countryOf?: CountryOf): MemberItem {
  if (!gazetteer) return {...resolveOnce(written, null, countryOf), start, end}
  let cache = resolved.get(gazetteer)
  if (!cache) resolved.set(gazetteer, (cache = new Map()))
  const key = countryOf ? `${written}\u0001` : written
  let item = cache.get(key)
  if (!item) {
    if (cache.size >= MAX_RESOLVED) cache.clear()
    cache.set(key, (item = resolveOnce(written, gazetteer, countryOf)))
  }
  return {...item, start, end}
}

function resolveOnce(written: string, gazetteer: Gazetteer | null, countryOf?: CountryOf): Omit<MemberItem, 'start' | 'end'> {
  const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(written)
  const inParens = paren ? paren[2]!.trim() : null
  const country = inParens ? countryPart(inParens, countryOf) : null
  const hint = country ? null : inParens
  // `… e Canoas.` at the end of a sentence: the full stop is not part of the name.
  let name = stripArticle(trimEndWhere(paren ? paren[1]! : written, /[.;:,]/))
  const base = {written, country}
  const government = prefixOf(name, ADMIN1_GOVERNMENT_PREFIXES)
  const division = prefixOf(name, ADMIN1_PREFIXES)
  if (government !== null || division !== null) {
    const rest = stripArticle(name.slice((government ?? division)!))
    const admin1 = gazetteer?.admin1(rest) ?? null
    return {...base, name: government !== null ? name : admin1 ?? rest, admin1: admin1 ?? rest,
      kind: admin1 ? (government !== null ? 'government' : 'admin1') : 'unknown', how: admin1 ? 'exact' : null, admin1From: 'text'}
  }
  const municipalityNamed = prefixOf(name, MUNICIPALITY_PREFIXES) !== null
  name = core(name)
  const hinted = hint ? gazetteer?.admin1(hint) ?? hint : null
  const found = gazetteer?.municipality(name, hint ? hinted : null)
  if (found) return {...base, name: found.name, admin1: found.admin1, kind: 'municipality', how: found.how, admin1From: hint ? 'text' : 'gazetteer'}
  const admin1 = !municipalityNamed && !hint ? gazetteer?.admin1(name) : null
  if (admin1) return {...base, name: admin1, admin1, kind: 'admin1', how: 'exact', admin1From: 'text'}
  return {...base, name, admin1: hinted, kind: 'unknown', how: null, admin1From: hint ? 'text' : null}
}

/** A bracket at the end of a name: `Quito (Ecuador)`. */
export const BRACKETED_END = /\([^()]*\)$/

/** `Municipalidad de la Ciudad de Guatemala` → `Guatemala`. */
export function core(written: string): string {
  let name = stripArticle(withoutEnding(written, BRACKETED_END))
  for (let cut = prefixOf(name, MUNICIPALITY_PREFIXES); cut !== null; cut = prefixOf(name, MUNICIPALITY_PREFIXES)) {
    name = stripArticle(name.slice(cut))
  }
  return name
}

/** Capitalised words joined by `de`, `del`, `la`…, optionally after an article: `San José del Golfo`. */
export function looksLikePlace(text: string): boolean {
  if (!/^(?:\S+\s+)?\p{Lu}/u.test(text)) return false
  const words = stripArticle(withoutEnding(text, BRACKETED_END)).split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > MAX_PLACE_WORDS) return false
  return words.every((w, i) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (i > 0 && i < words.length - 1 && PLACE_CONNECTORS.has(fold(w))))
}

/** `Gobernación departamental de Petén`, `Región de Tarapacá` → the division's name; else null. */
export function divisionName(written: string): string | null {
  const name = stripArticle(written)
  const cut = prefixOf(name, ADMIN1_GOVERNMENT_PREFIXES) ?? prefixOf(name, ADMIN1_PREFIXES)
  return cut === null ? null : stripArticle(name.slice(cut))
}

/**
 * `la Municipalidad de Mixco` → `Municipalidad de Mixco`, but a capitalised article before a
 * capitalised name is part of it: `Los Amates`, `El Estor`, `Las Condes`.
 */
function stripArticle(text: string): string {
  const trimmed = text.trim()
  const first = /^(\S+)\s+/.exec(trimmed)
  if (!first || !PLACE_ARTICLES.has(first[1]!.toLowerCase())) return trimmed
  const rest = trimmed.slice(first[0].length)
  const named = /^\p{Lu}/u.test(first[1]!) && /^\p{Lu}/u.test(rest) && prefixOf(rest, MUNICIPALITY_PREFIXES) === null &&
    prefixOf(rest, ADMIN1_PREFIXES) === null && prefixOf(rest, ADMIN1_GOVERNMENT_PREFIXES) === null && !GOVERNMENT_WORD.test(rest)
  return named ? trimmed : rest
}

/** Words that open the name of a government rather than of a place (`La Alcaldía Municipal del …`). */
const GOVERNMENT_WORD = /^(?:Ilustre|I\.|Municipalidad|Alcald[ií]a|Intendencia|Prefeitura|Gobierno|Gobernaci[oó]n|Ayuntamiento|Comuna|Municipio|Munic[ií]pio|Concejo|C[aâ]mara)(?![\p{L}])/u

/** Length of the prefix of `name` from `prefixes` (folded) plus its space, or null. */
function prefixOf(name: string, prefixes: readonly string[]): number | null {
  const folded = foldSameLength(name)
  const prefix = prefixes.find((p) => folded.startsWith(p) && /\s/.test(folded[p.length] ?? ''))
  return prefix === undefined ? null : prefix.length + 1
}
