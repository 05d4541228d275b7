/**
 * The labels of every record field, in one table: how documents print each field, per language
 * (`es`; `en` and `pt` where repository pages print them), and where a format prints it in other
 * words (`byFormat`: the fact sheets this tool writes, the ministry slide template). The first
 * spelling of a list is the canonical one: validate messages, the blank template and the fact
 * sheets use it; the others are accepted when reading. Matching folds case and accents and
 * tolerates small typos (src/constructs/label-match.ts).
 *
 * Formats read their labels from here; only what is structure rather than wording (a slide label
 * split over two lines, the ficha's `MUNICIPALIDAD` anchor) stays with the format.
 */

export type Language = 'es' | 'en' | 'pt'

/** Spellings of a label, the canonical one first. */
export type Spellings = readonly [string, ...string[]]

export interface FieldLabels {
  readonly es: Spellings
  readonly en?: Spellings
  readonly pt?: Spellings
  /** Where a format prints the field in other words; its first spelling is that format's own. */
  readonly byFormat?: Readonly<Record<string, Spellings>>
}

export const FIELD_LABELS = {
  title: {es: ['Título de la práctica']},
  municipality: {es: ['MUNICIPALIDAD'], byFormat: {factsheet: ['Municipalidad', 'Municipio', 'Comuna']}},
  departments: {
    es: [
      'Departamento/Oficinas municipales que participan', 'Departamentos/Oficinas municipales que participan',
      'Departamento u oficinas municipales que participan', 'Departamentos u oficinas municipales que participan',
      'Oficinas municipales que participan', 'Departamentos participantes',
    ],
    byFormat: {factsheet: ['Departamento/Oficinas municipales que participan', 'Departamentos', 'Oficinas municipales que participan']},
  },
  categories: {es: ['Categoría', 'Categorías']},
  categoryOther: {es: ['Otra:']},
  priorityGroup: {es: ['Grupo prioritario', 'Grupos prioritarios', 'Población prioritaria'], byFormat: {factsheet: ['Grupo prioritario', 'Grupos prioritarios']}},
  schedule: {es: ['Fechas de implementación', 'Fecha de implementación', 'Fechas de ejecución'], byFormat: {factsheet: ['Fechas de implementación', 'Fechas']}},
  months: {es: ['Meses de implementación']},
  funding: {es: ['Forma de financiamiento', 'Formas de financiamiento', 'Financiamiento'], byFormat: {factsheet: ['Forma de financiamiento', 'Financiamiento']}},
  sustainability: {es: ['Sostenibilidad en el tiempo', 'Sostenibilidad']},
  description: {es: ['Breve descripción', 'Descripción'], byFormat: {gobernanza: ['Descripción']}},
  innovation: {
    es: ['Elemento innovador/creativo del proyecto o actividad', 'Elemento innovador/creativo', 'Elemento innovador'],
    byFormat: {factsheet: ['Elemento innovador/creativo del proyecto o actividad', 'Elemento innovador', 'Elemento innovador/creativo']},
  },
  selloLines: {es: ['Líneas Sello', 'Líneas del Sello', 'Líneas Sello Migrante', 'Líneas de acción del Sello'], byFormat: {factsheet: ['Líneas Sello', 'Líneas del Sello Migrante']}},
  startYear: {es: ['Año de inicio']},
  duration: {es: ['Duración']},
  responsible: {
    es: ['Unidad(es) responsable(s)', 'Unidad responsable', 'Responsable', 'Responsables'],
    byFormat: {
      gobernanza: ['Ministerio y Unidad(es) responsable(s)'],
      factsheet: ['Ministerio y unidad(es) responsable(s)', 'Responsable', 'Responsables', 'Unidad responsable'],
    },
  },
  legalBasis: {es: ['Sustento legal', 'Base legal', 'Marco legal', 'Marco normativo']},
  objectives: {es: ['Principal(es) objetivo(s)', 'Objetivos', 'Principales objetivos']},
  activities: {es: ['Principal(es) actividad(es)', 'Actividades', 'Principales actividades']},
  indicators: {es: ['Indicadores', 'Indicadores y medios de verificación'], byFormat: {factsheet: ['Indicadores y medios de verificación', 'Indicadores']}},
  results: {es: ['Logros/resultados', 'Logros', 'Resultados']},
  place: {es: ['Lugar']},
  year: {es: ['Año']},
  link: {es: ['Enlace', 'Link']},
  pmmObjectives: {es: ['Objetivos del PMM', 'Objetivos del Pacto Mundial para la Migración']},
  country: {es: ['País']},
  number: {es: ['Número', 'Número de objetivo']},
  shortName: {es: ['Nombre corto', 'Ícono']},
  statement: {es: ['Objetivo', 'Enunciado']},
  keyIdeas: {es: ['Ideas clave del compromiso', 'Ideas clave']},
  localActions: {es: ['Acciones pertinentes orientadas a AL', 'Acciones orientadas a AL', 'Acciones pertinentes orientadas a autoridades locales']},
  initiative: {es: ['Iniciativa']},
  date: {es: ['Fecha']},
  figures: {es: ['Cifras', 'Cifras destacadas']},
  commitments: {es: ['Compromisos', 'Principales compromisos']},
  members: {es: ['Miembros', 'Localidades miembro', 'Localidades']},
  tags: {es: ['Etiquetas', 'Temas']},
  sourceUrl: {es: ['URL de la fuente', 'Fuente en línea', 'URL']},
  // Parts of a record written as items of a fact sheet.
  id: {es: ['Identificador', 'Id']},
  source: {es: ['Fuente']},
  code: {es: ['Código', 'Código CUT']},
  region: {es: ['Región', 'Departamento']},
  indicator: {es: ['Indicador']},
  verification: {es: ['Medio de verificación', 'Verificación']},
} as const satisfies Record<string, FieldLabels>

export type LabelledField = keyof typeof FIELD_LABELS

/** The sections of a good-practice sheet (ficha), in the order the sheet prints them. */
export const SHEET_SECTIONS = [
  'departments', 'categories', 'priorityGroup', 'schedule', 'funding', 'sustainability',
  'description', 'innovation', 'selloLines',
] as const satisfies readonly LabelledField[]

function entry(field: string): FieldLabels | undefined {
  return Object.hasOwn(FIELD_LABELS, field) ? (FIELD_LABELS as Record<string, FieldLabels>)[field] : undefined
}

/** Every spelling of `field` as `format` prints it (its own words, else the language's). */
export function labelVariants(field: string, format?: string | null, language: Language = 'es'): Spellings {
  const labels = entry(field)
  if (!labels) return [field]
  return (format ? labels.byFormat?.[format] : undefined) ?? labels[language] ?? labels.es
}

/** The canonical label of `field` as `format` prints it (`Breve descripción`), or the field name. */
export function fieldLabel(field: string, format?: string | null, language: Language = 'es'): string {
  return labelVariants(field, format, language)[0]
}

/** `{id, variants}` specs for label matching, one per field, in the order given. */
export function labelSpecs<F extends LabelledField>(fields: readonly F[], format?: string, language: Language = 'es'): Array<{id: F; variants: Spellings}> {
  return fields.map((id) => ({id, variants: labelVariants(id, format, language)}))
}

/** Every spelling of every field, in every language and format: `[spelling, field]`. */
export function allLabelSpellings(): Array<readonly [string, LabelledField]> {
  return (Object.entries(FIELD_LABELS) as Array<[LabelledField, FieldLabels]>).flatMap(([field, labels]) => [
    ...labels.es, ...(labels.en ?? []), ...(labels.pt ?? []), ...Object.values(labels.byFormat ?? {}).flat(),
  ].map((spelling) => [spelling, field] as const))
}
