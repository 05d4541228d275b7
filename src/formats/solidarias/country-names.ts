/**
 * Country names → ISO 3166-1 alpha-2, in Spanish, Portuguese and English, from the
 * `i18n-iso-countries` package (loaded on first use, three locales only), plus the project's
 * aliases; names that are more often a town or a word are left out (src/vocab/country-hints.ts).
 *
 *   countryCode('Perú') → 'PE' · countryCode('Equador') → 'EC' · countryCode('Granada') → null
 *
 * The one place this format turns a name into a country: a shared module can replace it.
 */
import {createRequire} from 'node:module'
import {fold} from '../../text/fold.js'
import {AMBIGUOUS_COUNTRY_NAMES, COUNTRY_NAME_ALIASES} from '../../vocab/country-hints.js'

interface CountriesLibrary {
  registerLocale(data: unknown): void
  getNames(lang: string, options: {select: 'all'}): Record<string, string[]>
}

let names: Map<string, string> | undefined
let loading: Promise<void> | undefined

/** Loads the names (once). Every parse awaits it before calling `countryCode`. */
export function loadCountryNames(): Promise<void> {
  return (loading ??= (async () => {
    const require = createRequire(import.meta.url)
    const library = require('i18n-iso-countries/index.js') as CountriesLibrary
    const table = new Map<string, string>()
    for (const lang of ['en', 'pt', 'es']) {
      library.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`))
      for (const [code, list] of Object.entries(library.getNames(lang, {select: 'all'}))) {
        for (const name of list) table.set(fold(name), code)
      }
    }
    for (const [name, code] of COUNTRY_NAME_ALIASES) table.set(name, code)
    for (const name of AMBIGUOUS_COUNTRY_NAMES) table.delete(name)
    names = table
  })())
}

function table(): Map<string, string> {
  if (!names) throw new Error('country names not loaded: await loadCountryNames() first')
  return names
}

/** The ISO code of a country name in es/en/pt (any case, accents optional), or null. */
export function countryCode(name: string): string | null {
  const folded = fold(name), key = folded.replace(/[.,;:]+$/, '')
  return table().get(folded) ?? table().get(key) ?? table().get(key.replace(/^(?:la|el|o|a)\s+/, '')) ?? null
}
