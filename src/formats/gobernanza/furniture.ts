/**
 * Page furniture: the header repeated on every practice slide, and the upper-case slide titles.
 *
 *    BUENAS PRACTICAS CHILENAS EN RELACION A LA         ← header, line 1 of 2
 *   GOBERNANZA MIGRATORIA EN LOS GOBIERNOS LOCALES      ← header, line 2 of 2
 *   PRIMERA CONSULTA A MIGRANTES Y REFUGIADOS           ← slide title
 *
 * The header is matched fuzzily (folded, edit distance), so OCR damage does not hide it.
 */
import {distance} from 'fastest-levenshtein'
import {allowedDistance} from '../../constructs/label-match.js'
import {fold} from '../../text/fold.js'
import {labelAt} from './label-line.js'
import {HEADER_COUNTRIES, PAGE_HEADER} from './labels.js'

const HEADER_KEYS = PAGE_HEADER.map((line) => fold(line))
const WHOLE_HEADER = fold(PAGE_HEADER.join(' '))

/** Counts of each ASCII character of a text, and of all others together in the last slot. */
function characterCounts(text: string, into = new Int32Array(129)): Int32Array {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    into[c < 128 ? c : 128]!++
  }
  return into
}
const KEY_COUNTS = new Map([...HEADER_KEYS, WHOLE_HEADER].map((key) => [key, characterCounts(key)]))
const gaps = new Int32Array(129)

/**
 * Whether `text` may be within `limit` edits of `key`, as their character counts tell: an insertion
 * or a deletion changes one count by one, a substitution two, so `limit` edits change them by at
 * most twice `limit` in all. Far cheaper than the distance, and most lines of a slide are far from
 * the header.
 */
function countsAllow(text: string, key: string, limit: number): boolean {
  gaps.set(KEY_COUNTS.get(key)!)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    gaps[c < 128 ? c : 128]!--
  }
  let gap = 0
  for (let k = 0; k < gaps.length; k++) gap += Math.abs(gaps[k]!)
  return gap <= 2 * limit
}

const near = (text: string, key: string) => {
  const limit = allowedDistance(key.length)
  return Math.abs(text.length - key.length) <= limit && countsAllow(text, key, limit) && distance(text, key) <= limit
}

const SHORTEST = Math.min(...HEADER_KEYS.map((k) => k.length)) - 4
const LONGEST = WHOLE_HEADER.length + 8

/** True when `text` is (a line of) the repeated page header. */
export function isHeaderLine(text: string): boolean {
  if (text.length < SHORTEST || text.trim().length > LONGEST) return false
  const folded = fold(text)
  if (folded.length < 10) return false
  return HEADER_KEYS.some((key) => near(folded, key)) || near(folded, WHOLE_HEADER)
}

/** The country the header names (`CHILENAS` → `CL`), or `null`. */
export function headerCountry(text: string): string | null {
  for (const word of fold(text).split(/[^a-z]+/)) {
    const country = HEADER_COUNTRIES[word]
    if (country) return country
  }
  return null
}

/**
 * An upper-case slide title: two or more words, at least 10 letters, 90% of them capitals,
 * and not a template label printed in capitals (`AÑO DE INICIO 2015`).
 */
export function isTitleLine(text: string): boolean {
  let letters = 0, upper = 0, spaces = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) spaces++
    else if (c >= 65 && c <= 90) { letters++; upper++ }
    else if (c >= 97 && c <= 122) letters++
    else if (c > 127) {
      const ch = text[i]!
      if (ch.toLowerCase() !== ch) { letters++; upper++ } else if (ch.toUpperCase() !== ch) letters++
    }
    if (letters - upper > letters * 0.1 + 3) return false
  }
  if (letters < 10 || upper < letters * 0.9 || spaces === 0 || text.trim().split(/\s+/).length < 2) return false
  return labelAt(text) === null && !isHeaderLine(text)
}
