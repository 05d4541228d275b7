/**
 * Folds text for comparison: lower case, no diacritics (ñ → n), collapsed white space.
 * `Descripción:\t` and `DESCRIPCION` both fold to `descripcion:` / `descripcion`.
 *
 * Hot path of every parser: ASCII text skips Unicode normalisation, and the accented letters of
 * Spanish and Portuguese go through a table; only other characters pay for NFD.
 */
import {squashSpaces} from './trim.js'

const TABLE: Record<string, string> = {}
for (const [plain, accented] of Object.entries({
  a: 'áàâäãåÁÀÂÄÃÅ', e: 'éèêëÉÈÊË', i: 'íìîïÍÌÎÏ', o: 'óòôöõÓÒÔÖÕ', u: 'úùûüÚÙÛÜ', n: 'ñÑ', c: 'çÇ', y: 'ýÿÝ',
})) for (const char of accented) TABLE[char] = plain

const NON_ASCII = /[^\x00-\x7f]/
const NON_ASCII_RUN = /[^\x00-\x7f]+/g
const MARKS = /[\u0300-\u036f]/g

/** Lower case without diacritics; white space as it is. */
export function stripAccents(text: string): string {
  return (NON_ASCII.test(text) ? text.replace(NON_ASCII_RUN, plainRun) : text).toLowerCase()
}

/**
 * A run of non-ASCII characters without diacritics: table letters directly, the rest through
 * NFD. Decomposing run by run gives what decomposing the whole text gives (ASCII characters
 * decompose to themselves, and combining marks never cross into ASCII), without copying it.
 */
function plainRun(run: string): string {
  // Most runs are one accented letter (`migración`): no loop, no concatenation.
  if (run.length === 1) {
    const plain = TABLE[run]
    if (plain !== undefined) return plain
  }
  let out = ''
  let other = false
  for (const char of run) {
    const plain = TABLE[char]
    if (plain === undefined) other = true
    out += plain ?? char
  }
  return other ? out.normalize('NFD').replace(MARKS, '') : out
}

export function fold(text: string): string {
  return squashSpaces(stripAccents(text))
}

/** ASCII kebab-case slug, at most `max` characters, never empty. */
export function slugify(text: string, max = 80): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
  return slug || 'untitled'
}
