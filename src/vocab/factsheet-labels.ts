/**
 * The words of a Markdown fact sheet (`practices export --format md`), shared by the writer
 * (src/export/factsheet-tree.ts) and the reader (src/formats/factsheet/). Section and field
 * labels come from the label vocabulary (labels.ts, the fact sheet's own words where they differ);
 * the first variant of each is the one written, the others are accepted when reading a sheet
 * written by hand.
 */
import {labelSpecs, SHEET_SECTIONS} from './labels.js'

/** First line of every fact sheet: `<!-- practices:factsheet v1 practice -->`. */
export const FACTSHEET_MARKER = 'practices:factsheet'
export const FACTSHEET_VERSION = 'v1'
/** First line of the `index.md` that links the fact sheets of one export. */
export const INDEX_MARKER = 'practices:index'

/** Stands for an absent value (`null`, `[]`) in a sheet; written in italics. */
export const PLACEHOLDER = 'Sin información'
/** Stands for a practice without a title, in its `#` heading. */
export const PLACEHOLDER_TITLE = 'Sin título'
export const PLACEHOLDERS = ['Sin información', 'Sin título', 'Sin datos', 'N/A', '—'] as const

export interface SectionLabel<Id extends string = string> {
  id: Id
  variants: readonly string[]
}

/**
 * `##` sections of a practice sheet: the ACNUR + Sello Migrante sheet in its own order, then
 * the governance-slide fields, then the fields of a PMM annex example, then those of a
 * practice-repository page.
 */
export const PRACTICE_SECTIONS = labelSpecs([
  'municipality', ...SHEET_SECTIONS,
  'startYear', 'duration', 'responsible', 'legalBasis', 'objectives', 'activities', 'indicators', 'results',
  'place', 'year', 'link', 'pmmObjectives',
  'practiceType', 'endYear', 'ongoing', 'guidingPrinciples', 'sdgTargets', 'partners', 'places',
] as const, 'factsheet')
export type PracticeSectionId = (typeof PRACTICE_SECTIONS)[number]['id']

/** `##` sections of a PMM (Global Compact) objective sheet, as in the handbook's table header. */
export const PMM_SECTIONS = labelSpecs(['statement', 'keyIdeas', 'localActions'] as const, 'factsheet')
export type PmmSectionId = (typeof PMM_SECTIONS)[number]['id']

/** `##` sections of a network report (Ciudades Solidarias) sheet. */
export const NETWORK_SECTIONS = labelSpecs(['figures', 'commitments', 'members', 'tags'] as const, 'factsheet')
export type NetworkSectionId = (typeof NETWORK_SECTIONS)[number]['id']

/** `- **Label:** value` items under the title (and inside a few sections). */
export const FIELD_LABELS = labelSpecs([
  'id', 'country', 'source', 'number', 'shortName', 'initiative', 'date', 'sourceUrl', 'language', 'code', 'region',
  'indicator', 'verification',
] as const, 'factsheet')
export type FieldLabelId = (typeof FIELD_LABELS)[number]['id']

/**
 * The section of an objective sheet that lists the practices of the export citing it (written
 * by the tool, read back into `metadata.citedBy`, no record field).
 */
export const CITED_BY_SECTION = {id: 'citedBy', variants: ['Prácticas que citan este objetivo', 'Prácticas que lo citan']} as const

/** `## Año` of a practice whose printed year is also its start: `Desde 2019` (both fields). */
export const YEAR_SINCE = 'Desde'

/** Column headings of the members table of a network report sheet. */
export const MEMBER_COLUMNS = {name: 'Localidad', admin1: 'Departamento o región', country: 'País'} as const

/** Column headings of the places table of a practice sheet. */
export const PLACE_COLUMNS = {name: 'Localidad', country: 'País', admin1: 'Departamento o región'} as const

/** The `En curso` section: the word written for `true` / `false`, and the words read as each (folded). */
export const ONGOING_WORDS = {
  yes: 'Sí', no: 'No',
  yesVariants: ['si', 'yes', 'true', 'en curso', 'vigente'],
  noVariants: ['no', 'false', 'finalizada', 'finalizado', 'terminada', 'terminado'],
} as const

/** The `Fuente` item: `` `sheet.txt`, líneas 15–52 (formato `ficha`) `` and its parts. */
export const SOURCE_WORDS = {line: 'línea', lines: 'líneas', page: 'página', format: 'formato'} as const

/** Titles written by the tool (display only; the values they show are also in the field list). */
export const TITLES = {
  pmmObjective: 'Objetivo',
  index: 'Fichas de buenas prácticas',
  indexGroups: {practice: 'Prácticas', 'pmm-objective': 'Objetivos del PMM', 'network-report': 'Informes de redes'},
  indexColumns: ['Ficha', 'Lugar', 'País', 'Fuente'],
} as const

/** A month cell counts as marked when it holds one of these (folded); empty or `☐` is unmarked. */
export const MONTH_MARKS = ['✓', '✔', '☑', '☒', 'x', 'si', 'sí', '■', '●', '*'] as const
export const MONTH_MARK = '✓'

/** Glyphs a person may use instead of `[x]` / `[ ]` at the start of a task item. */
export const CHECKED_GLYPHS = ['[x]', '[X]', '☑', '☒', '✓', '✔', '■'] as const
export const UNCHECKED_GLYPHS = ['[ ]', '[]', '☐', '□'] as const
