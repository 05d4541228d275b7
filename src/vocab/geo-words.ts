/**
 * Words around country and place names in Spanish, English and Portuguese, all folded (lower
 * case, no accents). Read by src/normalize/countries.ts and src/normalize/places.ts: the names
 * themselves come from ISO 3166 and GeoNames packages; these words only strip what surrounds them.
 */

/** Articles a name may open with (`la Argentina`, `the Bahamas`, `o Brasil`). */
export const NAME_ARTICLES: readonly string[] = ['the', 'la', 'el', 'los', 'las', 'o', 'a', 'os', 'as']

/**
 * Words that open a country's official long name: `República Oriental del Uruguay`,
 * `Estado Plurinacional de Bolivia`, `Republic of Colombia`, `República Federativa do Brasil`.
 */
export const STATE_FORM_WORDS: readonly string[] = [
  'republica', 'republic', 'estado', 'state', 'reino', 'kingdom', 'commonwealth', 'mancomunidad',
  'federacion', 'federation', 'principado', 'principality', 'sultanato', 'sultanate',
]

/** Prepositions between a state form and the name (`… del Uruguay`, `… do Brasil`, `… of Colombia`). */
export const NAME_PREPOSITIONS: readonly string[] = ['de', 'del', 'de la', 'de los', 'do', 'da', 'dos', 'das', 'of', 'of the']

/** Values that name no country: the scope of a practice that spans the world or a region. */
export const NOT_A_COUNTRY: readonly string[] = ['global', 'mundial', 'internacional', 'international', 'regional', 'multi-country', 'varios', 'various', 'n/a']

/**
 * The local government before a place's name, stripped before a gazetteer lookup:
 * `Municipalidad de Lima`, `City of São Paulo`, `Prefeitura Municipal de Porto Alegre`.
 * Longer prefixes first.
 */
export const LOCAL_GOVERNMENT_PREFIXES: readonly string[] = [
  'ilustre municipalidad de', 'i. municipalidad de', 'municipalidad metropolitana de', 'municipalidad provincial de',
  'municipalidad distrital de', 'municipalidad de', 'municipalidad del', 'municipio de', 'municipio del',
  'alcaldia mayor de', 'alcaldia municipal de', 'alcaldia distrital de', 'alcaldia de', 'alcaldia del',
  'gobierno autonomo descentralizado municipal de', 'gobierno autonomo municipal de', 'gobierno municipal de',
  'gobierno local de', 'gobierno de la ciudad de', 'intendencia de', 'intendencia municipal de',
  'ayuntamiento de', 'comuna de', 'distrito metropolitano de', 'distrito de', 'canton de', 'ciudad de',
  'prefeitura municipal de', 'prefeitura de', 'prefeitura da cidade de', 'municipio de', 'cidade de',
  "mayor's office of", 'mayors office of', 'municipality of', 'municipal government of', 'city of', 'town of',
  'city council of', 'district of', 'metropolitan municipality of',
]

/** Words after a name that widen it to its area (`Lima Metropolitana`, `Bogotá D.C.`): stripped when the whole name is unknown. */
export const PLACE_QUALIFIERS: readonly string[] = [
  'metropolitana', 'metropolitano', 'metropolitan area', 'metro area', 'area metropolitana', 'region metropolitana',
  'regiao metropolitana', 'd.c.', 'dc', 'distrito capital', 'distrito federal', 'city', 'ciudad', 'cidade',
]

/** Suffixes GeoNames gives first-level divisions (`Cuzco Department`, `Lima Province`): dropped from the name shown. */
export const ADMIN1_SUFFIXES: readonly string[] = [' department', ' province', ' region', ' state', ' district', ' departement']

/** Prefixes of first-level division names as written (`Departamento de Antioquia`, `Estado de São Paulo`). */
export const ADMIN1_NAME_PREFIXES: readonly string[] = [
  'departamento de', 'departamento del', 'provincia de', 'provincia del', 'region de', 'region del', 'estado de',
  'estado do', 'estado da', 'estado del', 'department of', 'province of', 'state of',
]

/**
 * Countries of Latin America and the Caribbean whose localities are resolved with GeoNames
 * (ISO 3166-1 alpha-2). Chile and Guatemala use their official gazetteers first.
 */
export const LATIN_AMERICA: readonly string[] = [
  'AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'PR', 'UY',
  'VE', 'HT', 'JM', 'TT', 'BZ', 'GY', 'SR', 'BS', 'BB', 'LC', 'VC', 'GD', 'AG', 'DM', 'KN',
]
