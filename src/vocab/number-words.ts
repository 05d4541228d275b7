/**
 * Spanish cardinal number words, folded (lower case, no accents): `veintiún` → `veintiun`.
 * Read by `src/constructs/spanish-numbers.ts`, which composes them (`ciento veinte`,
 * `treinta y cinco`, `dos mil`).
 */

/** 0–29: words that stand for a whole value below thirty. */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['cero', 0], ['un', 1], ['uno', 1], ['una', 1], ['dos', 2], ['tres', 3], ['cuatro', 4],
  ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10],
  ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15],
  ['dieciseis', 16], ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20],
  ['veintiun', 21], ['veintiuno', 21], ['veintiuna', 21], ['veintidos', 22], ['veintitres', 23],
  ['veinticuatro', 24], ['veinticinco', 25], ['veintiseis', 26], ['veintisiete', 27],
  ['veintiocho', 28], ['veintinueve', 29],
])

/** Tens from thirty on; they take `y` + a unit (`treinta y cinco`). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60],
  ['setenta', 70], ['ochenta', 80], ['noventa', 90],
])

/** Hundreds, masculine and feminine (`doscientas personas`). */
export const HUNDREDS_WORDS: ReadonlyMap<string, number> = new Map([
  ['cien', 100], ['ciento', 100],
  ['doscientos', 200], ['doscientas', 200], ['trescientos', 300], ['trescientas', 300],
  ['cuatrocientos', 400], ['cuatrocientas', 400], ['quinientos', 500], ['quinientas', 500],
  ['seiscientos', 600], ['seiscientas', 600], ['setecientos', 700], ['setecientas', 700],
  ['ochocientos', 800], ['ochocientas', 800], ['novecientos', 900], ['novecientas', 900],
])

/** `mil` multiplies what precedes it (or 1); `millón` likewise by a million. */
export const THOUSAND_WORDS: ReadonlySet<string> = new Set(['mil'])
export const MILLION_WORDS: ReadonlySet<string> = new Set(['millon', 'millones'])

/** The `y` between tens and units. */
export const NUMBER_CONJUNCTION = 'y'

/**
 * Number words that are also the indefinite article (`un modelo`, `una perspectiva`): they are
 * numbers inside a longer numeral (`veintiún`, `un millón`) but never a count on their own.
 */
export const ARTICLE_NUMBER_WORDS: ReadonlySet<string> = new Set(['un', 'uno', 'una'])

/** The languages whose number words, month names and label words the constructs know. */
export type Language = 'es' | 'pt'

/** One language's number words: what `composeWords` needs to read a numeral. */
export interface NumberWordTable {
  small: ReadonlyMap<string, number>
  tens: ReadonlyMap<string, number>
  hundreds: ReadonlyMap<string, number>
  thousand: ReadonlySet<string>
  million: ReadonlySet<string>
  /** The word between tens and units (`y`; Portuguese `e`). */
  conjunction: string
  /** Whether the conjunction also follows hundreds and thousands (`cento e vinte`, `mil e quinhentos`). */
  conjunctionAfterHundreds: boolean
  articles: ReadonlySet<string>
}

/** Portuguese cardinals, folded: `três` → `tres`, `milhões` → `milhoes`. `cem` is exactly 100, `cento e …` more. */
export const PT_SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['um', 1], ['uma', 1], ['dois', 2], ['duas', 2], ['tres', 3], ['quatro', 4], ['cinco', 5],
  ['seis', 6], ['sete', 7], ['oito', 8], ['nove', 9], ['dez', 10], ['onze', 11], ['doze', 12],
  ['treze', 13], ['catorze', 14], ['quatorze', 14], ['quinze', 15], ['dezesseis', 16], ['dezasseis', 16],
  ['dezessete', 17], ['dezassete', 17], ['dezoito', 18], ['dezenove', 19], ['dezanove', 19],
])
/** Tens from twenty on (`vinte e cinco`: Portuguese has no one-word 21–29). */
export const PT_TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['vinte', 20], ['trinta', 30], ['quarenta', 40], ['cinquenta', 50], ['cinqenta', 50], ['sessenta', 60],
  ['setenta', 70], ['oitenta', 80], ['noventa', 90],
])
export const PT_HUNDREDS_WORDS: ReadonlyMap<string, number> = new Map([
  ['cem', 100], ['cento', 100], ['duzentos', 200], ['duzentas', 200], ['trezentos', 300], ['trezentas', 300],
  ['quatrocentos', 400], ['quatrocentas', 400], ['quinhentos', 500], ['quinhentas', 500],
  ['seiscentos', 600], ['seiscentas', 600], ['setecentos', 700], ['setecentas', 700],
  ['oitocentos', 800], ['oitocentas', 800], ['novecentos', 900], ['novecentas', 900],
])

export const NUMBER_WORDS_BY_LANGUAGE: Readonly<Record<Language, NumberWordTable>> = {
  es: {
    small: SMALL_NUMBER_WORDS, tens: TENS_WORDS, hundreds: HUNDREDS_WORDS, thousand: THOUSAND_WORDS,
    million: MILLION_WORDS, conjunction: NUMBER_CONJUNCTION, conjunctionAfterHundreds: false, articles: ARTICLE_NUMBER_WORDS,
  },
  pt: {
    small: PT_SMALL_NUMBER_WORDS, tens: PT_TENS_WORDS, hundreds: PT_HUNDREDS_WORDS, thousand: new Set(['mil']),
    million: new Set(['milhao', 'milhoes']), conjunction: 'e', conjunctionAfterHundreds: true, articles: new Set(['um', 'uma']),
  },
}
