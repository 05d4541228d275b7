/**
 * Recognises a Global Compact objective from its printed statement or icon label.
 *
 *   <p>5 VÍAS DE MIGRACIÓN REGULARES</p>        → label of objective 5 (`REGULAR` in the reference)
 *      ^ number, then the icon label
 *   Velar porque todos los migrantes tengan …  → statement of objective 4 (`Velar por que …`)
 *
 * Texts are compared word by word after folding case and accents, dropping punctuation (a final
 * period), splitting `porque` into `por que` and stripping plural endings; a few inserted or
 * missing words (`la certidumbre y la previsibilidad`) are tolerated in proportion to length.
 * The first or the last word must agree, which keeps the scan of prose lines cheap.
 */
import {fold} from '../text/fold.js'
import {GCM_OBJECTIVES} from '../vocab/data/gcm-objectives.js'

export interface ObjectiveMatch {
  number: number
  /** Word edit distance divided by the longer text's word count: 0 is an exact match. */
  score: number
  /** The reference text that matched (official statement or icon label). */
  reference: string
}

/** Highest share of differing words accepted for a statement, and for an icon label. */
export const STATEMENT_TOLERANCE = 0.2
export const LABEL_TOLERANCE = 0.34

/**
 * Words of recent texts: a sighting's statement is matched two or three times (checked against
 * its printed number, matched against all statements, compared with other printings), and
 * handbooks print the same statements again in later tables. Cleared when full, so it stays small.
 */
const WORDS_CACHE = new Map<string, readonly string[]>()
const WORDS_CACHE_SIZE = 2000

/** Folded, punctuation-free, lightly stemmed words (shared between calls: do not modify). */
export function objectiveWords(text: string): readonly string[] {
  let words = WORDS_CACHE.get(text)
  if (words === undefined) {
    words = fold(text)
      .replace(/\bporque\b/g, 'por que')
      .replace(/[^a-z0-9ñ ]+/g, ' ')
      .split(' ')
      .filter(Boolean)
      .map(stem)
    if (WORDS_CACHE.size >= WORDS_CACHE_SIZE) WORDS_CACHE.clear()
    // Copies: the text and its words may be slices of their document, which would stay alive.
    WORDS_CACHE.set(structuredClone(text), structuredClone(words))
  }
  return words
}

/** One word folded and stemmed as `objectiveWords` does; ASCII words skip Unicode normalisation. */
export function foldWord(word: string): string {
  const lower = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word)
  return stem(lower.replace(/[^a-z0-9ñ]+/g, ''))
}

function stem(w: string): string {
  return w.length > 4 && w.endsWith('es') ? w.slice(0, -2) : w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w
}

const STATEMENTS = GCM_OBJECTIVES.map((o) => ({number: o.number, reference: o.statement, words: objectiveWords(o.statement)}))
const LABELS = GCM_OBJECTIVES.filter((o) => o.iconLabel).map((o) => ({number: o.number, reference: o.iconLabel!, words: objectiveWords(o.iconLabel!)}))

const LENGTHS = GCM_OBJECTIVES.map((o) => o.statement.length)
/** Character lengths a statement may have once words are added or dropped within tolerance. */
const MIN_LENGTH = Math.floor(Math.min(...LENGTHS) * 0.6)
const MAX_LENGTH = Math.ceil(Math.max(...LENGTHS) * 1.5)
const ENDS = new Set(STATEMENTS.flatMap((s) => [s.words[0], s.words.at(-1)]))
const WORD_CHAR = /[\p{L}\p{N}]/u

/** The objective whose official statement `text` is, or null. */
export function matchObjectiveStatement(text: string, tolerance = STATEMENT_TOLERANCE): ObjectiveMatch | null {
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) return null
  if (!edgeWords(text).some((w) => ENDS.has(foldWord(w)))) return null
  return best(objectiveWords(text), STATEMENTS, tolerance)
}

/** First and last word of `text`, found without folding the whole line (a cheap pre-check). */
function edgeWords(text: string): string[] {
  const first = /[\p{L}\p{N}]+/u.exec(text)?.[0]
  if (!first) return []
  let end = text.length
  while (end > 0 && !WORD_CHAR.test(text[end - 1]!)) end--
  let start = end
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--
  return [first, text.slice(start, end)]
}

/** True when `text` is objective `number`'s statement, within tolerance (a cheap check of a printed number). */
export function isObjectiveStatement(text: string, number: number, tolerance = STATEMENT_TOLERANCE): boolean {
  const target = STATEMENTS[number - 1]
  return target !== undefined && best(objectiveWords(text), [target], tolerance) !== null
}

/** True when `text` is objective `number`'s icon label, within tolerance. */
export function isObjectiveLabel(text: string, number: number, tolerance = LABEL_TOLERANCE): boolean {
  const target = LABELS.find((l) => l.number === number)
  return target !== undefined && best(objectiveWords(text), [target], tolerance) !== null
}

/** The objective whose icon label `text` is (`VÍAS DE MIGRACIÓN REGULARES` → 5), or null. */
export function matchObjectiveLabel(text: string, tolerance = LABEL_TOLERANCE): ObjectiveMatch | null {
  return best(objectiveWords(text), LABELS, tolerance)
}

/**
 * A printed objective label: number, then the icon label in capitals.
 *
 *   1 DATOS            → {number: 1, label: 'DATOS'}
 *   12 CONTROL, EVALUACIÓN Y ORIENTACIÓN
 */
export function parseObjectiveLabel(text: string): {number: number; label: string} | null {
  // One way to split the white space (the separator's own `\s*` only with a separator), and the
  // label to the end, less trailing white space: no backtracking over long runs of spaces.
  const m = /^\s*(\d{1,2})(?:\s*[.)–-])?\s+(\p{Lu}[\p{Lu}\p{N}\s,.;'’()/-]*)$/u.exec(text)
  if (!m) return null
  const number = Number(m[1])
  return number >= 1 && number <= GCM_OBJECTIVES.length ? {number, label: m[2]!.trimEnd()} : null
}

function best(words: readonly string[], targets: ReadonlyArray<{number: number; reference: string; words: readonly string[]}>, tolerance: number): ObjectiveMatch | null {
  if (words.length === 0) return null
  let found: ObjectiveMatch | null = null
  for (const target of targets) {
    if (words[0] !== target.words[0] && words.at(-1) !== target.words.at(-1)) continue
    const longest = Math.max(words.length, target.words.length)
    if (Math.abs(words.length - target.words.length) > longest * tolerance) continue
    const score = wordDistance(words, target.words) / longest
    if (score <= tolerance && (!found || score < found.score)) found = {number: target.number, score, reference: target.reference}
  }
  return found
}

/** Levenshtein distance over words. */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  // Words shared at the start or the end change nothing: compare only what lies between them
  // (most texts are an exact or nearly exact printing of their reference).
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  if (start > 0 || end > 0) {
    a = a.slice(start, a.length - end)
    b = b.slice(start, b.length - end)
  }
  let previous = new Uint16Array(b.length + 1).map((_, j) => j)
  let current = new Uint16Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    [previous, current] = [current, previous]
  }
  return previous[b.length]!
}
