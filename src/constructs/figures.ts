/**
 * Count statements: a number (digits or words) and what it counts.
 *
 *   6 Convenios con Ciudades Solidarias            (a line of its own: the rest of the line is the label)
 *   ^ 6, `Convenios con Ciudades Solidarias`
 *   En Guatemala, 19 municipios, 2 gobernaciones departamentales y 2 departamentos se han …
 *                 ^ 19 `municipios`  ^ 2 `gobernaciones departamentales`  ^ 2 `departamentos`
 *   más de 4.000 personas refugiadas        → 4000, `personas refugiadas (más de)`
 *
 * Not counts: years (`2023`, `(2018)`), any part of a date (`5 y 6 de diciembre`), shares
 * (`30 %`), durations and times (`10 años`, `8 horas`), money (`$ 4.000`, `4.000 dólares`),
 * ordinals (`1°`, `2do`), identifiers (`Ley 21.325`, `Objetivo 16`), a lone `un`/`una`.
 * In running text a label ends at punctuation, at a verb or relative word, at a preposition or
 * `y`, at `de la`/`del` (`12 municipios de la red` → `municipios`), or after six words; trailing
 * connectors (`de`, `con`) are dropped. A count line keeps its whole line up to a clause.
 */
import {findDates} from './spanish-dates.js'
import {foldSameLength, isNumberWord, scanNumbers, type NumberToken} from './spanish-numbers.js'
import {
  CURRENCY_AFTER, CURRENCY_BEFORE, DURATION_WORDS, FIGURE_QUALIFIERS, LABEL_ARTICLES, LABEL_CLAUSE_WORDS, LABEL_STOP_WORDS,
  LABEL_TRAILING_WORDS, LABEL_VERB_ENDING, MAX_FIGURE_LINE_WORDS, MAX_LABEL_WORDS, PERCENT_AFTER,
  REFERENCE_WORDS,
} from '../vocab/figure-words.js'
import {trimEndWhere} from '../text/trim.js'

export interface FoundFigure {
  value: number
  /** What is counted, with the qualifier as a note: `personas (más de)`. */
  label: string
  /** `más de`, `cerca de`, … or null. */
  qualifier: string | null
  /** 0-based offsets of the number and of the label in the text (`end` exclusive). */
  start: number
  end: number
  labelStart: number
}

const WORD = /\s+([\p{L}][\p{L}\p{N}'’-]*)/uy
/** What a count line may end with after its label. */
const TRAILING = /[\s.;]/
/** First words of the qualifiers (`más` of `más de`). */
const OPENINGS: ReadonlySet<string> = new Set(FIGURE_QUALIFIERS.map(([q]) => q.split(' ')[0]!))

/** Counts in running text. `folded` is `foldSameLength(text)` when the caller has it. */
export function figuresInText(text: string, folded = foldSameLength(text)): FoundFigure[] {
  const numbers = scanNumbers(text, folded)
  const dates = numbers.length > 0 ? findDates(text, folded) : []
  const found: FoundFigure[] = []
  // Numbers and dates both come in order, and dates do not overlap: one pass over both.
  let date = 0
  for (const token of numbers) {
    while (date < dates.length && dates[date]!.end <= token.start) date++
    const inDate = date < dates.length && dates[date]!.start < token.end
    if (inDate || !isCount(token, text, folded)) continue
    const label = readLabel(text, folded, token, MAX_LABEL_WORDS, true)
    if (!label) continue
    const qualifier = qualifierBefore(folded, token.start)
    found.push({value: token.value, label: withNote(label.text, qualifier?.note ?? null), qualifier: qualifier?.note ?? null,
      start: qualifier?.start ?? token.start, end: label.end, labelStart: label.start})
  }
  return found
}

/** A line that is one count and its label (`6 Convenios con Ciudades Solidarias`), or null. */
export function figureLine(text: string): FoundFigure | null {
  const number = leadingNumber(text)
  if (!number || number.rest === '') return null
  const line = trimEndWhere(text, TRAILING)
  if (line.split(/\s+/).filter(Boolean).length > MAX_FIGURE_LINE_WORDS) return null
  const label = readLabel(line, foldSameLength(line), number.token, Infinity, false)
  if (!label) return null
  return {value: number.token.value, label: withNote(label.text, number.qualifier), qualifier: number.qualifier,
    start: number.start, end: label.end, labelStart: label.start}
}

/** A line that is only a count (`4.000`, `+4.000`, `Más de 4.000`), whose label is on the next line. */
export function numberLine(text: string): {value: number; qualifier: string | null} | null {
  const number = leadingNumber(text)
  return number && number.rest === '' && !/^(?:19|20)\d\d$/.test(number.token.raw) ? {value: number.token.value, qualifier: number.qualifier} : null
}

function leadingNumber(text: string): {token: NumberToken; qualifier: string | null; start: number; rest: string} | null {
  const start = Math.max(0, text.search(/\S/))
  // Most lines are prose: only a digit, `+`, a number word or a qualifier can open a count line.
  const opening = foldSameLength(/^\p{L}+/u.exec(text.slice(start, start + 16))?.[0] ?? '')
  if (!/[\d+]/.test(text[start] ?? '') && !(opening && (isNumberWord(opening) || OPENINGS.has(opening)))) return null
  const folded = foldSameLength(text)
  let from = start, qualifier: string | null = null
  for (const [q, note] of FIGURE_QUALIFIERS) {
    if (folded.startsWith(q, start) && (q === '+' || /\s/.test(text[start + q.length] ?? ''))) {
      qualifier = note
      from = start + q.length
      break
    }
  }
  const token = scanNumbers(text, folded).find((t) => t.start >= from)
  if (!token || text.slice(from, token.start).trim() !== '' || !isCount(token, text, folded)) return null
  if (findDates(text, folded).some((d) => token.start < d.end && d.start < token.end)) return null
  return {token, qualifier, start, rest: trimEndWhere(text.slice(token.end), TRAILING).trim()}
}

function isCount(token: NumberToken, text: string, folded: string): boolean {
  if (token.article) return false
  if (token.kind === 'digits' && /^\d{4}$/.test(token.raw) && token.value >= 1900 && token.value <= 2100) return false
  const after = folded.slice(token.end, token.end + 12)
  if (/^\s*[°ºª]/.test(after) || PERCENT_AFTER.some((p) => after.trimStart().startsWith(p))) return false
  const previous = wordBefore(folded, token.start)
  if (REFERENCE_WORDS.has(previous) || CURRENCY_BEFORE.includes(previous) || previous.endsWith('$')) return false
  const next = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? ''
  return !DURATION_WORDS.has(next) && !CURRENCY_AFTER.has(next)
}

const SPACE = /\s/
const REFERENCE_MARKS = '.°º:#'

/**
 * The last run of non-space characters before `at` (white space between them skipped), without
 * trailing `.°º:#`: `Ley N° 21.325` → `n` at `21`. A scan back from `at`, so that the cost does
 * not grow with the text before it.
 */
function wordBefore(text: string, at: number): string {
  let end = at
  while (end > 0 && SPACE.test(text[end - 1]!)) end--
  let start = end
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--
  while (end > start && REFERENCE_MARKS.includes(text[end - 1]!)) end--
  return text.slice(start, end)
}

function readLabel(text: string, folded: string, token: NumberToken, max: number, inText: boolean): {text: string; start: number; end: number} | null {
  const words: Array<{start: number; end: number; word: string}> = []
  const stops = inText ? LABEL_STOP_WORDS : LABEL_CLAUSE_WORDS
  let stopped = false
  WORD.lastIndex = token.end
  for (let m = WORD.exec(text); m && words.length < max; m = WORD.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length, end = start + m[1]!.length
    const word = folded.slice(start, end)
    // `1,5 millones de personas`: the `de` belongs to the numeral.
    if (words.length === 0 && word === 'de' && /millon/.test(folded.slice(token.start, token.end))) continue
    if (words.length === 0 && (LABEL_STOP_WORDS.has(word) || LABEL_TRAILING_WORDS.has(word))) return null
    const article = inText && (word === 'del' || (word === 'de' && LABEL_ARTICLES.has(wordAfter(folded, end))))
    if (words.length > 0 && (stops.has(word) || LABEL_VERB_ENDING.test(word) || article)) {
      stopped = true
      break
    }
    words.push({start, end, word})
  }
  while (words.length > 0 && LABEL_TRAILING_WORDS.has(words[words.length - 1]!.word)) words.pop()
  const first = words[0], last = words[words.length - 1]
  if (!first || !last) return null
  // A line of its own is all label, punctuation included (`Convenios (2023)`), up to a clause.
  const end = inText || stopped ? last.end : trimEndWhere(text, TRAILING).length
  return {text: text.slice(first.start, end), start: first.start, end}
}

const NEXT_WORD = /\s+(\p{L}+)/uy

/** The word after the white space at `at` (`de la red` at `de` → `la`), or '' when none follows. */
function wordAfter(text: string, at: number): string {
  NEXT_WORD.lastIndex = at
  return NEXT_WORD.exec(text)?.[1] ?? ''
}

/** Each qualifier as the last words before a number (`más de 4.000`), compiled once. */
const QUALIFIERS_BEFORE = FIGURE_QUALIFIERS.map(([q, note]) => ({q, note, pattern: new RegExp(`(?:^|[^\\p{L}])${q}\\s+$`, 'u')}))

function qualifierBefore(folded: string, at: number): {note: string; start: number} | null {
  const before = folded.slice(Math.max(0, at - 24), at)
  for (const {q, note, pattern} of QUALIFIERS_BEFORE) {
    if (q === '+' ? before.endsWith('+') : pattern.test(before)) {
      return {note, start: at - (before.length - before.lastIndexOf(q === '+' ? '+' : q))}
    }
  }
  return null
}

function withNote(label: string, qualifier: string | null): string {
  return qualifier ? `${label} (${qualifier})` : label
}
