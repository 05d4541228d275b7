/**
 * Conservative OCR repair for Spanish text: a word changes only when the Spanish hunspell
 * dictionary does not know it, and exactly one known OCR confusion turns it into a word the
 * dictionary knows.
 *
 *   Encuesta andnima y voluntaria que conté con … poblacidn migrante … N© 0516
 *            ^^^^^^^ anónima      (conté is a word: kept)  ^^^^^^^^^ población   ^^ N°
 *
 * Left alone: dictionary words, words in capitals (`MIDESOC`, titles), and capitalised words
 * whose repair would not be a common lower-case word (proper names: `Quilicura`, `Dunant`).
 * The dictionary (dictionary-es, expanded by hunspell-words.ts, or by nspell) is loaded lazily,
 * once per process.
 */
import {ACCENT_CONFUSIONS, DAMAGE_CONFUSIONS, GLUED_CONJUNCTIONS, SYMBOL_CONFUSIONS, type Confusion} from '../vocab/ocr-confusions.js'
import {hunspellWords, type Speller} from './hunspell-words.js'

export type {Speller} from './hunspell-words.js'

/** One change, with offsets into the text given to `repair` (0-based, end exclusive). */
export interface Repair {
  start: number
  end: number
  actual: string
  expected: string
  /** The confusion applied, e.g. ``ó` read as `é``. */
  confusion: string
}

export interface RepairResult {
  text: string
  repairs: Repair[]
}

// nspell ships no types; naming it through a constant keeps TypeScript from asking for them.
const NSPELL = 'nspell'
let speller: Promise<Speller> | undefined
let loadMs: number | null = null

/** The Spanish speller, built on first use and shared afterwards. */
export function spanishSpeller(): Promise<Speller> {
  speller ??= (async () => {
    const started = performance.now()
    const {default: dictionary} = await import('dictionary-es')
    // The same answers as nspell, built faster (see hunspell-words.ts); nspell itself otherwise,
    // or if nspell's modules cannot be reached.
    let built = await hunspellWords(dictionary).catch(() => null)
    if (!built) {
      const {default: nspell} = await (import(NSPELL) as Promise<{default: (dictionary: {aff: Uint8Array; dic: Uint8Array}) => Speller}>)
      built = nspell(dictionary)
    }
    loadMs = performance.now() - started
    return built
  })()
  return speller
}

/** Milliseconds it took to load the dictionary, or `null` before it was loaded. */
export function spellerLoadMs(): number | null {
  return loadMs
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u
const LOWER = /^\p{Ll}+$/u

type WordRepair = {expected: string; confusion: string}

/** What the glued-conjunction repair asks of the document's names (a `Set` will do). */
export interface Names {
  has(name: string): boolean
}

/**
 * The speller's answers, shared by the repairers of every document: nspell's lookup is slow, and
 * documents share most of their words. Cleared when full, so it stays small.
 */
const ANSWERS = new WeakMap<Speller, Map<string, boolean>>()
const ANSWERS_SIZE = 100_000

export class OcrRepairer {
  private readonly known: Map<string, boolean>
  /** `word()` of each word seen: a document repeats its words, and most are not repaired. */
  private readonly fixes = new Map<string, WordRepair | null>()

  /** `names`: capitalised words printed on their own in the document (for glued conjunctions). */
  constructor(private readonly speller: Speller, private readonly names: Names = new Set()) {
    let known = ANSWERS.get(speller)
    if (!known) ANSWERS.set(speller, known = new Map())
    this.known = known
  }

  /** `text` with its repairs applied, and the list of repairs (offsets into the original). */
  repair(text: string): RepairResult {
    const repairs: Repair[] = [...this.symbols(text)]
    forEachWord(text, (word, start) => {
      let fixed = this.fixes.get(word)
      if (fixed === undefined) {
        fixed = this.word(word)
        this.fixes.set(word, fixed)
      }
      if (fixed) repairs.push({start, end: start + word.length, actual: word, ...fixed})
    })
    repairs.sort((a, b) => a.start - b.start)
    let out = '', at = 0
    for (const r of repairs) {
      out += text.slice(at, r.start) + r.expected
      at = r.end
    }
    return {text: out + text.slice(at), repairs}
  }

  /** The repair of one word, or `null` when it is a word, a name, or no single repair fits. */
  word(word: string): WordRepair | null {
    const capitalised = CAPITALISED.test(word)
    if (!capitalised && !LOWER.test(word)) return null
    if (this.isWord(word)) return null
    const lower = capitalised ? word[0]!.toLowerCase() + word.slice(1) : word
    const restore = (candidate: string) => (capitalised ? candidate[0]!.toUpperCase() + candidate.slice(1) : candidate)
    const pick = (confusions: readonly Confusion[], describe: (c: Confusion) => string) => {
      const found = new Map<string, string>()
      for (const c of confusions) {
        for (const candidate of substitutions(lower, c)) if (this.isWord(candidate)) found.set(candidate, describe(c))
      }
      return found.size === 1 ? [...found][0]! : null
    }
    const damage = pick(DAMAGE_CONFUSIONS, misread)
    if (damage) return {expected: restore(damage[0]), confusion: damage[1]}
    const glued = this.glued(word)
    if (glued) return glued
    const accent = pick(ACCENT_CONFUSIONS, (c) => `accent lost, \`${c.actual}\` for \`${c.expected}\``)
    if (accent) return {expected: restore(accent[0]), confusion: accent[1]}
    return null
  }

  /** `Dunanty` → `Dunant y` when `Dunant` is printed on its own elsewhere in the document. */
  private glued(word: string): WordRepair | null {
    const last = word.slice(-1) as (typeof GLUED_CONJUNCTIONS)[number]
    if (!CAPITALISED.test(word) || !GLUED_CONJUNCTIONS.includes(last)) return null
    const stem = word.slice(0, -1)
    return stem.length > 2 && this.names.has(stem) ? {expected: `${stem} ${last}`, confusion: `missing space before \`${last}\``} : null
  }

  private isWord(word: string): boolean {
    let known = this.known.get(word)
    if (known === undefined) {
      known = this.speller.correct(word)
      if (this.known.size >= ANSWERS_SIZE) this.known.clear()
      // A copy: the word may be a slice of its document, which the key would keep alive.
      this.known.set(structuredClone(word), known)
    }
    return known
  }

  private *symbols(text: string): Generator<Repair> {
    for (const s of SYMBOL_CONFUSIONS) {
      for (let at = text.indexOf(s.actual); at >= 0; at = text.indexOf(s.actual, at + 1)) {
        if (s.before.test(text.slice(0, at)) && s.after.test(text.slice(at + s.actual.length))) {
          yield {start: at, end: at + s.actual.length, actual: s.actual, expected: s.expected, confusion: misread(s)}
        }
      }
    }
  }
}

const misread = (c: Confusion) => `\`${c.expected}\` read as \`${c.actual}\``

/** Every string made by replacing one occurrence of `c.actual` in `word` with `c.expected`. */
function substitutions(word: string, c: Confusion): string[] {
  const out: string[] = []
  for (let at = word.indexOf(c.actual); at >= 0; at = word.indexOf(c.actual, at + 1)) {
    out.push(word.slice(0, at) + c.expected + word.slice(at + c.actual.length))
  }
  return out
}

/** Capitalised words printed in `lines`, for `OcrRepairer`'s glued-conjunction repair. */
export function capitalisedWords(lines: readonly string[]): Set<string> {
  const names = new Set<string>()
  for (const line of lines) forEachWord(line, (word) => { if (CAPITALISED.test(word)) names.add(word) })
  return names
}

/**
 * The same names as `capitalisedWords(lines)`, found on demand: a name is looked up (and the
 * answer kept) only when a glued conjunction is tried, so most documents are never scanned.
 */
export function printedNames(lines: readonly string[]): Names {
  const answers = new Map<string, boolean>()
  return {
    has(name) {
      let printed = answers.get(name)
      if (printed === undefined) {
        printed = CAPITALISED.test(name) && lines.some((line) => printedAlone(line, name))
        answers.set(name, printed)
      }
      return printed
    },
  }
}

/** `name` occurs in `line` as a whole word: no letter right before or after it. */
function printedAlone(line: string, name: string): boolean {
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    const end = at + name.length
    if ((at === 0 || !letterBefore(line, at)) && (end >= line.length || letterAt(line, end) === 0)) return true
  }
  return false
}

// --- words without a regex --------------------------------------------------------------------
// `/\p{L}+/gu` spelled out as a scan: the repair visits every word of every value, and
// the Unicode regex with its match objects was the costliest part of it.

const LETTER = /^\p{L}$/u

/** Length in code units (1, or 2 for a surrogate pair) of the letter at `i`, or 0 when none is. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0
  const size = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
  return LETTER.test(text.slice(i, i + size)) ? size : 0
}

/** True when a letter ends right before `i` (`i` > 0). */
function letterBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1)
  const lowSurrogate = c >= 0xdc00 && c <= 0xdfff
  return (lowSurrogate && i >= 2 && letterAt(text, i - 2) === 2) || letterAt(text, i - 1) > 0
}

/** Calls `visit` with each run of letters in `text` (what `text.matchAll(/\p{L}+/gu)` finds) and its start. */
function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  for (let i = 0; i < text.length;) {
    let size = letterAt(text, i)
    if (size === 0) { i++; continue }
    const start = i
    while (size > 0) {
      i += size
      size = i < text.length ? letterAt(text, i) : 0
    }
    visit(text.slice(start, i), start)
  }
}
