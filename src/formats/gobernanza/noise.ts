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
import {contentEnd, contentStart, wordEnd} from '../../text/trim.js'
import {isSpace} from '../../text/word-count.js'
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

/** A speck: marks, or a single letter. Longer tokens are neither (marks are at most 3 units, a letter 2). */
type Speck = 'marks' | 'letter' | null
function speck(text: string, start: number, end: number): Speck {
  if (end - start > 3) return null
  const token = text.slice(start, end)
  return isMarks(token) ? 'marks' : LETTER.test(token) ? 'letter' : null
}

/** A line of specks only: `. . p . .`, `]`. */
export function isNoiseLine(text: string): boolean {
  if (WORDLIKE.test(text)) return false
  let marks = false
  let any = false
  for (let start = contentStart(text); start >= 0; start = contentStart(text, start)) {
    const end = wordEnd(text, start)
    const kind = speck(text, start, end)
    if (!kind) return false
    marks ||= kind === 'marks'
    any = true
    start = end
  }
  return any && marks
}

/**
 * Specks at the end of `text` (among the tokens that start at or after `from`), or `null`: the
 * tokens are walked back from the end, without listing them all.
 */
export function trailingNoise(text: string, from = 0): Span | null {
  let tail = 0, marks = 0
  /** The end of the last token before the specks; -1 when every token after `from` is one. */
  let before = -1
  for (let end = contentEnd(text); end > 0;) {
    let start = end
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--
    if (start < from) break
    const kind = speck(text, start, end)
    if (!kind) {
      before = end
      break
    }
    tail++
    if (kind === 'marks') marks++
    end = contentEnd(text, start)
  }
  if (tail === 0 || marks === 0) return null
  if (before >= 0 && (tail < 3 || marks * 2 < tail)) return null
  return {start: before < 0 ? from : before, end: text.length}
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
