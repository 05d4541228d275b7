import type {Language} from './number-words.js'

/** Spanish month names, index 0 = January. */
export const MONTHS = [
  'Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio',
  'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre',
] as const

/** Short month names, index 0 = January: the header of a fact sheet's month table. */
export const MONTH_ABBREVIATIONS = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic'] as const

/** Folded (lower case, no accents) month name or common variant → month number 1–12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ['setiembre', 9],
  ['ene', 1], ['feb', 2], ['mar', 3], ['abr', 4], ['may', 5], ['jun', 6],
  ['jul', 7], ['ago', 8], ['sep', 9], ['sept', 9], ['set', 9], ['oct', 10], ['nov', 11], ['dic', 12],
])

/**
 * English month names: the date line of many UNHCR/ACNUR pages in Spanish or Portuguese is
 * site furniture in English (`12 May 2022`).
 */
export const ENGLISH_MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
])

/** Portuguese month names and abbreviations, folded (`março` → `marco`). */
export const PT_MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['janeiro', 1], ['fevereiro', 2], ['marco', 3], ['abril', 4], ['maio', 5], ['junho', 6],
  ['julho', 7], ['agosto', 8], ['setembro', 9], ['outubro', 10], ['novembro', 11], ['dezembro', 12],
  ['jan', 1], ['fev', 2], ['mar', 3], ['abr', 4], ['mai', 5], ['jun', 6], ['jul', 7], ['ago', 8],
  ['set', 9], ['out', 10], ['nov', 11], ['dez', 12],
])

/** Month names each language's dates may use. */
export const MONTHS_BY_LANGUAGE: Readonly<Record<Language, ReadonlyMap<string, number>>> = {
  es: new Map([...MONTH_NUMBERS, ...ENGLISH_MONTH_NUMBERS]),
  pt: new Map([...PT_MONTH_NUMBERS, ...ENGLISH_MONTH_NUMBERS, ['may', 5]]),
}
