/**
 * Words around place names in member lists (`la Municipalidad de la Ciudad de Guatemala`,
 * `la Gobernación departamental de Huehuetenango`, `Región de Antofagasta`). All folded.
 * Read by `src/constructs/member-list.ts` and the gazetteer adapters of the `solidarias` format.
 */

/** Articles that may open a list item: `la Municipalidad de …`. */
export const PLACE_ARTICLES: ReadonlySet<string> = new Set(['la', 'el', 'los', 'las'])

/** Words that may join the capitalised words of one place name: `San José del Golfo`. */
export const PLACE_CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el'])

/** Most words a place name has (`Santa Cruz del Quiché`, `Aysén del General Carlos Ibáñez del Campo`). */
export const MAX_PLACE_WORDS = 8

/** The municipality itself: stripped, repeatedly, before a gazetteer lookup. */
export const MUNICIPALITY_PREFIXES: readonly string[] = [
  'ilustre municipalidad de', 'i. municipalidad de', 'municipalidad provincial de', 'municipalidad distrital de',
  'municipalidad de', 'municipalidad del', 'municipio de', 'municipio del', 'alcaldia municipal de', 'alcaldia municipal del',
  'alcaldia distrital de', 'alcaldia de', 'alcaldia del', 'ayuntamiento de', 'comuna de', 'canton de', 'distrito de',
  'gobierno local de', 'gobierno municipal de', 'gobierno autonomo descentralizado municipal de',
  'gobierno autonomo descentralizado de', 'intendencia de', 'intendencia municipal de', 'ciudad de',
  // Portuguese
  'prefeitura municipal de', 'prefeitura de', 'prefeitura da', 'prefeitura do', 'municipio da', 'municipio do',
  'cidade de', 'cidade do', 'cidade da', 'camara municipal de',
]

/** The first-level division itself (department, region, province): a member that is an admin1. */
export const ADMIN1_PREFIXES: readonly string[] = [
  'departamento de', 'departamento del', 'region de', 'region del', 'provincia de', 'provincia del',
  'estado de', 'estado del',
]

/** The government of a first-level division: a member named as written, with that admin1. */
export const ADMIN1_GOVERNMENT_PREFIXES: readonly string[] = [
  'gobernacion departamental de', 'gobernacion departamental del', 'gobernacion de', 'gobernacion del',
  'gobierno regional de', 'gobierno regional del', 'gobierno departamental de', 'gobierno departamental del',
  'gobierno provincial de', 'gobierno provincial del', 'prefectura de', 'prefectura del',
  'delegacion presidencial regional de', 'delegacion presidencial regional del',
]

/**
 * Nouns that announce a list of members: `los municipios de Arica, Iquique y Calama`,
 * `Ciudades Solidarias: Quito, Cuenca y Lago Agrio`.
 */
export const MEMBER_NOUNS: readonly string[] = [
  'municipios', 'municipalidades', 'comunas', 'ciudades', 'cantones', 'distritos', 'alcaldias',
  'ayuntamientos', 'gobiernos locales', 'gobiernos regionales', 'localidades', 'miembros',
  'integrantes', 'regiones', 'departamentos', 'provincias', 'intendencias',
  // Portuguese (folded `municípios`, `províncias` are the Spanish words above)
  'prefeituras', 'cidades', 'governos locais', 'membros', 'regioes', 'estados', 'autoridades locais',
]

/** Member nouns whose members are first-level divisions: `duas províncias (Chiquimula e Jutiapa)`. */
export const ADMIN1_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'regiones', 'departamentos', 'provincias', 'gobiernos regionales', 'regioes', 'estados',
])

/** Chilean regions as often written (folded) → official name in the reference data. */
export const CL_REGION_ALIASES: ReadonlyMap<string, string> = new Map([
  ['metropolitana', 'Metropolitana de Santiago'], ['region metropolitana', 'Metropolitana de Santiago'],
  ['santiago', 'Metropolitana de Santiago'], ['rm', 'Metropolitana de Santiago'],
  ["o'higgins", "Libertador General Bernardo O'Higgins"], ['ohiggins', "Libertador General Bernardo O'Higgins"],
  ["libertador bernardo o'higgins", "Libertador General Bernardo O'Higgins"],
  ['aysen', 'Aysén del General Carlos Ibáñez del Campo'], ['aisen', 'Aysén del General Carlos Ibáñez del Campo'],
  ['magallanes', 'Magallanes y de la Antártica Chilena'],
  ['magallanes y antartica chilena', 'Magallanes y de la Antártica Chilena'],
  ['araucania', 'La Araucanía'], ['bio bio', 'Biobío'], ['bio-bio', 'Biobío'],
])

/** Guatemalan departments as often written (folded) → official name in the reference data. */
export const GT_DEPARTMENT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['el quiche', 'Quiché'], ['el peten', 'Petén'], ['el progreso', 'El Progreso'],
])

/**
 * Portuguese spellings of Spanish place names (`Assunção Mita` → `Asunción Mita`): folded
 * endings and letter groups, tried when a gazetteer of a Spanish-speaking country does not know
 * the name as written.
 */
export const PT_TO_ES_SPELLINGS: ReadonlyArray<readonly [pattern: RegExp, replacement: string]> = [
  [/coes\b/g, 'ciones'], [/cao\b/g, 'cion'], [/ss/g, 's'], [/lh/g, 'll'], [/nh/g, 'n'], [/\bsao\b/g, 'san'],
]
