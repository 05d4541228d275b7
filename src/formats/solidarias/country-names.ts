/**
 * Country names → ISO 3166-1 alpha-2 for network news, in Spanish, Portuguese and English: the
 * shared country index (src/normalize/countries.ts, from the `i18n-iso-countries` package), plus
 * what news needs besides (src/vocab/country-hints.ts): a few spellings the package lacks, and
 * names that in these documents are more often a town or a word than a country.
 *
 *   countryCode('Perú') → 'PE' · countryCode('Equador') → 'EC' · countryCode('Granada') → null
 */
import {loadCountries, type Countries} from '../../normalize/countries.js'
import {fold} from '../../text/fold.js'
import {trimEndWhere} from '../../text/trim.js'
import {AMBIGUOUS_COUNTRY_NAMES, COUNTRY_NAME_ALIASES} from '../../vocab/country-hints.js'

let countries: Countries | undefined

/** Loads the country index (once). Every parse awaits it before calling `countryCode`. */
export async function loadCountryNames(): Promise<void> {
  countries ??= await loadCountries()
}

/** The ISO code of a country name in es/en/pt (any case, accents optional), or null. */
export function countryCode(name: string): string | null {
  if (!countries) throw new Error('country names not loaded: await loadCountryNames() first')
  // The same words come back in every sentence and list (`Guatemala`, `Chile`), and a name the
  // index does not hold exactly is looked up fuzzily: each answer is worked out once.
  let code = answers.get(name)
  if (code === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear()
    answers.set(name, (code = lookUp(countries, name)))
  }
  return code
}

const answers = new Map<string, string | null>()
const MAX_ANSWERS = 20_000

function lookUp(countries: Countries, name: string): string | null {
  const folded = fold(name).trim()
  const key = trimEndWhere(folded, /[.,;:]/)
  const bare = key.replace(/^(?:la|el|o|a)\s+/, '')
  if (AMBIGUOUS_COUNTRY_NAMES.has(key) || AMBIGUOUS_COUNTRY_NAMES.has(bare)) return null
  const alias = COUNTRY_NAME_ALIASES.get(folded) ?? COUNTRY_NAME_ALIASES.get(key) ?? COUNTRY_NAME_ALIASES.get(bare)
  if (alias) return alias
  // A word in capitals is not an ISO code in running text (`EL`, `ONU`).
  const found = countries.find(name)
  return found && found.how !== 'code' ? found.code : null
}
