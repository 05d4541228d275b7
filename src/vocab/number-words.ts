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
