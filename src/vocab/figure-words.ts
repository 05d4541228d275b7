/**
 * Words around a number that decide whether it is a count (`19 municipios`) and where the
 * count's label ends. All folded (lower case, no accents). Read by `src/constructs/figures.ts`.
 */

/** Before a number: the count is approximate or a bound. Folded form → label note as written. */
export const FIGURE_QUALIFIERS: ReadonlyArray<readonly [folded: string, note: string]> = [
  ['mas de', 'más de'], ['menos de', 'menos de'], ['cerca de', 'cerca de'],
  ['alrededor de', 'alrededor de'], ['aproximadamente', 'aproximadamente'], ['casi', 'casi'],
  ['al menos', 'al menos'], ['por lo menos', 'por lo menos'], ['hasta', 'hasta'],
  ['unos', 'unos'], ['unas', 'unas'], ['sobre', 'sobre'], ['+', 'más de'],
]

/** Before a number: it names a thing (`Ley 21.325`, `Objetivo 16`), it does not count one. */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'ley', 'leyes', 'decreto', 'articulo', 'art', 'n', 'no', 'nro', 'num', 'numero', 'resolucion',
  'pagina', 'pag', 'p', 'capitulo', 'objetivo', 'objetivos', 'meta', 'anexo', 'tabla', 'grafico',
  'figura', 'seccion', 'inciso', 'punto', 'version', 'fase', 'etapa', 'edicion', 'oficio',
  'expediente', 'acuerdo', 'convenio', 'codigo', 'zona', 'calle', 'avenida', 'km', 'kilometro',
  'ods', 'agenda',
])

/** Before or after a number: an amount of money, not a count. */
export const CURRENCY_BEFORE: readonly string[] = ['$', 'us$', 'usd', 'clp', 'q', 'q.', 'eur', '€', 'gtq']
export const CURRENCY_AFTER: ReadonlySet<string> = new Set([
  'dolares', 'pesos', 'quetzales', 'euros', 'soles', 'lempiras', 'colones', 'bolivianos', 'reales', 'usd', 'clp', 'gtq',
])

/** After a number: a share, not a count (`30 %`, `30 por ciento`). */
export const PERCENT_AFTER: readonly string[] = ['%', 'por ciento', 'porciento']

/** After a number: a duration, an age or a time of day, not a count of people or places. */
export const DURATION_WORDS: ReadonlySet<string> = new Set([
  'ano', 'anos', 'mes', 'meses', 'semana', 'semanas', 'dia', 'dias', 'hora', 'horas', 'hrs', 'h',
  'minuto', 'minutos', 'am', 'pm',
])

/** Words that open a clause: a count's label ends before them, on a line of its own too. */
export const LABEL_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'que', 'quien', 'quienes', 'cual', 'cuales', 'cuyo', 'cuya', 'donde', 'cuando',
  'se', 'ha', 'han', 'he', 'hemos', 'hay', 'fue', 'fueron', 'es', 'son', 'era', 'eran', 'esta',
  'estan', 'estaba', 'ser', 'sido', 'siendo', 'tiene', 'tienen', 'cuenta', 'cuentan',
])

/** Prepositions and conjunctions: in running text a count's label ends before them too. */
export const LABEL_STOP_WORDS: ReadonlySet<string> = new Set([
  ...LABEL_CLAUSE_WORDS,
  'para', 'por', 'en', 'desde', 'hasta', 'durante', 'entre', 'sobre', 'sin', 'mediante', 'segun',
  'a', 'al', 'ya', 'tambien', 'lo', 'le', 'les', 'y', 'e', 'o', 'u', 'pero', 'mas', 'asi', 'como', 'con',
  'mientras', 'ademas', 'incluso', 'hacia', 'ante', 'tras',
])

/** Articles: in running text `de la …`, `de los …` and `del …` end a count's label. */
export const LABEL_ARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'los', 'el', 'un', 'una'])

/** Words trimmed from the end of a label (`Convenios con` → `Convenios`). */
export const LABEL_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'de', 'del', 'la', 'las', 'los', 'el', 'con', 'y', 'e', 'o', 'a', 'en', 'para', 'por', 'su', 'sus',
])

/** Most words a count's label takes from running text; a line of its own gives all of it. */
export const MAX_LABEL_WORDS = 6
/** Most words a line can have and still be a count line such as `6 Convenios con Ciudades Solidarias`. */
export const MAX_FIGURE_LINE_WORDS = 12

/** Word endings of past-tense verbs (`participaron`, `recibieron`): a label ends before them. */
export const LABEL_VERB_ENDING = /(?:aron|ieron|aban|ieran|aran|ian)$/

/**
 * The same word lists for Portuguese (folded). A count's label ends before a contraction such
 * as `das` (`17 municípios das regiões Norte` → `municípios`).
 */
export const PT_FIGURE_QUALIFIERS: ReadonlyArray<readonly [folded: string, note: string]> = [
  ['mais de', 'mais de'], ['menos de', 'menos de'], ['cerca de', 'cerca de'], ['aproximadamente', 'aproximadamente'],
  ['quase', 'quase'], ['ao menos', 'ao menos'], ['pelo menos', 'pelo menos'], ['ate', 'até'], ['+', 'mais de'],
]
export const PT_REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'lei', 'leis', 'decreto', 'artigo', 'art', 'n', 'no', 'nro', 'numero', 'resolucao', 'portaria', 'pagina', 'pag', 'p',
  'capitulo', 'objetivo', 'objetivos', 'meta', 'anexo', 'tabela', 'grafico', 'figura', 'secao', 'inciso', 'versao',
  'fase', 'etapa', 'edicao', 'oficio', 'processo', 'acordo', 'convenio', 'codigo', 'zona', 'rua', 'avenida', 'km', 'ods', 'agenda',
])
export const PT_CURRENCY_BEFORE: readonly string[] = ['r$', '$', 'us$', 'usd', 'brl', 'eur', '€']
export const PT_CURRENCY_AFTER: ReadonlySet<string> = new Set(['reais', 'dolares', 'euros', 'pesos', 'brl', 'usd'])
export const PT_PERCENT_AFTER: readonly string[] = ['%', 'por cento', 'porcento']
export const PT_DURATION_WORDS: ReadonlySet<string> = new Set([
  'ano', 'anos', 'mes', 'meses', 'semana', 'semanas', 'dia', 'dias', 'hora', 'horas', 'h', 'minuto', 'minutos',
])
export const PT_LABEL_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'que', 'quem', 'qual', 'quais', 'cujo', 'cuja', 'onde', 'quando', 'se', 'foi', 'foram', 'e', 'sao', 'era', 'eram',
  'esta', 'estao', 'ser', 'sido', 'sendo', 'tem', 'teem', 'conta', 'contam', 'ha',
])
export const PT_LABEL_STOP_WORDS: ReadonlySet<string> = new Set([
  ...PT_LABEL_CLAUSE_WORDS,
  'para', 'por', 'pelo', 'pela', 'pelos', 'pelas', 'em', 'no', 'na', 'nos', 'nas', 'do', 'da', 'dos', 'das', 'desde',
  'ate', 'durante', 'entre', 'sobre', 'sem', 'mediante', 'segundo', 'a', 'ao', 'aos', 'as', 'o', 'os', 'ja', 'tambem',
  'ou', 'mas', 'assim', 'como', 'enquanto', 'alem', 'inclusive', 'incluindo', 'perante', 'apos', 'com',
])
export const PT_LABEL_ARTICLES: ReadonlySet<string> = new Set(['a', 'as', 'o', 'os', 'um', 'uma'])
export const PT_LABEL_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'de', 'do', 'da', 'dos', 'das', 'a', 'o', 'as', 'os', 'com', 'e', 'ou', 'em', 'no', 'na', 'para', 'por', 'seu', 'sua', 'seus', 'suas',
])
/** Portuguese past-tense endings (`participaram`, `receberam`): a label ends before them. */
export const PT_LABEL_VERB_ENDING = /(?:aram|eram|iram|avam|ou|eu)$/

/** Every word list a count needs, per language. */
export interface FigureWords {
  qualifiers: ReadonlyArray<readonly [folded: string, note: string]>
  reference: ReadonlySet<string>
  currencyBefore: readonly string[]
  currencyAfter: ReadonlySet<string>
  percentAfter: readonly string[]
  duration: ReadonlySet<string>
  clause: ReadonlySet<string>
  stop: ReadonlySet<string>
  articles: ReadonlySet<string>
  trailing: ReadonlySet<string>
  verbEnding: RegExp
}

export const FIGURE_WORDS: Readonly<Record<'es' | 'pt', FigureWords>> = {
  es: {
    qualifiers: FIGURE_QUALIFIERS, reference: REFERENCE_WORDS, currencyBefore: CURRENCY_BEFORE, currencyAfter: CURRENCY_AFTER,
    percentAfter: PERCENT_AFTER, duration: DURATION_WORDS, clause: LABEL_CLAUSE_WORDS, stop: LABEL_STOP_WORDS,
    articles: LABEL_ARTICLES, trailing: LABEL_TRAILING_WORDS, verbEnding: LABEL_VERB_ENDING,
  },
  pt: {
    qualifiers: PT_FIGURE_QUALIFIERS, reference: PT_REFERENCE_WORDS, currencyBefore: PT_CURRENCY_BEFORE, currencyAfter: PT_CURRENCY_AFTER,
    percentAfter: PT_PERCENT_AFTER, duration: PT_DURATION_WORDS, clause: PT_LABEL_CLAUSE_WORDS, stop: PT_LABEL_STOP_WORDS,
    articles: PT_LABEL_ARTICLES, trailing: PT_LABEL_TRAILING_WORDS, verbEnding: PT_LABEL_VERB_ENDING,
  },
}
