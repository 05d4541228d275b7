/**
 * The gazetteers member lists are checked against, one per country with reference data:
 * Guatemala (municipios, departamentos) and Chile (comunas, regiones). Names arrive without
 * article or `Municipalidad de` (see `src/constructs/member-list.ts`).
 *
 *   gazetteerFor('GT').municipality('Flores')            → {name: 'Flores', admin1: 'Petén'}
 *   gazetteerFor('GT').municipality('Guatemala')         → {name: 'Ciudad de Guatemala', admin1: 'Guatemala'}
 *   gazetteerFor('CL').admin1('Región Metropolitana')    → 'Metropolitana de Santiago'
 */
import type {Gazetteer, PlaceMatch} from '../../constructs/member-list.js'
import {nearest} from '../../constructs/label-match.js'
import {findComuna, findGtDepartment, findGtMunicipio, nearestComunas} from '../../normalize/gazetteer.js'
import {fold} from '../../text/fold.js'
import {CL_REGIONS} from '../../vocab/data/cl-regions.js'
import {GT_MUNICIPIOS} from '../../vocab/data/gt-municipios.js'
import {CL_REGION_ALIASES, GT_DEPARTMENT_ALIASES} from '../../vocab/place-words.js'

const guatemala: Gazetteer = {
  country: 'GT',
  municipality(name, admin1) {
    const found = findGtMunicipio(name, admin1 ?? undefined)
    if (found) return {name: found.name, admin1: found.department, how: found.how}
    // The reference data names the capital `Ciudad de Guatemala`, which the lookup folds to
    // `guatemala` before comparing: find such names here.
    const key = fold(name).replace(/^ciudad de /, '')
    const wanted = admin1 ? fold(admin1) : undefined
    const row = GT_MUNICIPIOS.find(([d, m]) => fold(m).replace(/^ciudad de /, '') === key && (!wanted || fold(d) === wanted))
    return row ? {name: row[1], admin1: row[0], how: 'exact'} : null
  },
  admin1(name) {
    return findGtDepartment(name) ?? GT_DEPARTMENT_ALIASES.get(fold(name)) ?? null
  },
  suggest(name) {
    return nearest(name, GT_NAMES())
  },
}

let gtNames: string[] | undefined
const GT_NAMES = () => (gtNames ??= [...new Set(GT_MUNICIPIOS.flatMap(([d, m]) => [d, m]))])

const chile: Gazetteer = {
  country: 'CL',
  municipality(name, admin1) {
    const found = findComuna(name)
    if (!found || (admin1 && found.municipality.region !== admin1)) return null
    const match: PlaceMatch = {name: found.municipality.name, admin1: found.municipality.region, how: found.how}
    return match
  },
  admin1(name) {
    const key = fold(name).replace(/^region(?: del| de)?\s+/, '')
    return CL_REGIONS.find(([, region]) => fold(region) === key)?.[1] ?? CL_REGION_ALIASES.get(key) ?? CL_REGION_ALIASES.get(fold(name)) ?? null
  },
  suggest(name) {
    return nearestComunas(name)
  },
}

/** Most lookups remembered per gazetteer: names repeat across a corpus, fuzzy lookups are slow. */
const MAX_REMEMBERED = 20_000

/** The same gazetteer, remembering its answers (they are never mutated by callers). */
function remembering(gazetteer: Gazetteer): Gazetteer {
  const recall = <R>(fn: (name: string, admin1?: string | null) => R) => {
    const cache = new Map<string, R>()
    return (name: string, admin1?: string | null): R => {
      const key = `${name}\u0000${admin1 ?? ''}`
      if (cache.has(key)) return cache.get(key)!
      if (cache.size >= MAX_REMEMBERED) cache.clear()
      const value = fn(name, admin1)
      cache.set(key, value)
      return value
    }
  }
  return {...gazetteer, municipality: recall(gazetteer.municipality), admin1: recall(gazetteer.admin1)}
}

const GAZETTEERS: ReadonlyMap<string, Gazetteer> = new Map([['GT', remembering(guatemala)], ['CL', remembering(chile)]])

/** The gazetteer of `country`, or null when the project has no reference data for it. */
export function gazetteerFor(country: string | null): Gazetteer | null {
  return country ? GAZETTEERS.get(country) ?? null : null
}

/** Every gazetteer, for documents whose country is not known yet. */
export function allGazetteers(): Gazetteer[] {
  return [...GAZETTEERS.values()]
}
