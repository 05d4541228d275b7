/**
 * Trailing runs removed by scanning back from the end. `text.replace(/[\s.;]+$/, '')` reads the
 * same, but a regex engine tries the run at every character of it, so a long run that does not
 * reach the end (`x` + a million spaces + `y`) costs the square of its length.
 *
 *   trimEndWhere('Convenios (2023). ;', /[\s.;]/)   → 'Convenios (2023)'
 */

import {isSpace} from './word-count.js'

/**
 * `text` without the characters at its end that `char`, a one-character class, matches: what
 * `text.replace(/[…]+$/, '')` gives for the class `[…]`. With the `u` flag the class is tested
 * on code points (a surrogate pair at once), else on code units, as the regex would.
 */
export function trimEndWhere(text: string, char: RegExp): string {
  let end = text.length
  while (end > 0) {
    const low = text.charCodeAt(end - 1)
    const pair = char.unicode && low >= 0xdc00 && low <= 0xdfff && end >= 2 && isHighSurrogate(text.charCodeAt(end - 2))
    const size = pair ? 2 : 1
    if (!char.test(text.slice(end - size, end))) break
    end -= size
  }
  return end === text.length ? text : text.slice(0, end)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * `text` without a bracketed group at its end and the white space before it, as
 * `text.replace(/\s*GROUP$/, '')` gives (`/\s*GROUP\s*$/` with `spaceAfter`), where `group` is the
 * group's own pattern, anchored and starting with its bracket (`/\([^()]*\)$/`). The plain pattern
 * tries `\s*` at every blank of a run, the square of its length; here the group is found first.
 *
 *   withoutEnding('Quito (Ecuador)', /\([^()]*\)$/)   → 'Quito'
 */
export function withoutEnding(text: string, group: RegExp, spaceAfter = false): string {
  const body = spaceAfter ? text.trimEnd() : text
  const m = group.exec(body)
  return m ? body.slice(0, m.index).trimEnd() : text
}

/** Any white space but a plain space, or two in a row: whether `squashSpaces` has anything to collapse. */
const UNSQUASHED = /[^\S ]| {2}/
/**
 * The runs to collapse: two or more white-space characters (the whole run, greedy from its
 * first), or one that is not a space (a tab, a line break). The single spaces between words,
 * most of a text's runs, are not matched: replacing each by itself, as `/\s+/g` does, made
 * squashing a paragraph ~6x slower.
 */
const RUNS = /\s{2,}|[^\S ]/g

/**
 * `text` with each run of white space made one space, trimmed: `text.replace(/\s+/g, ' ').trim()`,
 * without the copy for a text of single spaces only (most lines and cells).
 */
export function squashSpaces(text: string): string {
  return (UNSQUASHED.test(text) ? text.replace(RUNS, ' ') : text).trim()
}

/** Index of the first character at or after `from` that `\s` does not match, or -1: `text.slice(from).search(/\S/)` (+ `from`) without the copy. */
export function contentStart(text: string, from = 0): number {
  for (let i = from; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return i
  return -1
}

/** Where the word (a run of what `\s` does not match, as `/\S+/` reads it) starting at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let end = start
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++
  return end
}

/** `text.slice(0, end).trimEnd().length`, without the copies. */
export function contentEnd(text: string, end = text.length): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  return end
}
