import {formatSpellings, type LabelledField} from './labels.js'

/**
 * The labels of practice-repository pages (UN Migration Network Hub practice pages and pledge
 * forms, city-network, UNESCO, ILO and GFMD good-practice catalogues), per field, with their
 * spellings per language. A field is a record field (`description`, `pmmObjectives` …) or a
 * named part of the page kept in `metadata` (`contact`, `submission` …; see CATALOG_METADATA).
 *
 * Spellings are as printed; matching folds case and accents and tolerates small typos
 * (src/constructs/label-match.ts). A spelling that ends in `:` is a label only with its colon
 * (or a tab, or a value after it on the line): alone on a line, `Local`, `Start` or `Data` is
 * more likely a value (a geographic scope, a word, GCM objective 1 in English).
 * The same spelling may stand in two languages (`Objetivo`: es, pt).
 */

/** The fields and named parts a repository page labels, in matching order. */
export const CATALOG_FIELDS = [
  'title', 'description', 'objectives', 'pmmObjectives', 'guidingPrinciples', 'sdgTargets', 'dates', 'startDate', 'endDate',
  'duration', 'practiceType', 'country', 'place', 'admin1', 'priorityGroup', 'partners', 'responsible', 'funding', 'results',
  'activities', 'innovation', 'sustainability', 'legalBasis', 'sourceUrl', 'region', 'otherCountry', 'geographicScope',
  'context', 'lessons', 'replicability', 'thematic', 'contact', 'mayor', 'population', 'delegation', 'published',
  'submission', 'attachments',
] as const satisfies readonly LabelledField[]

/** Each one's spellings on repository pages, per language (from the label vocabulary, labels.ts). */
export const CATALOG_LABELS = Object.fromEntries(CATALOG_FIELDS.map((field) => {
  const spellings = formatSpellings(field, 'catalog')
  return [field, {es: spellings.es, en: spellings.en ?? [], pt: spellings.pt ?? []}]
})) as unknown as Record<(typeof CATALOG_FIELDS)[number], {es: readonly string[]; en: readonly string[]; pt: readonly string[]}>

export type CatalogLabelId = (typeof CATALOG_FIELDS)[number]

/** Label ids whose value is kept in `metadata.fields` (named parts of the page, no record field). */
export const CATALOG_METADATA = [
  'region', 'otherCountry', 'geographicScope', 'context', 'lessons', 'replicability', 'thematic', 'contact', 'mayor',
  'population', 'delegation', 'published', 'submission', 'attachments', 'admin1',
] as const satisfies readonly CatalogLabelId[]

/**
 * Labels a teaser of another practice repeats (`GCM Objectives` under each item of a
 * `Latest content` list): they do not end such a list of page furniture.
 */
export const TEASER_LABELS: readonly CatalogLabelId[] = ['pmmObjectives', 'guidingPrinciples', 'sdgTargets']

/** Values that stand for no value: a form's `{Empty}`, `N/A`, a dash. */
export const EMPTY_VALUES: readonly string[] = ['{empty}', '{vacio}', 'n/a', 'na', '-', '–', '—', 'none', 'ninguno', 'ninguna', 'no aplica', 'nao se aplica', 'not applicable']

/** Words of a date range that say the practice is still running: `2019 - Presente`, `End: Currently in force`. */
export const ONGOING_WORDS: readonly string[] = [
  'presente', 'present', 'actualidad', 'la actualidad', 'a la fecha', 'hasta la fecha', 'en curso', 'en ejecucion', 'vigente', 'en vigor',
  'ongoing', 'on-going', 'to date', 'current', 'currently', 'currently in force', 'in force', 'continuing', 'today', 'now',
  'atualmente', 'em andamento', 'em curso', 'ate o momento', 'em vigor', 'ate hoje', 'permanente', 'permanent',
]

/** Words that say there is no closing date yet: `End of Project: To be confirmed`. */
export const OPEN_END_WORDS: readonly string[] = [
  'to be confirmed', 'tbc', 'tbd', 'to be determined', 'no end date', 'open-ended', 'open ended', 'indefinite',
  'por confirmar', 'por definir', 'sin fecha de termino', 'sin fecha de finalizacion', 'indefinido', 'indefinida',
  'a definir', 'a confirmar', 'sem data de termino', 'indeterminado',
]

/** Words that say the practice has ended: `Finalizado`, `Completed`. */
export const ENDED_WORDS: readonly string[] = [
  'finalizado', 'finalizada', 'terminado', 'terminada', 'concluido', 'concluida', 'cerrado', 'cerrada',
  'completed', 'concluded', 'ended', 'closed', 'finished', 'encerrado', 'encerrada',
]

/** Words before a year that make it a start with no closing year: `Desde 2019`, `Since 2018`. */
export const SINCE_WORDS: readonly string[] = ['desde', 'a partir de', 'since', 'from', 'a partir del', 'desde el ano']

/**
 * Function words that tell the language of a text when its labels do not (each folded, as
 * whole words): a page is in the language whose words it uses most.
 */
export const LANGUAGE_WORDS = {
  es: ['el', 'los', 'las', 'del', 'para', 'con', 'una', 'por', 'que', 'como', 'sus', 'personas', 'migrantes'],
  en: ['the', 'and', 'of', 'to', 'with', 'for', 'is', 'are', 'this', 'that', 'people', 'migrants'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'para', 'com', 'uma', 'pelo', 'pela', 'nao', 'sao', 'pessoas', 'migrantes'],
} as const
