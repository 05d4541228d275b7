/**
 * What may be handed to remark (micromark), and how much of it. remark reads plain prose at a few
 * MB/s, but much slower on dense syntax (each `*`, `[`, `|` or line costs tens of times a
 * letter), faster than linearly on long runs of delimiters, and it recurses as deep as lists and
 * block quotes nest (`- - - - …` overflows the stack). So a fragment goes to remark only when
 *
 *   - it is at most `MAX_CHARS` long, holds at most `MAX_MARKS` syntax marks, and none of its
 *     lines opens more than `MAX_DEPTH` containers (`- `, `* `, `1. `, `>`; nesting by
 *     indentation needs ever longer lines, so `MAX_CHARS` bounds it);
 *   - the document has budget left: each fragment costs its characters plus a weight per mark
 *     and per line, and a document may spend `BASE_BUDGET` plus half its own length.
 *
 * Else the caller keeps the fragment's text as written and reports `markdown/not-read` with the
 * `Refusal`: the cost of a document stays linear in its size whatever it holds.
 *
 *   **Título** con [enlace](https://…)         → admitted: 40 characters, 6 marks, 1 line
 *   - - - - - - … (3,000 times) x              → refused: 3,000 containers deep
 */
import type {Finding} from '../diagnostics/diagnostic.js'

export const MAX_CHARS = 64 * 1024
export const MAX_MARKS = 2048
export const MAX_DEPTH = 32
/** Cost units any document may spend, before its allowance of half its length. */
export const BASE_BUDGET = 256 * 1024
const MARK_WEIGHT = 16
const LINE_WEIGHT = 64

/** Characters that open or close Markdown syntax (`@` and `|`: GFM autolinks and tables). */
const MARK = /[*_~`[\]<>!|&\\@]/g
/** Containers opening a line: bullets, ordered markers, block quotes. */
const CONTAINER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t\n]|$))/y

export interface Refusal {
  why: 'size' | 'marks' | 'depth' | 'budget'
  actual: number
  limit: number
}

/** One document's allowance of remark. */
export class MarkdownBudget {
  private left: number

  /** `documentChars`: the length of the document the fragments come from. */
  constructor(documentChars: number) {
    this.left = BASE_BUDGET + Math.floor(documentChars / 2)
  }

  /** `null` when `text` may go to remark (its cost is then spent), else why not. */
  admit(text: string): Refusal | null {
    if (text.length > MAX_CHARS) return {why: 'size', actual: text.length, limit: MAX_CHARS}
    const marks = countMarks(text)
    if (marks > MAX_MARKS) return {why: 'marks', actual: marks, limit: MAX_MARKS}
    const {lines, depth} = linesAndDepth(text)
    if (depth > MAX_DEPTH) return {why: 'depth', actual: depth, limit: MAX_DEPTH}
    const cost = text.length + MARK_WEIGHT * marks + LINE_WEIGHT * lines
    if (cost > this.left) return {why: 'budget', actual: cost, limit: this.left}
    this.left -= cost
    return null
  }
}

/** The refusal as a finding (`at`: whatever the caller locates it by). */
export function refusalFinding<At>(refusal: Refusal, at: At): Finding<At> {
  const n = (value: number) => value.toLocaleString('en-US')
  const what = {
    size: `a fragment of ${n(refusal.actual)} characters, expected at most ${n(refusal.limit)}`,
    marks: `${n(refusal.actual)} Markdown marks in one fragment, expected at most ${n(refusal.limit)}`,
    depth: `lists or quotes nested ${n(refusal.actual)} deep, expected at most ${n(refusal.limit)}`,
    budget: `more Markdown than one document may have read (this fragment costs ${n(refusal.actual)}, ${n(refusal.limit)} left)`,
  }[refusal.why]
  return {rule: 'markdown/not-read', at, actual: String(refusal.actual), expected: `at most ${refusal.limit}`,
    message: `Unexpected ${what}; its Markdown was not read, the text is kept as written`}
}

/** Marks in `text`, counted up to one past `MAX_MARKS`. */
function countMarks(text: string): number {
  MARK.lastIndex = 0
  let marks = 0
  while (marks <= MAX_MARKS && MARK.exec(text)) marks++
  return marks
}

/** Number of lines, and the most containers one line opens (counted up to one past `MAX_DEPTH`). */
function linesAndDepth(text: string): {lines: number; depth: number} {
  let lines = 0, depth = 0
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lines++
    let markers = 0
    CONTAINER.lastIndex = start
    while (markers <= MAX_DEPTH && CONTAINER.lastIndex < end && CONTAINER.exec(text)) markers++
    if (markers > depth) depth = markers
    start = end + 1
  }
  return {lines, depth}
}
