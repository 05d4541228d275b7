/**
 * Words that place a date without a year relative to the publication date (folded).
 * `el 18 de octubre del año pasado`, `o 16 de maio deste ano`, `el pasado 25 de septiembre`.
 */

/** After the date: the year before the publication's. */
export const PREVIOUS_YEAR_AFTER: readonly string[] = [
  'del ano pasado', 'de ano pasado', 'del ano anterior', 'del pasado ano', 'do ano passado', 'do ano anterior', 'de ano passado',
]
/** After the date: the publication's year. */
export const SAME_YEAR_AFTER: readonly string[] = [
  'de este ano', 'del presente ano', 'de este mismo ano', 'del ano en curso', 'de este mismo', 'deste ano', 'do presente ano',
  'do corrente ano', 'deste mesmo ano',
]
/** Before the date: on or before the publication date (`el pasado 25 de septiembre`). */
export const PAST_BEFORE: readonly string[] = ['pasado', 'recien pasado', 'passado', 'ultimo']
/** Before the date: on or after the publication date (`el próximo 16 de mayo`). */
export const NEXT_BEFORE: readonly string[] = ['proximo', 'proxima', 'venidero']
/** Days a date without a year may fall after the publication date and still be of its year. */
export const MAX_DAYS_AHEAD = 62

/** Weekday names (folded) that may stand before a date: `el pasado martes 25 de septiembre`, `Sábado, Febrero 7, 2026`. */
export const WEEKDAYS: readonly string[] = [
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  'segunda-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'segunda', 'terca', 'quarta', 'quinta', 'sexta',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]
