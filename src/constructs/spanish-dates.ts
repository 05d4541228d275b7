/**
 * Spanish and Portuguese dates in running text, as ISO `YYYY-MM-DD`.
 *
 *   25 de septiembre de 2024 · 25 Septiembre, 2024 · 5 y 6 de diciembre del año 2023 · 1° de mayo de 2024
 *   septiembre 25, 2024 · Septiembre 25 de 2024 · 25/09/2024 · 25-09-2024 · 2024-09-25
 *   ^ each gives a complete date; `5 y 6 de diciembre …` gives its first day, 2023-12-05.
 *
 * Incomplete dates (`el 26 de septiembre`, `diciembre de 2023`) are found too, with `iso: null`,
 * so that other constructs can tell their digits from counts. Numeric dates are day first, as in
 * Latin America. A date that does not exist (`31 de febrero de 2024`) has `invalid: true`.
 * With `language` `pt` the month names are Portuguese (`12 de maio de 2022`, `16 de março`);
 * both languages also read English month names (`12 May 2022`, the date line of UNHCR pages).
 */
import {foldSameLength} from './spanish-numbers.js'
import {MONTHS_BY_LANGUAGE} from '../vocab/months.js'
import type {Language} from '../vocab/number-words.js'

export interface DateMatch {
  /** 0-based offsets in the text (`end` exclusive). */
  start: number
  end: number
  raw: string
  year: number | null
  month: number | null
  day: number | null
  /** `YYYY-MM-DD` when day, month and year are all there and the date exists. */
  iso: string | null
  invalid: boolean
}

const DAY = `(\\d{1,2})(?:°|º|ro|er)?`
// At most eight more days (`5, 6, 7 y 8 de …`): a bound on the work at each number of a run such
// as `5 y 5 y 5 …`. One run of white space before the year, split only by a `,`/`de`/`del`/`do`:
// two optional runs side by side (`\s*,?\s*`) try every split of a long run of spaces.
const MORE_DAYS = `(?:\\s*(?:,|y|e|al|a|-|–)\\s*\\d{1,2}(?:°|º)?){0,8}`
const YEAR = `(?:\\s*(?:(?:,|de|del|do)\\s*)?(?:el\\s+)?(?:ano\\s+)?(\\d{4})(?!\\d))`

/** Longer than any date (`miércoles 25 de septiembre del año 2024` has 39 characters). */
const MAX_DATE_CHARS = 48
/** How far before a number a month name may start (`septiembre del año 2024`). */
const MONTH_REACH = 24

type Read = (m: RegExpExecArray) => [year?: string, month?: string, day?: string]
type Form = {pattern: RegExp; read: Read}

interface DateForms {
  months: ReadonlyMap<string, number>
  /** Forms that start at a number, tried in this order (sticky, on folded text). */
  numberFirst: readonly Form[]
  /** Forms that start at a month name before the number. */
  monthFirst: readonly Form[]
  monthBefore: RegExp
}

const FORMS = new Map<Language, DateForms>()

function formsFor(language: Language): DateForms {
  let forms = FORMS.get(language)
  if (forms) return forms
  const months = MONTHS_BY_LANGUAGE[language]
  // Longest names first, so that `sept` wins over `sep`; an abbreviation may end with a dot.
  const names = `(${[...months.keys()].sort((a, b) => b.length - a.length).join('|')})`
  const month = `${names}\\.?(?![a-z])`
  forms = {
    months,
    numberFirst: [
      // 2024-09-25
      {pattern: /(\d{4})-(\d{2})-(\d{2})(?![\d/-])/y, read: (m) => [m[1], m[2], m[3]]},
      // 25/09/2024 · 25-09-2024 · 25.09.2024
      {pattern: /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/-])/y, read: (m) => [m[4], m[3], m[1]]},
      // 25 de septiembre de 2024 · 25 Septiembre, 2024 · 5 y 6 de diciembre del año 2023 · 26 de septiembre
      {pattern: new RegExp(`${DAY}${MORE_DAYS}\\s+(?:de\\s+)?${month}${YEAR}?`, 'y'), read: (m) => [m[3], m[2], m[1]]},
    ],
    monthFirst: [
      // septiembre 25, 2024 · Septiembre 25 de 2024
      {pattern: new RegExp(`${month}\\s+(\\d{1,2})(?!\\d)${YEAR}`, 'y'), read: (m) => [m[3], m[1], m[2]]},
      // diciembre de 2023 (month and year only)
      {pattern: new RegExp(`${month}\\s+(?:de\\s+|del\\s+|do\\s+)?(?:ano\\s+)?(\\d{4})(?!\\d)`, 'y'), read: (m) => [m[2], m[1]]},
    ],
    monthBefore: new RegExp(`(?:^|[^a-z])${names}\\.?\\s+(?:de\\s+|del\\s+|do\\s+)?(?:ano\\s+)?$`),
  }
  FORMS.set(language, forms)
  return forms
}

/**
 * Every date in `text`, in order. Each run of digits is tried as the start of a date, then as
 * the number after a month name. `folded` is `foldSameLength(text)` when the caller has it.
 */
export function findDates(text: string, folded = foldSameLength(text), language: Language = 'es'): DateMatch[] {
  const {months, numberFirst, monthFirst, monthBefore} = formsFor(language)
  const found: DateMatch[] = []
  let covered = 0
  for (const digits of folded.matchAll(/\d+/g)) {
    const at = digits.index
    if (at < covered) continue
    const previous = folded[at - 1] ?? ''
    let match = /[./-]/.test(previous) && /\d/.test(folded[at - 2] ?? '') ? null : tryForms(folded, at, numberFirst)
    if (!match) {
      const window = folded.slice(Math.max(covered, at - MONTH_REACH), at)
      const month = monthBefore.exec(window)
      if (month) match = tryForms(folded, at - window.length + window.indexOf(month[1]!, month.index), monthFirst)
    }
    if (!match) continue
    const {m, read} = match
    const start = m.index, end = start + m[0].length
    const [year, month, day] = read(m)
    found.push(build(text.slice(start, end), start, end, months, year, month, day))
    covered = end
  }
  return found
}

function tryForms(folded: string, at: number, forms: readonly Form[]): {m: RegExpExecArray; read: Read} | null {
  for (const {pattern, read} of forms) {
    pattern.lastIndex = at
    const m = pattern.exec(folded)
    if (m) return {m, read}
  }
  return null
}

/** The date that `text` is, all of it (a date line such as `25 Septiembre, 2024`), or `null`. */
export function parseSpanishDate(text: string, language: Language = 'es'): DateMatch | null {
  const trimmed = text.trim().replace(/[.;]$/, '')
  if (trimmed.length > MAX_DATE_CHARS) return null
  const dates = findDates(trimmed, undefined, language)
  const only = dates[0]
  return dates.length === 1 && only && only.start === 0 && only.end === trimmed.length ? only : null
}

function build(raw: string, start: number, end: number, months: ReadonlyMap<string, number>, year?: string, month?: string, day?: string): DateMatch {
  const y = year ? Number(year) : null
  const m = month ? (/^\d+$/.test(month) ? Number(month) : months.get(month.replace(/\.$/, '')) ?? null) : null
  const d = day ? Number(day) : null
  const invalid = (m !== null && (m < 1 || m > 12)) || (d !== null && (d < 1 || d > daysIn(m ?? 1, y ?? 2000)))
  const iso = !invalid && y !== null && m !== null && d !== null
    ? `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null
  return {start, end, raw, year: y, month: m, day: d, iso, invalid}
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
