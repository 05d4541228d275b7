import {defineFormat} from '../format.js'
import {SOLIDARIAS_SIGNALS} from './signals.js'

export const solidarias = defineFormat({
  id: 'solidarias',
  description: 'network news and reports in Spanish or Portuguese (Ciudades Solidarias, Sello Migrante)',
  documents: 'network news and reports in Spanish and Portuguese: Ciudades/Cidades Solidárias, Región or Ciudad Solidaria agreements, declarations of local governments, a municipality receiving the Sello Migrante',
  reads: 'initiative by its canonical name (`Ciudades Solidarias` for Cidades Solidárias, Ciudad/Región Solidaria; `Sello Migrante` also for `distinción Sello Migrante`, `Migrant Seal`; another network as written); figures in digits or Spanish/Portuguese number words (`4.000` is four thousand, `duas províncias`, `8,1 milhões`); commitments under "Principales compromisos…"; members with their department or region and their country (lists, `Quito (Ecuador)`, `Maipú, na Argentina`, `La Municipalidad de Puerto Varas recibió el Sello Migrante` → the comuna from the CUT gazetteer); dates in both languages, datelines (`QUITO, Ecuador, 11 de noviembre (ACNUR) –`) and dates without a year placed by the publication date; country from the dateline, office, issuer, members or mentions (names from `i18n-iso-countries`); tags, source URL; page furniture, captions and bylines to metadata; `**emphasis**` parsed with remark',
  records: ['network-report'],
  signals: SOLIDARIAS_SIGNALS,
  load: async () => (await import('./index.js')).parser,
})
