/**
 * Dates without a year, resolved against a known publication date:
 *
 *   el 18 de octubre del año pasado        (published 2024-12-13) → 2023-10-18, how `previous-year`
 *   o 16 de maio deste ano                 (published 2022-05-12) → 2022-05-16, how `same-year`
 *   el pasado 25 de septiembre             (published 2024-10-02) → 2024-09-25, how `past`
 *   QUITO, Ecuador, 11 de noviembre (ACNUR) (published 2009-11-12) → 2009-11-11, how `implied`
 *
 * Without a publication date nothing is resolved (`null`): the caller reports it.
 */
import {foldSameLength} from './spanish-numbers.js'
import type {DateMatch} from './spanish-dates.js'
import {MAX_DAYS_AHEAD, NEXT_BEFORE, PAST_BEFORE, PREVIOUS_YEAR_AFTER, SAME_YEAR_AFTER, WEEKDAYS} from '../vocab/relative-dates.js'

const WEEKDAY = new RegExp(`(?:${WEEKDAYS.join('|')})\\s*,?\\s*$`)

export type RelativeHow = 'previous-year' | 'same-year' | 'past' | 'next' | 'implied'

export interface RelativeDate {
  iso: string
  how: RelativeHow
  /** The date and the words that placed it (`18 de octubre del año pasado`), as written. */
  raw: string
  /** 0-based offsets of `raw` in the text. */
  start: number
  end: number
}

/** How a date without a year is placed in time by the words around it (`implied` when none do). */
export function relation(text: string, date: DateMatch, folded = foldSameLength(text)): {how: RelativeHow; start: number; end: number} {
  const after = folded.slice(date.end, date.end + 32).replace(/^\s+/, '')
  const gap = folded.length - date.end - folded.slice(date.end).replace(/^\s+/, '').length
  for (const [words, how] of [[PREVIOUS_YEAR_AFTER, 'previous-year'], [SAME_YEAR_AFTER, 'same-year']] as const) {
    const hit = words.find((w) => after.startsWith(w) && !/[a-z]/.test(after[w.length] ?? ''))
    if (hit) return {how, start: date.start, end: date.end + gap + hit.length}
  }
  // `el pasado martes 25 de septiembre`: a weekday may stand between the word and the date.
  const full = folded.slice(Math.max(0, date.start - 40), date.start)
  const weekday = WEEKDAY.exec(full)
  const before = weekday ? full.slice(0, weekday.index) : full
  const word = /([a-z]+)\s+(?:(?:el|o|dia)\s+)?$/.exec(before)
  const previous = word?.[1] ?? ''
  const at = word ? date.start - (full.length - word.index) : date.start
  if (PAST_BEFORE.includes(previous)) return {how: 'past', start: at, end: date.end}
  if (NEXT_BEFORE.includes(previous)) return {how: 'next', start: at, end: date.end}
  return {how: 'implied', start: date.start, end: date.end}
}

/**
 * The full date a day and month without a year stand for, given the publication date
 * (`YYYY-MM-DD`), or null when there is none or the date has no day and month.
 */
export function resolveRelative(text: string, date: DateMatch, published: string | null, folded = foldSameLength(text)): RelativeDate | null {
  if (date.year !== null || date.month === null || date.day === null || !published) return null
  const {how, start, end} = relation(text, date, folded)
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number]
  const pub = Date.UTC(py, pm - 1, pd)
  const at = (year: number) => Date.UTC(year, date.month! - 1, date.day!)
  let year = py
  if (how === 'previous-year') year = py - 1
  else if (how === 'past') year = at(py) <= pub ? py : py - 1
  else if (how === 'next') year = at(py) >= pub ? py : py + 1
  else if (how === 'implied') year = at(py) - pub > MAX_DAYS_AHEAD * 86_400_000 ? py - 1 : py
  const check = new Date(at(year))
  if (check.getUTCMonth() !== date.month - 1) return null
  const iso = `${String(year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
  return {iso, how, raw: text.slice(start, end), start, end}
}
