/**
 * The years of a practice from a dates value, and whether it is still running.
 *
 *   2019 - Presente            → start 2019, ongoing                 (a word for "still running")
 *   2018 - Present · 2019 –    → start 2018, ongoing                 (a range left open)
 *   2021 - 2031                → start 2021, end 2031, ongoing null  (an end year says nothing about today)
 *   Desde 2019 · Since 2018    → start 2019, ongoing                 (a start with no closing year)
 *   enero de 2020 a diciembre de 2022 → start 2020, end 2022
 *   12/19/2019                 → start 2019
 *   Currently in force · To be confirmed → ongoing (an `End:` value: no closing date)
 *   Finalizado · Completed     → ongoing false
 *
 * Nothing is computed from today's date: `ongoing` is `true` or `false` only when the text says so.
 */
import {fold} from '../../text/fold.js'
import {ENDED_WORDS, ONGOING_WORDS, OPEN_END_WORDS, SINCE_WORDS} from '../../vocab/catalog-labels.js'
import {escapeRegExp} from '../../text/regexp.js'

export interface DateReading {
  startYear: number | null
  endYear: number | null
  ongoing: boolean | null
  /** The year or word each value was read from, as printed (to place it in the file). */
  startText: string | null
  endText: string | null
}

const YEAR = /(?<![\d.,])((?:19|20)\d\d)(?!\d|[.,]\d)/g
const RANGE_DASH = /^\s*(?:-|–|—|a|al|to|until|hasta|ate|até)\s*$/i

const words = (list: readonly string[]) => list.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')
const ONGOING = new RegExp(`(?:^|[^a-z])(${words(ONGOING_WORDS)})(?![a-z])`)
const OPEN_END = new RegExp(`(?:^|[^a-z])(${words(OPEN_END_WORDS)})(?![a-z])`)
const ENDED = new RegExp(`(?:^|[^a-z])(${words(ENDED_WORDS)})(?![a-z])`)
const SINCE = new RegExp(`(?:^|[^a-z])(?:${words(SINCE_WORDS)})\\s+(?:(?:el|the|o|ano|year|de)\\s+)*$`)

/** A dates value: a range, an open range, a start, or a year. */
export function readDates(text: string): DateReading {
  const folded = fold(text)
  const years = [...folded.matchAll(YEAR)].map((m) => ({year: Number(m[1]), index: m.index}))
  const out: DateReading = {startYear: null, endYear: null, ongoing: null, startText: null, endText: null}
  const first = years[0]
  if (first) {
    out.startYear = first.year
    out.startText = String(first.year)
    const second = years.find((y) => y.year > first.year)
    if (second) {
      out.endYear = second.year
      out.endText = String(second.year)
    }
  }
  const after = first ? folded.slice(first.index + 4) : folded
  if (ENDED.test(folded)) out.ongoing = false
  else if (ONGOING.test(folded) || OPEN_END.test(after)) out.ongoing = true
  // `2019 -` (a range left open) or `desde 2019` (a start with no closing year).
  else if (first && out.endYear === null && (RANGE_DASH.test(after) || SINCE.test(folded.slice(0, first.index)))) out.ongoing = true
  if (out.ongoing === true && out.endYear === null) out.endText = wordIn(text, folded, [ONGOING, OPEN_END]) ?? out.endText
  return out
}

/** An `End:` value: a year, or words that say the practice runs on (or ended). */
export function readEnd(text: string): Pick<DateReading, 'endYear' | 'ongoing' | 'endText'> {
  const folded = fold(text)
  const year = [...folded.matchAll(YEAR)].at(-1)
  if (ENDED.test(folded)) return {endYear: year ? Number(year[1]) : null, ongoing: false, endText: year?.[1] ?? text.trim()}
  if (year) return {endYear: Number(year[1]), ongoing: null, endText: year[1]!}
  if (ONGOING.test(folded) || OPEN_END.test(folded)) return {endYear: null, ongoing: true, endText: text.trim()}
  return {endYear: null, ongoing: null, endText: null}
}

/** The words as printed that `patterns` found in `folded` (folding keeps the length of Latin text). */
function wordIn(text: string, folded: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const m = pattern.exec(folded)
    if (!m) continue
    const start = m.index + m[0].lastIndexOf(m[1]!)
    return text.slice(start, start + m[1]!.length)
  }
  return null
}
