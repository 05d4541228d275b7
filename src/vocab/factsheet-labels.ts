/**
 * The words of a Markdown fact sheet (`practices export --format md`), shared by the writer
 * (src/export/factsheet-tree.ts) and the reader (src/formats/factsheet/). The first variant of
 * each label is the one written; the others are accepted when reading a sheet written by hand.
 */

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
 * the governance-slide fields, then the fields of a PMM annex example.
 */
export const PRACTICE_SECTIONS = [
  {id: 'municipality', variants: ['Municipalidad', 'Municipio', 'Comuna']},
  {id: 'departments', variants: ['Departamento/Oficinas municipales que participan', 'Departamentos', 'Oficinas municipales que participan']},
  {id: 'categories', variants: ['Categoría', 'Categorías']},
  {id: 'priorityGroup', variants: ['Grupo prioritario', 'Grupos prioritarios']},
  {id: 'schedule', variants: ['Fechas de implementación', 'Fechas']},
  {id: 'funding', variants: ['Forma de financiamiento', 'Financiamiento']},
  {id: 'sustainability', variants: ['Sostenibilidad en el tiempo', 'Sostenibilidad']},
  {id: 'description', variants: ['Breve descripción', 'Descripción']},
  {id: 'innovation', variants: ['Elemento innovador/creativo del proyecto o actividad', 'Elemento innovador', 'Elemento innovador/creativo']},
  {id: 'selloLines', variants: ['Líneas Sello', 'Líneas del Sello Migrante']},
  {id: 'startYear', variants: ['Año de inicio']},
  {id: 'duration', variants: ['Duración']},
  {id: 'responsible', variants: ['Ministerio y unidad(es) responsable(s)', 'Responsable', 'Responsables', 'Unidad responsable']},
  {id: 'legalBasis', variants: ['Sustento legal', 'Base legal', 'Marco legal']},
  {id: 'objectives', variants: ['Principal(es) objetivo(s)', 'Objetivos', 'Principales objetivos']},
  {id: 'activities', variants: ['Principal(es) actividad(es)', 'Actividades', 'Principales actividades']},
  {id: 'indicators', variants: ['Indicadores y medios de verificación', 'Indicadores']},
  {id: 'results', variants: ['Logros/resultados', 'Logros', 'Resultados']},
  {id: 'place', variants: ['Lugar']},
  {id: 'year', variants: ['Año']},
  {id: 'link', variants: ['Enlace', 'Link']},
  {id: 'pmmObjectives', variants: ['Objetivos del PMM', 'Objetivos del Pacto Mundial para la Migración']},
] as const satisfies readonly SectionLabel[]
export type PracticeSectionId = (typeof PRACTICE_SECTIONS)[number]['id']

/** `##` sections of a PMM (Global Compact) objective sheet, as in the handbook's table header. */
export const PMM_SECTIONS = [
  {id: 'statement', variants: ['Objetivo', 'Enunciado']},
  {id: 'keyIdeas', variants: ['Ideas clave del compromiso', 'Ideas clave']},
  {id: 'localActions', variants: ['Acciones pertinentes orientadas a AL', 'Acciones orientadas a AL', 'Acciones pertinentes orientadas a autoridades locales']},
] as const satisfies readonly SectionLabel[]
export type PmmSectionId = (typeof PMM_SECTIONS)[number]['id']

/** `##` sections of a network report (Ciudades Solidarias) sheet. */
export const NETWORK_SECTIONS = [
  {id: 'figures', variants: ['Cifras', 'Cifras destacadas']},
  {id: 'commitments', variants: ['Compromisos', 'Principales compromisos']},
  {id: 'members', variants: ['Miembros', 'Localidades miembro', 'Localidades']},
  {id: 'tags', variants: ['Etiquetas', 'Temas']},
] as const satisfies readonly SectionLabel[]
export type NetworkSectionId = (typeof NETWORK_SECTIONS)[number]['id']

/** `- **Label:** value` items under the title (and inside a few sections). */
export const FIELD_LABELS = [
  {id: 'id', variants: ['Identificador', 'Id']},
  {id: 'country', variants: ['País']},
  {id: 'source', variants: ['Fuente']},
  {id: 'number', variants: ['Número', 'Número de objetivo']},
  {id: 'shortName', variants: ['Nombre corto', 'Ícono']},
  {id: 'initiative', variants: ['Iniciativa']},
  {id: 'date', variants: ['Fecha']},
  {id: 'sourceUrl', variants: ['URL de la fuente', 'Fuente en línea', 'URL']},
  {id: 'code', variants: ['Código', 'Código CUT']},
  {id: 'region', variants: ['Región', 'Departamento']},
  {id: 'indicator', variants: ['Indicador']},
  {id: 'verification', variants: ['Medio de verificación', 'Verificación']},
] as const satisfies readonly SectionLabel[]
export type FieldLabelId = (typeof FIELD_LABELS)[number]['id']

/** Column headings of the members table of a network report sheet. */
export const MEMBER_COLUMNS = {name: 'Localidad', admin1: 'Departamento o región', country: 'País'} as const

/** The `Fuente` item: `` `sheet.txt`, líneas 15–52 (formato `ficha`) `` and its parts. */
export const SOURCE_WORDS = {line: 'línea', lines: 'líneas', format: 'formato'} as const

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
