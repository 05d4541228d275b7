/**
 * Spanish phrases the ficha constructs look for, as data (folded: lower case, no accents).
 * Parsing code builds its patterns from these lists; nothing Spanish is inlined there.
 */

/** Words that open a start year: "Inicia el año 2022", "desde el 2022", "El año 2018, …". */
export const START_YEAR_CUES = [
  'desde', 'a partir de', 'inicia', 'inicio', 'iniciamos', 'comienza', 'comenzo',
  'se crea', 'se creo', 'nace', 'nacio', 'se gesta', 'se inicia', 'se inicio', 'se implementa',
  'se implemento', 'el ano', 'en el ano',
] as const

/** Filler words allowed between a start cue and its year ("inicia **el año** 2022"). */
export const YEAR_FILLERS = ['el', 'del', 'de', 'la', 'ano', 'anos', 'en', 'mes', 'partir', 'a'] as const

/** Words that close a period: a year after them is not a start year ("hasta el 2025"). */
export const END_YEAR_CUES = ['hasta', 'finaliza', 'finalizo', 'termina', 'termino', 'culmina', 'culmino'] as const

/** Words joining two months into a range: "de abril **a** noviembre", "marzo **hasta** junio". */
export const MONTH_RANGE_CONNECTORS = ['a', 'al', 'hasta', 'hasta el mes de', 'a el mes de', '-', '–', '—'] as const

/** Words before "X y Y" that make it a range: "**entre los meses de** abril y noviembre". */
export const MONTH_BETWEEN_CUES = ['entre', 'entre los meses de', 'entre el mes de', 'entre los meses'] as const

/**
 * Head nouns that start the name of a municipal unit. In a list printed without commas
 * ("… Interculturalidad Dirección de Salud") a new name starts at one of these.
 */
export const DEPARTMENT_HEAD_NOUNS = [
  'oficina', 'oficinas', 'direccion', 'departamento', 'unidad', 'programa', 'corporacion', 'secretaria', 'centro', 'area', 'subdireccion', 'seccion', 'gerencia', 'juzgado', 'consejo',
  'fundacion', 'servicio', 'delegacion', 'coordinacion', 'division', 'administracion', 'alcaldia',
] as const

/** Words that glue the words of one name ("Dirección **de** Salud"): no name starts after them. */
export const NAME_CONNECTORS = ['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'para', 'a', 'al', 'en', 'con', 'por', 'u', 'o'] as const

/**
 * The lead-in of a Líneas Sello section, up to its colon:
 * "Se destaca el trabajo en las líneas de acción de Sello:".
 */
export const SELLO_INTRO_CUES = ['lineas de accion', 'lineas del sello', 'lineas sello', 'linea de accion'] as const

/** Heading words of a document introduction ("INTRODUCCIÓN"). */
export const INTRODUCTION_HEADINGS = ['introduccion', 'presentacion', 'antecedentes', 'resumen'] as const

/**
 * Openers of a sentence that continues the previous paragraph ("Además, …"): in Líneas Sello
 * such a paragraph adds to the previous line's rationale instead of naming a line.
 */
export const DISCOURSE_OPENERS = [
  'ademas', 'asimismo', 'sin embargo', 'por otra parte', 'por otro lado', 'de esta manera', 'de esta forma',
  'en este sentido', 'finalmente', 'por ultimo', 'tambien', 'en paralelo', 'por lo tanto', 'en consecuencia',
  'a su vez', 'junto a ello', 'en ese contexto', 'en este contexto', 'por ello', 'por esto',
] as const
