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
 * With `language` `pt` the words are Portuguese: `27 práticas de 17 municípios das regiões …`
 * → 27 `práticas`, 17 `municípios`; `quase 20 milhões de pessoas` → 20000000 `pessoas (quase)`.
 */
import {findDates} from './spanish-dates.js'
import {foldSameLength, isNumberWord, scanNumbers, type NumberToken} from './spanish-numbers.js'
import {FIGURE_WORDS, MAX_FIGURE_LINE_WORDS, MAX_LABEL_WORDS, type FigureWords} from '../vocab/figure-words.js'
import type {Language} from '../vocab/number-words.js'
import {trimEndWhere} from '../text/trim.js'
import {wordCount} from '../text/word-count.js'

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
/** First words of the qualifiers (`más` of `más de`), per language. */
const OPENINGS: Readonly<Record<Language, ReadonlySet<string>>> = {
  es: new Set(FIGURE_WORDS.es.qualifiers.map(([q]) => q.split(' ')[0]!)),
  pt: new Set(FIGURE_WORDS.pt.qualifiers.map(([q]) => q.split(' ')[0]!)),
}

/** Counts in running text. `folded` is `foldSameLength(text)` when the caller has it. */
export function figuresInText(text: string, folded = foldSameLength(text), language: Language = 'es'): FoundFigure[] {
  const words = FIGURE_WORDS[language]
  const numbers = scanNumbers(text, folded, language)
  const dates = numbers.length > 0 ? findDates(text, folded, language) : []
  const found: FoundFigure[] = []
  // Numbers and dates both come in order, and dates do not overlap: one pass over both.
  let date = 0
  for (const token of numbers) {
    while (date < dates.length && dates[date]!.end <= token.start) date++
    const inDate = date < dates.length && dates[date]!.start < token.end
    if (inDate || !isCount(token, text, folded, words)) continue
    const label = readLabel(text, folded, token, MAX_LABEL_WORDS, true, words)
    if (!label) continue
    const qualifier = qualifierBefore(folded, token.start, words)
    found.push({value: token.value, label: withNote(label.text, qualifier?.note ?? null), qualifier: qualifier?.note ?? null,
      start: qualifier?.start ?? token.start, end: label.end, labelStart: label.start})
  }
  return found
}

/** A line that is one count and its label (`6 Convenios con Ciudades Solidarias`), or null. */
export function figureLine(text: string, language: Language = 'es'): FoundFigure | null {
  // The word count first: it is cheap and turns away most lines (paragraphs of prose).
  const line = trimEndWhere(text, TRAILING)
  if (wordCount(line, MAX_FIGURE_LINE_WORDS) > MAX_FIGURE_LINE_WORDS) return null
  const number = leadingNumber(text, language)
  if (!number || number.rest === '') return null
  const label = readLabel(line, foldSameLength(line), number.token, Infinity, false, FIGURE_WORDS[language])
  if (!label) return null
  return {value: number.token.value, label: withNote(label.text, number.qualifier), qualifier: number.qualifier,
    start: number.start, end: label.end, labelStart: label.start}
}

/** A line that is only a count (`4.000`, `+4.000`, `Más de 4.000`), whose label is on the next line. */
export function numberLine(text: string, language: Language = 'es'): {value: number; qualifier: string | null} | null {
  const number = leadingNumber(text, language)
  return number && number.rest === '' && !/^(?:19|20)\d\d$/.test(number.token.raw) ? {value: number.token.value, qualifier: number.qualifier} : null
}

function leadingNumber(text: string, language: Language): {token: NumberToken; qualifier: string | null; start: number; rest: string} | null {
  const words = FIGURE_WORDS[language]
  const start = Math.max(0, text.search(/\S/))
  // Most lines are prose: only a digit, `+`, a number word or a qualifier can open a count line.
  const opening = foldSameLength(/^\p{L}+/u.exec(text.slice(start, start + 16))?.[0] ?? '')
  if (!/[\d+]/.test(text[start] ?? '') && !(opening && (isNumberWord(opening, language) || OPENINGS[language].has(opening)))) return null
  const folded = foldSameLength(text)
  let from = start, qualifier: string | null = null
  for (const [q, note] of words.qualifiers) {
    if (folded.startsWith(q, start) && (q === '+' || /\s/.test(text[start + q.length] ?? ''))) {
      qualifier = note
      from = start + q.length
      break
    }
  }
  const token = scanNumbers(text, folded, language).find((t) => t.start >= from)
  if (!token || text.slice(from, token.start).trim() !== '' || !isCount(token, text, folded, words)) return null
  if (findDates(text, folded, language).some((d) => token.start < d.end && d.start < token.end)) return null
  return {token, qualifier, start, rest: trimEndWhere(text.slice(token.end), TRAILING).trim()}
}

function isCount(token: NumberToken, text: string, folded: string, words: FigureWords): boolean {
  if (token.article) return false
  if (token.kind === 'digits' && /^\d{4}$/.test(token.raw) && token.value >= 1900 && token.value <= 2100) return false
  const after = folded.slice(token.end, token.end + 12)
  if (/^\s*[°ºª]/.test(after) || words.percentAfter.some((p) => after.trimStart().startsWith(p))) return false
  const previous = wordBefore(folded, token.start)
  if (words.reference.has(previous) || words.currencyBefore.includes(previous) || previous.endsWith('$')) return false
  const next = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? ''
  return !words.duration.has(next) && !words.currencyAfter.has(next)
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

function readLabel(text: string, folded: string, token: NumberToken, max: number, inText: boolean, vocab: FigureWords): {text: string; start: number; end: number} | null {
  const words: Array<{start: number; end: number; word: string}> = []
  const stops = inText ? vocab.stop : vocab.clause
  let stopped = false
  WORD.lastIndex = token.end
  for (let m = WORD.exec(text); m && words.length < max; m = WORD.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length, end = start + m[1]!.length
    const word = folded.slice(start, end)
    // `1,5 millones de personas`: the `de` belongs to the numeral.
    if (words.length === 0 && word === 'de' && /mil(?:lon|hao|hoe)/.test(folded.slice(token.start, token.end))) continue
    if (words.length === 0 && (vocab.stop.has(word) || vocab.trailing.has(word))) return null
    // `de la …`, `del …`, and in running text `de Honduras`, `de ocho países`: the label ends before a place or a number.
    const article = inText && (word === 'del' || (word === 'de' && opensPlaceOrNumber(wordAfter(text, end), vocab)))
    if (words.length > 0 && (stops.has(word) || vocab.verbEnding.test(word) || article)) {
      stopped = true
      break
    }
    words.push({start, end, word})
  }
  while (words.length > 0 && vocab.trailing.has(words[words.length - 1]!.word)) words.pop()
  const first = words[0], last = words[words.length - 1]
  if (!first || !last) return null
  // A line of its own is all label, punctuation included (`Convenios (2023)`), up to a clause.
  const end = inText || stopped ? last.end : trimEndWhere(text, TRAILING).length
  return {text: text.slice(first.start, end), start: first.start, end}
}

/** `la`, `Honduras`, `ocho`: a word after `de` that ends a label (an article, a name, a number). */
function opensPlaceOrNumber(nextWord: string, vocab: FigureWords): boolean {
  const folding = foldSameLength(nextWord)
  return vocab.articles.has(folding) || /^[\p{Lu}\d]/u.test(nextWord) || isNumberWord(folding, 'es') || isNumberWord(folding, 'pt')
}

const NEXT_WORD = /\s+(\p{L}+)/uy

/** The word after the white space at `at` (`de la red` at `de` → `la`), or '' when none follows. */
function wordAfter(text: string, at: number): string {
  NEXT_WORD.lastIndex = at
  return NEXT_WORD.exec(text)?.[1] ?? ''
}

/** Each language's qualifiers as the last words before a number (`más de 4.000`), compiled once. */
const QUALIFIERS_BEFORE = new Map<FigureWords, ReadonlyArray<{q: string; note: string; pattern: RegExp}>>()

function qualifiersBefore(words: FigureWords): ReadonlyArray<{q: string; note: string; pattern: RegExp}> {
  let compiled = QUALIFIERS_BEFORE.get(words)
  if (!compiled) {
    compiled = words.qualifiers.map(([q, note]) => ({q, note, pattern: new RegExp(`(?:^|[^\\p{L}])${q}\\s+$`, 'u')}))
    QUALIFIERS_BEFORE.set(words, compiled)
  }
  return compiled
}

function qualifierBefore(folded: string, at: number, words: FigureWords): {note: string; start: number} | null {
  const before = folded.slice(Math.max(0, at - 24), at)
  for (const {q, note, pattern} of qualifiersBefore(words)) {
    if (q === '+' ? before.endsWith('+') : pattern.test(before)) {
      return {note, start: at - (before.length - before.lastIndexOf(q === '+' ? '+' : q))}
    }
  }
  return null
}

function withNote(label: string, qualifier: string | null): string {
  return qualifier ? `${label} (${qualifier})` : label
}
