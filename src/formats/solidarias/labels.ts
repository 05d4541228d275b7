/**
 * The Spanish and Portuguese (and web-export) wording of network reports and press releases.
 * All matching is on folded text (lower case, no accents); names keep their printed form.
 */

/** The initiative a `solidarias` document belongs to when it never names one. */
export const DEFAULT_INITIATIVE = 'Ciudades Solidarias'

/** A heading that opens the commitments (`Principales compromisos de las Ciudades Solidarias:`). */
export const COMMITMENT_HEADINGS: readonly string[] = [
  'principales compromisos', 'compromisos principales', 'compromisos asumidos', 'compromisos de', 'compromisos',
  'principais compromissos', 'compromissos assumidos', 'compromissos das', 'compromissos dos', 'compromissos',
]

/** Sentence openings that close a run of commitment paragraphs (`A la fecha, la iniciativa …`). */
export const DISCOURSE_MARKERS: readonly string[] = [
  'a la fecha', 'asimismo', 'ademas', 'por otra parte', 'por otro lado', 'finalmente', 'por ultimo',
  'en resumen', 'en conclusion', 'de esta manera', 'de este modo', 'actualmente', 'hoy', 'durante',
  'en total', 'cabe destacar', 'en este contexto', 'en este marco', 'gracias a', 'con ello',
  'ate o momento', 'alem disso', 'por fim', 'desta forma', 'dessa forma', 'atualmente', 'hoje', 'neste contexto',
]

/** Prepositions that open a narrative paragraph with a short phrase and a comma (`En Guatemala, …`). */
export const NARRATIVE_OPENERS: readonly string[] = [
  'en', 'durante', 'desde', 'con', 'para', 'por', 'tras', 'segun', 'a', 'al', 'hasta', 'entre',
  'em', 'no', 'na', 'com', 'apos', 'segundo', 'ate', 'pelo', 'pela',
]

/** Web-export footer: the label before the page address, and the list of the page's links. */
export const SOURCE_URL_LABELS: readonly string[] = ['source url', 'url de origen', 'url fuente', 'fuente', 'url', 'enlace', 'url de origem', 'fonte', 'link']
export const LINKS_HEADINGS: readonly string[] = ['list of links present in page', 'enlaces de la pagina', 'links present in page']
/** A label before a tag list (`Etiquetas: migración, refugiados`). */
export const TAG_LABELS: readonly string[] = ['etiquetas', 'tags', 'temas', 'palabras clave', 'palavras-chave', 'palavras chave', 'assuntos', 'marcadores']
/** Most words a tag has; a longer item is not a tag. */
export const MAX_TAG_WORDS = 8

/** Page furniture of a web export: buttons and calls to action, kept in metadata `pageActions`. */
export const PAGE_ACTIONS: readonly string[] = [
  'descargar archivos', 'descargar', 'compartir', 'imprimir', 'leer mas', 'ver mas', 'volver',
  'regresar', 'copiar enlace', 'enviar por correo', 'suscribete', 'baixar', 'baixar arquivos', 'compartilhar', 'leia mais',
  'voltar', 'copiar link',
]

/** Press-release header lines (`- Comunicado`): the kind of document… */
export const DOCUMENT_KINDS: readonly string[] = [
  'comunicado de prensa', 'comunicado', 'nota de prensa', 'nota informativa', 'noticias', 'noticia',
  'boletin', 'informe', 'reporte', 'prensa', 'articulo', 'comunicado a imprensa', 'comunicados a imprensa',
  'nota a imprensa', 'release', 'noticias', 'reportagem',
]
/** …and who publishes it (`- Ministerio de Relaciones Exteriores -MINEX-`). */
export const PUBLISHER_WORDS: readonly string[] = [
  'ministerio', 'secretaria', 'cancilleria', 'acnur', 'unhcr', 'oim', 'iom', 'municipalidad',
  'alcaldia', 'gobierno', 'embajada', 'oficina', 'direccion', 'instituto', 'agencia', 'prefeitura', 'governo',
  'intendencia', 'servicio', 'gore',
]

/**
 * Offices named with their country: `ACNUR Chile`, `Representante en Guatemala`, `OIM Ecuador`,
 * `Representante do ACNUR no Brasil`. Longest first. Not `Gobierno de Chile`: a government that
 * supports a meeting abroad is no office of the release's country.
 */
export const OFFICE_WORDS: readonly string[] = [
  'representante de acnur en', 'representante del acnur en', 'representante do acnur no', 'representante do acnur na',
  'oficina de acnur en', 'oficina del acnur en', 'escritorio do acnur no', 'escritorio do acnur na', 'acnur en', 'acnur no',
  'acnur na', 'acnur', 'unhcr in', 'unhcr', 'oim en', 'oim no', 'oim na', 'oim', 'iom', 'cancilleria de', 'representante en', 'representante no', 'representante na', 'oficina en', 'embajada de',
]

/** A bullet at the start of a line: `■`, `-`, `•`, `*`, `1.`, `a)`. */
export const BULLET = /^\s*([■▪●•◦·▸►\-*+–]|\d{1,2}[.)]|[a-z]\))\s+/
