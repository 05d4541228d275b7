/**
 * Spanish names of the sections of a practice, as the sheets print them (ficha labels first,
 * then the gobernanza slides and the PMM annex), and of the fields of the other record types. Validate messages name a section by these, and
 * the blank template prints the ficha ones in sheet order.
 */
export const SECTION_LABELS = {
  title: 'Título de la práctica',
  municipality: 'MUNICIPALIDAD',
  departments: 'Departamento/Oficinas municipales que participan',
  categories: 'Categoría',
  categoryOther: 'Otra:',
  priorityGroup: 'Grupo prioritario',
  schedule: 'Fechas de implementación',
  months: 'Meses de implementación',
  funding: 'Forma de financiamiento',
  sustainability: 'Sostenibilidad en el tiempo',
  description: 'Breve descripción',
  innovation: 'Elemento innovador/creativo del proyecto o actividad',
  selloLines: 'Líneas Sello',
  startYear: 'Año de inicio',
  duration: 'Duración',
  responsible: 'Unidad(es) responsable(s)',
  legalBasis: 'Marco normativo',
  objectives: 'Principal(es) objetivo(s)',
  activities: 'Principal(es) actividad(es)',
  indicators: 'Indicadores',
  results: 'Logros/resultados',
  place: 'Lugar',
  year: 'Año',
  link: 'Enlace',
  pmmObjectives: 'Objetivos del PMM',
  country: 'País',
  number: 'Número',
  shortName: 'Nombre corto',
  statement: 'Objetivo',
  initiative: 'Iniciativa',
  date: 'Fecha',
} as const

export type SectionField = keyof typeof SECTION_LABELS

/** Ficha sections in the order a sheet prints them, for the blank template. */
export const FICHA_SECTION_ORDER = [
  'departments', 'categories', 'priorityGroup', 'schedule', 'funding', 'sustainability',
  'description', 'innovation', 'selloLines',
] as const satisfies readonly SectionField[]

