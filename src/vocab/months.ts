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
