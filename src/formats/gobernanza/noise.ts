/**
 * OCR specks: lines and line ends made of stray punctuation and single letters.
 *
 *   . . p . .                     → a noise line
 *   Descripcion . . s L .         → trailing noise from column 12
 *              ^^^^^^^^^^
 *   . formar a chilenos y …       → leading noise `. `
 *   ^^
 * A single letter alone is not enough (`… entre chilenos y` ends with a word), so trailing
 * noise needs three or more tokens, most of them punctuation.
 */
import {NOISE_MARKS} from '../../vocab/ocr-confusions.js'

export interface Span {
  start: number
  end: number
}

const TOKEN = /\S+/g
const LETTER = /^\p{L}$/u

function isMarks(token: string): boolean {
  for (const ch of token) if (!NOISE_MARKS.includes(ch)) return false
  return token.length > 0 && token.length <= 3
}

function tokens(text: string): Array<{text: string; start: number; end: number}> {
  return [...text.matchAll(TOKEN)].map((m) => ({text: m[0], start: m.index, end: m.index + m[0].length}))
}

const WORDLIKE = /[\p{L}\p{N}]{2}/u

/** The last whitespace-separated token of `text`, or `''`. */
function lastToken(text: string): string {
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  let start = end
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--
  return text.slice(start, end)
}

/** A line of specks only: `. . p . .`, `]`. */
export function isNoiseLine(text: string): boolean {
  if (WORDLIKE.test(text)) return false
  const list = tokens(text)
  if (list.length === 0) return false
  return list.every((t) => isMarks(t.text) || LETTER.test(t.text)) && list.some((t) => isMarks(t.text))
}

/** Specks at the end of `text` (after `from`), or `null`. */
export function trailingNoise(text: string, from = 0): Span | null {
  const last = lastToken(text)
  if (!isMarks(last) && !LETTER.test(last)) return null
  const list = tokens(text).filter((t) => t.start >= from)
  let first = list.length
  while (first > 0 && (isMarks(list[first - 1]!.text) || LETTER.test(list[first - 1]!.text))) first--
  const tail = list.slice(first)
  const marks = tail.filter((t) => isMarks(t.text)).length
  if (tail.length === 0 || marks === 0) return null
  const isAll = first === 0
  if (!isAll && (tail.length < 3 || marks * 2 < tail.length)) return null
  return {start: isAll ? from : list[first - 1]!.end, end: text.length}
}

/** Punctuation specks before the first word of `text` (after `from`), or `null`. */
export function leadingNoise(text: string, from = 0): Span | null {
  const first = text.slice(from).trimStart()[0]
  if (first === undefined || !NOISE_MARKS.includes(first)) return null
  const list = tokens(text).filter((t) => t.start >= from)
  let count = 0
  while (count < list.length - 1 && isMarks(list[count]!.text)) count++
  if (count === 0) return null
  return {start: from, end: list[count]!.start}
}
