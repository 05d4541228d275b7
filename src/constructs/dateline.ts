/**
 * The dateline that opens a news release: where (one to three places), optionally when, and the
 * agency, then a dash or a full stop before the story.
 *
 *   QUITO, Ecuador, 11 de noviembre (ACNUR) – En las Américas …   → [QUITO, Ecuador], 11 de noviembre, ACNUR
 *   São Paulo, 12 de maio de 2022 (ACNUR) – A Agência …           → [São Paulo], 12 de maio de 2022, ACNUR
 *   Tijuana, Baja California, a 6 de mayo de 2025. El …          → [Tijuana, Baja California], 6 de mayo de 2025
 *   Tegucigalpa – La Alcaldía Municipal …                        → [Tegucigalpa]
 *
 * Without a date the places must be followed by a dash (`Santiago. El …` is no dateline).
 */
import {findDates, type DateMatch} from './spanish-dates.js'
import type {Language} from '../vocab/number-words.js'

export interface Dateline {
  /** Places as written, outermost last (`QUITO`, `Ecuador`). */
  places: string[]
  date: DateMatch | null
  /** `ACNUR` of `(ACNUR)`, or null. */
  agency: string | null
  /** 0-based offset where the dateline ends (after its separator) and the story starts. */
  end: number
  /** The dateline as written, up to its separator. */
  raw: string
}

const WORD = `\\p{Lu}[\\p{L}'’.-]*`
const CONNECTOR = `(?:de|del|do|da|dos|das|la|las|los|el)`
const PLACE = `${WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${WORD}){0,5}`
const PLACES = new RegExp(`^(${PLACE})(?:\\s*,\\s*(${PLACE}))?(?:\\s*,\\s*(${PLACE}))?`, 'u')
const DATE_LEAD = /^\s*,\s*(?:a\s+)?/
const AGENCY = /^\s*\(([^()\d]{2,30})\)/
const SEPARATOR_AFTER_DATE = /^\s*(?:[.:]\s*[-–—]?|[-–—])\s+/
const DASH = /^\s*[-–—]\s+/

/** The dateline at the start of `text`, or null. */
export function readDateline(text: string, language: Language = 'es'): Dateline | null {
  const places = PLACES.exec(text)
  if (!places) return null
  let at = places[0].length
  let date: DateMatch | null = null
  const lead = DATE_LEAD.exec(text.slice(at))
  if (lead) {
    const from = at + lead[0].length
    const found = findDates(text.slice(from, from + 48), undefined, language)[0]
    if (found && found.start === 0 && found.month !== null && found.day !== null) {
      date = {...found, start: found.start + from, end: found.end + from}
      at = date.end
    }
  }
  const agency = AGENCY.exec(text.slice(at))
  if (agency) at += agency[0].length
  const separator = (date ? SEPARATOR_AFTER_DATE : DASH).exec(text.slice(at))
  if (!separator) return null
  return {
    places: [places[1]!, places[2], places[3]].filter((p): p is string => p !== undefined),
    date, agency: agency ? agency[1]!.trim() : null, end: at + separator[0].length, raw: text.slice(0, at).trim(),
  }
}
