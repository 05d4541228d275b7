/**
 * Place names → official entries: Chilean comunas (with CUT code and region) and Guatemalan
 * municipalities (with their department). Lookups fold case and accents, strip
 * "Municipalidad de", "I. Municipalidad de", "Comuna de", and know common aliases.
 */
import {distance} from 'fastest-levenshtein'
import {fold} from '../text/fold.js'
import {COMUNA_ALIASES} from '../vocab/comuna-aliases.js'
import {CL_COMUNAS} from '../vocab/data/cl-comunas.js'
import {GT_MUNICIPIOS} from '../vocab/data/gt-municipios.js'
import type {Municipality} from '../schema/records.js'
import {trimEndWhere} from '../text/trim.js'

export type MatchKind = 'exact' | 'alias' | 'fuzzy'

export interface ComunaMatch {
  municipality: Municipality
  how: MatchKind
}

// An article is only stripped before a prefix word: "Municipalidad de El Bosque" keeps "El".
const PREFIX = /^(?:(?:la|el)\s+)?(?:(?:i(?:lustre)?\.?\s*)?municipalidad(?:\s+(?:de|del))?|comuna\s+de|ciudad\s+de|gobierno\s+local\s+de)\s+/

/** Strips "Municipalidad de", "Municipalidad de la Ciudad de" and similar, then folds. */
export function foldPlace(text: string): string {
  let key = trimEndWhere(fold(text), /[.;,]/)
  for (let previous = ''; previous !== key;) { previous = key; key = key.replace(PREFIX, '') }
  return key.trim()
}

let comunaIndex: Map<string, Municipality> | undefined
function comunas(): Map<string, Municipality> {
  comunaIndex ??= new Map(CL_COMUNAS.map(([code, name, region]) => [fold(name), {name, code, region}]))
  return comunaIndex
}

/** Finds a Chilean comuna by name. Fuzzy matches allow one typo (two for long names). */
export function findComuna(text: string): ComunaMatch | null {
  const key = foldPlace(text)
  if (!key) return null
  const exact = comunas().get(key)
  if (exact) return {municipality: exact, how: 'exact'}
  const alias = COMUNA_ALIASES.get(key)
  if (alias) return {municipality: comunas().get(fold(alias))!, how: 'alias'}
  const limit = key.length >= 12 ? 2 : key.length >= 5 ? 1 : 0
  let best: {m: Municipality; d: number} | undefined
  for (const [name, m] of comunas()) {
    if (Math.abs(name.length - key.length) > limit) continue
    const d = distance(name, key)
    if (d <= limit && (!best || d < best.d)) best = {m, d}
  }
  return best ? {municipality: best.m, how: 'fuzzy'} : null
}

/** The official names of the `n` comunas nearest to `text`, for "did you mean" suggestions. */
export function nearestComunas(text: string, n = 3): string[] {
  const key = foldPlace(text)
  return [...comunas().values()]
    .map((m) => ({name: m.name, d: distance(fold(m.name), key)}))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((x) => x.name)
}

export interface GtMatch {
  name: string
  department: string
  how: MatchKind
}

let gtIndex: Map<string, Array<{name: string; department: string}>> | undefined
function gt(): Map<string, Array<{name: string; department: string}>> {
  if (!gtIndex) {
    gtIndex = new Map()
    for (const [department, name] of GT_MUNICIPIOS) {
      // Index by the folded name and by the name without "Ciudad de", as queries are stripped too.
      for (const key of new Set([fold(name), foldPlace(name)])) {
        gtIndex.set(key, [...(gtIndex.get(key) ?? []), {name, department}])
      }
    }
  }
  return gtIndex
}

const GT_DEPARTMENTS = () => [...new Set(GT_MUNICIPIOS.map(([d]) => d))]

/** Finds a Guatemalan department by name (`Petén`, `peten`). */
export function findGtDepartment(text: string): string | null {
  const key = foldPlace(text)
  return GT_DEPARTMENTS().find((d) => fold(d) === key) ?? null
}

/**
 * Finds a Guatemalan municipality; `department` disambiguates names used in several departments.
 * "Ciudad de Guatemala" → Guatemala (Guatemala).
 */
export function findGtMunicipio(text: string, department?: string): GtMatch | null {
  const key = foldPlace(text)
  const wanted = department ? fold(department) : undefined
  const pick = (list: Array<{name: string; department: string}>) =>
    (wanted ? list.find((m) => fold(m.department) === wanted) : undefined) ?? (wanted ? undefined : list[0])
  const exact = gt().get(key)
  if (exact) {
    const m = pick(exact)
    if (m) return {...m, how: 'exact'}
  }
  for (const [name, list] of gt()) {
    if (key.length >= 5 && distance(name, key) <= 1) {
      const m = pick(list)
      if (m) return {...m, how: 'fuzzy'}
    }
  }
  return null
}
