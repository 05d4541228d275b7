/**
 * Words the PMM (Global Compact for Migration) handbooks print around their tables, annex
 * examples and cover pages. Spanish as printed; matching folds case and accents.
 */

/** Header rows of the objective tables, cell by cell (the row repeats on every page). */
export const PMM_TABLE_HEADERS = [
  ['Objetivo', 'Ideas clave del compromiso', 'Acciones pertinentes orientadas a AL'],
] as const

/** Label before the link of an annex example: `Enlace: Consulados móviles (un.org)`. */
export const PMM_LINK_LABELS = ['Enlace', 'Enlaces', 'Link', 'Vínculo', 'Más información'] as const

/** Words that may precede the year in an annex title: `(desde 2018)`. */
export const PMM_YEAR_PREFIXES = ['desde', 'a partir de', 'hasta', 'entre', 'en'] as const

/** Prefixes that mark a year as the start of a running practice (`desde 2018`, `2020-2022`). */
export const PMM_START_YEAR_PREFIXES = ['desde', 'a partir de', 'entre'] as const

/** Prefixes of a start with no closing year: the practice is still running (`desde 2018`). */
export const PMM_ONGOING_YEAR_PREFIXES = ['desde', 'a partir de'] as const

/** Heading of the table of contents. */
export const PMM_INDEX_HEADINGS = ['Índice', 'Contenido', 'Tabla de contenidos'] as const

/** Section headings that open an annex of example practices (folded prefix match). */
export const PMM_ANNEX_HEADING_PREFIXES = ['Anexo'] as const

/** Cover labels whose value follows on the next lines. */
export const PMM_COVER_LABELS = [
  {id: 'initiative', variants: ['INICIATIVA']},
  {id: 'authorship', variants: ['AUTORÍA', 'AUTOR', 'AUTORA', 'AUTORES', 'AUTORAS']},
  {id: 'coordination', variants: ['COORDINACIÓN']},
  {id: 'edition', variants: ['EDICIÓN']},
] as const

/** A single word on the cover naming the kind of document. */
export const PMM_DOCUMENT_KINDS = ['HANDBOOK', 'MANUAL', 'GUÍA', 'CUADERNILLO'] as const

/** Logo and cover lines repeated on cover pages and page breaks. */
export const PMM_COVER_MARKS = [
  'Pacto Mundial', 'PARA LA Migración', 'OIM', 'ONU MIGRACIÓN', 'IOM', 'UN MIGRATION',
] as const

/** Headings of short item lists kept as document metadata (metadata key → heading variants). */
export const PMM_LIST_HEADINGS = [
  {id: 'pledgeEntities', variants: ['Entidades que pueden formular compromisos']},
] as const

/** Cue of the sentence listing the good-practice criteria: `… criterios específicos: a; b; y c`. */
export const PMM_CRITERIA_CUE = /criterios(?: especificos)?:/
