/**
 * The dispatch table: format id → parser module. Parsers load on demand so that start-up stays
 * light and cheerio/unified are imported only by the formats that use them.
 */
import type {FormatParser} from '../pipeline/context.js'
import type {FormatId} from '../schema/records.js'

export const PARSERS: Record<FormatId, () => Promise<FormatParser>> = {
  ficha: async () => (await import('./ficha/index.js')).parser,
  gobernanza: async () => (await import('./gobernanza/index.js')).parser,
  pmm: async () => (await import('./pmm/index.js')).parser,
  solidarias: async () => (await import('./solidarias/index.js')).parser,
  factsheet: async () => (await import('./factsheet/index.js')).parser,
}

/** One line per format, for help texts and "unknown format" messages. */
export const FORMAT_DESCRIPTIONS: Record<FormatId, string> = {
  ficha: 'municipal good-practice sheets (ACNUR + Sello Migrante)',
  gobernanza: 'OCR of ministry slides on local migration governance',
  pmm: 'IOM handbook with Global Compact for Migration tables',
  solidarias: 'network news and reports in Spanish or Portuguese (Ciudades Solidarias, Sello Migrante)',
  factsheet: 'Markdown fact sheets written by `practices export --format md`',
}
