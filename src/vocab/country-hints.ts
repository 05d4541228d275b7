/**
 * What the `solidarias` reader needs besides country names (those come from the
 * `i18n-iso-countries` package in Spanish, Portuguese and English). All keys folded.
 */

/** Country names the package lacks, or spells otherwise. */
export const COUNTRY_NAME_ALIASES: ReadonlyMap<string, string> = new Map([
  ['ee. uu.', 'US'], ['ee.uu.', 'US'], ['eeuu', 'US'], ['eua', 'US'], ['estados unidos de america', 'US'],
  ['republica del ecuador', 'EC'], ['republica de chile', 'CL'], ['republica de guatemala', 'GT'], ['republica argentina', 'AR'],
  ['estados unidos mexicanos', 'MX'], ['republica federativa do brasil', 'BR'], ['peru', 'PE'], ['belice', 'BZ'], ['surinam', 'SR'],
])

/**
 * Country names that are more often something else in these documents: a town (`Granada`,
 * Nicaragua; `San Martín`, Argentina), a word (`gana`, `reunión`), a person's name (`Guadalupe`).
 */
export const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'granada', 'georgia', 'gana', 'us', 'uk', 'jersey', 'reunion', 'reuniao', 'guadalupe', 'santa lucia', 'san vicente',
  'san martin', 'sao martinho', 'san bartolome', 'santa helena', 'chad', 'man', 'turkey',
])

/**
 * Cities and first-level divisions that name their country when they open a dateline or stand
 * for a member (`Quito` → EC, `Mendoza` → AR, `Baja California` → MX, `Montevidéu` → UY).
 * Places of Chile and Guatemala come from their gazetteers. Names that are also common words
 * or surnames (`Central`, `Salto`, `Rivera`, `Misiones`) are left out.
 */
export const PLACE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  // Capitals and large cities, Spanish and Portuguese spellings.
  ['ciudad de guatemala', 'GT'], ['santiago de chile', 'CL'], ['santiago', 'CL'], ['quito', 'EC'], ['guayaquil', 'EC'],
  ['cuenca', 'EC'], ['lago agrio', 'EC'], ['bogota', 'CO'], ['medellin', 'CO'], ['cucuta', 'CO'], ['barranquilla', 'CO'],
  ['cali', 'CO'], ['cartagena', 'CO'], ['bucaramanga', 'CO'], ['villa del rosario', 'CO'], ['riohacha', 'CO'], ['pasto', 'CO'],
  ['lima', 'PE'], ['tumbes', 'PE'], ['arequipa', 'PE'], ['trujillo', 'PE'], ['ciudad de mexico', 'MX'], ['cidade do mexico', 'MX'],
  ['tapachula', 'MX'], ['tijuana', 'MX'], ['monterrey', 'MX'], ['guadalajara', 'MX'], ['saltillo', 'MX'], ['puebla', 'MX'],
  ['san jose', 'CR'], ['tegucigalpa', 'HN'], ['san pedro sula', 'HN'], ['distrito central', 'HN'], ['choloma', 'HN'],
  ['san salvador', 'SV'], ['managua', 'NI'], ['ciudad de panama', 'PA'], ['cidade do panama', 'PA'], ['buenos aires', 'AR'],
  ['rosario', 'AR'], ['cordoba', 'AR'], ['salta', 'AR'], ['maipu', 'AR'], ['montevideo', 'UY'], ['montevideu', 'UY'],
  ['asuncion', 'PY'], ['assuncao', 'PY'], ['la paz', 'BO'], ['santa cruz de la sierra', 'BO'], ['caracas', 'VE'],
  ['brasilia', 'BR'], ['sao paulo', 'BR'], ['rio de janeiro', 'BR'], ['boa vista', 'BR'], ['pacaraima', 'BR'], ['manaus', 'BR'],
  ['porto alegre', 'BR'], ['belo horizonte', 'BR'], ['curitiba', 'BR'], ['florianopolis', 'BR'], ['canoas', 'BR'],
  ['santo domingo', 'DO'], ['belmopan', 'BZ'], ['puerto principe', 'HT'], ['porto principe', 'HT'], ['kingston', 'JM'],
  // First-level divisions (provinces, states, departments) that name one country.
  ['mendoza', 'AR'], ['san luis', 'AR'], ['santa fe', 'AR'], ['entre rios', 'AR'], ['chubut', 'AR'], ['neuquen', 'AR'],
  ['tucuman', 'AR'], ['jujuy', 'AR'], ['baja california', 'MX'], ['chiapas', 'MX'], ['tabasco', 'MX'],
  ['coahuila', 'MX'], ['nuevo leon', 'MX'], ['jalisco', 'MX'], ['chihuahua', 'MX'], ['sonora', 'MX'], ['pichincha', 'EC'],
  ['sucumbios', 'EC'], ['azuay', 'EC'], ['imbabura', 'EC'], ['carchi', 'EC'], ['esmeraldas', 'EC'], ['guayas', 'EC'],
  ['norte de santander', 'CO'], ['la guajira', 'CO'], ['arauca', 'CO'], ['cundinamarca', 'CO'], ['antioquia', 'CO'],
  ['roraima', 'BR'], ['rio grande do sul', 'BR'], ['santa catarina', 'BR'], ['minas gerais', 'BR'],
  ['francisco morazan', 'HN'], ['olancho', 'HN'], ['guanacaste', 'CR'], ['alajuela', 'CR'],
  ['canelones', 'UY'], ['alto parana', 'PY'],
])

/**
 * Adjectives of a country after a place noun: `la capital hondureña`, `municípios brasileiros`,
 * `comunas chilenas`. Alone they are no evidence (`personas venezolanas` names where people
 * come from, not where the report is).
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ...['chileno', 'chilena', 'chilenos', 'chilenas'].map((w) => [w, 'CL'] as const),
  ...['guatemalteco', 'guatemalteca', 'guatemaltecos', 'guatemaltecas'].map((w) => [w, 'GT'] as const),
  ...['hondureno', 'hondurena', 'hondurenos', 'hondurenas'].map((w) => [w, 'HN'] as const),
  ...['mexicano', 'mexicana', 'mexicanos', 'mexicanas'].map((w) => [w, 'MX'] as const),
  ...['argentino', 'argentina', 'argentinos', 'argentinas'].map((w) => [w, 'AR'] as const),
  ...['brasileno', 'brasilena', 'brasilenos', 'brasilenas', 'brasileiro', 'brasileira', 'brasileiros', 'brasileiras'].map((w) => [w, 'BR'] as const),
  ...['colombiano', 'colombiana', 'colombianos', 'colombianas'].map((w) => [w, 'CO'] as const),
  ...['ecuatoriano', 'ecuatoriana', 'ecuatorianos', 'ecuatorianas', 'equatoriano', 'equatoriana'].map((w) => [w, 'EC'] as const),
  ...['peruano', 'peruana', 'peruanos', 'peruanas'].map((w) => [w, 'PE'] as const),
  ...['uruguayo', 'uruguaya', 'uruguayos', 'uruguayas', 'uruguaio', 'uruguaia'].map((w) => [w, 'UY'] as const),
  ...['paraguayo', 'paraguaya', 'paraguayos', 'paraguayas', 'paraguaio', 'paraguaia'].map((w) => [w, 'PY'] as const),
  ...['costarricense', 'costarricenses'].map((w) => [w, 'CR'] as const),
  ...['panameno', 'panamena', 'panamenos', 'panamenas'].map((w) => [w, 'PA'] as const),
  ...['salvadoreno', 'salvadorena', 'salvadorenos', 'salvadorenas'].map((w) => [w, 'SV'] as const),
  ...['boliviano', 'boliviana', 'bolivianos', 'bolivianas'].map((w) => [w, 'BO'] as const),
  ...['dominicano', 'dominicana', 'dominicanos', 'dominicanas'].map((w) => [w, 'DO'] as const),
  ...['nicaraguense', 'nicaraguenses'].map((w) => [w, 'NI'] as const),
])

/** Place nouns a demonym may follow to name where the report is (`la capital hondureña`). */
export const DEMONYM_PLACE_NOUNS: readonly string[] = [
  'capital', 'ciudad', 'ciudades', 'municipio', 'municipios', 'municipalidad', 'municipalidades', 'comuna', 'comunas',
  'gobierno', 'estado', 'territorio', 'cidade', 'cidades', 'municipios', 'prefeitura', 'prefeituras', 'canton', 'cantones',
]

/**
 * Issuing bodies that name their country: ministries and services known by name or acronym
 * (`Servicio Nacional de Migraciones` → CL), and local governments styled in one country's way.
 */
export const ISSUER_COUNTRIES: ReadonlyArray<readonly [folded: string, country: string]> = [
  ['minex', 'GT'], ['minrel', 'CL'], ['mremh', 'EC'], ['mirex', 'DO'], ['sermig', 'CL'], ['servicio nacional de migraciones', 'CL'],
  ['departamento de extranjeria y migracion', 'CL'], ['subsecretaria del interior', 'CL'], ['gobierno de chile', 'CL'],
  ['delegacion presidencial', 'CL'], ['gore', 'CL'], ['instituto guatemalteco de migracion', 'GT'], ['intendencia de montevideo', 'UY'],
  ['prefeitura', 'BR'], ['conare', 'BR'], ['comar', 'MX'], ['migracion colombia', 'CO'], ['cancilleria de colombia', 'CO'],
]
