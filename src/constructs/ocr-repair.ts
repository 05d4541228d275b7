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
 * The dictionary is loaded lazily, once per process: the word list `npm run build` wrote
 * (dist/data/es-words.pwl, word-list.ts), else dictionary-es expanded by hunspell-words.ts, or
 * by nspell — the same answers each way.
 */
import {readFile} from 'node:fs/promises'
import {ACCENT_CONFUSIONS, DAMAGE_CONFUSIONS, GLUED_CONJUNCTIONS, SYMBOL_CONFUSIONS, type Confusion} from '../vocab/ocr-confusions.js'
import {correct, hunspellWords, type Speller} from './hunspell-words.js'
import {WordList} from './word-list.js'

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
let loaded: SpellerLoad | null = null

/** How the speller was loaded: from the word list, or built from dictionary-es; in how long. */
export interface SpellerLoad {
  from: 'word-list' | 'dictionary-es'
  ms: number
}

/**
 * The word list written by `npm run build`. This module is two folders below the package root
 * in src/, in dist/ and in the bundle's dist/bin/ alike.
 */
const WORD_LIST = new URL('../../dist/data/es-words.pwl', import.meta.url)

/** The Spanish speller, loaded on first use and shared afterwards. */
export function spanishSpeller(): Promise<Speller> {
  speller ??= (async () => {
    const started = performance.now()
    const listed = await wordListSpeller(WORD_LIST).catch(() => null)
    const built = listed ?? await dictionarySpeller()
    loaded = {from: listed ? 'word-list' : 'dictionary-es', ms: performance.now() - started}
    return built
  })()
  return speller
}

/** The speller over a word list file (word-list.ts). */
export async function wordListSpeller(file: URL | string): Promise<Speller> {
  const list = new WordList(await readFile(file))
  return {correct: (value) => correct((word) => list.has(word), value), maxLength: list.maxLength}
}

/**
 * The speller built from dictionary-es: the same answers as nspell, built faster (see
 * hunspell-words.ts); nspell itself otherwise, or if nspell's modules cannot be reached.
 */
export async function dictionarySpeller(): Promise<Speller> {
  const {default: dictionary} = await import('dictionary-es')
  const built = await hunspellWords(dictionary).catch(() => null)
  if (built) return built
  const {default: nspell} = await (import(NSPELL) as Promise<{default: (dictionary: {aff: Uint8Array; dic: Uint8Array}) => Speller}>)
  return nspell(dictionary)
}

/** How the dictionary was loaded, or `null` before it was. */
export function spellerLoad(): SpellerLoad | null {
  return loaded
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u
/** Characters on each side of a symbol that its context patterns see (ocr-confusions.ts). */
const SYMBOL_CONTEXT = 16
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

/**
 * What the dictionary alone says of a word, shared like `ANSWERS`: its damage and accent
 * repairs (`NOT_REPAIRED` when it is a word or no repair is looked for). Only the glued
 * conjunction depends on the document.
 */
type Spelling = {damage: WordRepair | null; accent: WordRepair | null}
const NOT_REPAIRED: Spelling = {damage: null, accent: null}
const SPELLINGS = new WeakMap<Speller, Map<string, Spelling>>()

export class OcrRepairer {
  private readonly known: Map<string, boolean>
  private readonly spellings: Map<string, Spelling>
  /** `word()` of each word seen: a document repeats its words, and most are not repaired. */
  private readonly fixes = new Map<string, WordRepair | null>()

  /** `names`: capitalised words printed on their own in the document (for glued conjunctions). */
  constructor(private readonly speller: Speller, private readonly names: Names = new Set()) {
    let known = ANSWERS.get(speller)
    if (!known) ANSWERS.set(speller, known = new Map())
    this.known = known
    let spellings = SPELLINGS.get(speller)
    if (!spellings) SPELLINGS.set(speller, spellings = new Map())
    this.spellings = spellings
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

  /**
   * The repair of one word, or `null` when it is a word, a name, or no single repair fits:
   * glyph damage first, then a glued conjunction, then a lost accent.
   */
  word(word: string): WordRepair | null {
    let spelling = this.spellings.get(word)
    if (spelling === undefined) {
      spelling = this.spelling(word)
      if (this.spellings.size >= ANSWERS_SIZE) this.spellings.clear()
      // A copy: the word may be a slice of its document, which the key would keep alive.
      this.spellings.set(structuredClone(word), spelling)
    }
    if (spelling === NOT_REPAIRED) return null
    return spelling.damage ?? this.glued(word) ?? spelling.accent
  }

  /** The damage and accent repairs of a word that the dictionary does not know. */
  private spelling(word: string): Spelling {
    const capitalised = CAPITALISED.test(word)
    if (!capitalised && !LOWER.test(word)) return NOT_REPAIRED
    if (this.isWord(word)) return NOT_REPAIRED
    const lower = capitalised ? word[0]!.toLowerCase() + word.slice(1) : word
    const restore = (candidate: string) => (capitalised ? candidate[0]!.toUpperCase() + candidate.slice(1) : candidate)
    // A word longer than any dictionary word by more than a confusion can shorten it has no
    // candidate to find: not looking keeps a long run of letters linear (else every
    // substitution is a new string as long as the word).
    const searchable = word.length - MAX_SHRINK <= (this.speller.maxLength ?? Infinity)
    const pick = (confusions: readonly Confusion[], describe: (c: Confusion) => string) => {
      if (!searchable) return null
      const found = new Map<string, string>()
      for (const c of confusions) {
        for (const candidate of substitutions(lower, c)) if (this.isWord(candidate)) found.set(candidate, describe(c))
      }
      return found.size === 1 ? [...found][0]! : null
    }
    const damage = pick(DAMAGE_CONFUSIONS, misread)
    if (damage) return {damage: {expected: restore(damage[0]), confusion: damage[1]}, accent: null}
    const accent = pick(ACCENT_CONFUSIONS, (c) => `accent lost, \`${c.actual}\` for \`${c.expected}\``)
    return {damage: null, accent: accent ? {expected: restore(accent[0]), confusion: accent[1]} : null}
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

  /** Symbol confusions, each tested on the `SYMBOL_CONTEXT` characters on either side. */
  private *symbols(text: string): Generator<Repair> {
    for (const s of SYMBOL_CONFUSIONS) {
      for (let at = text.indexOf(s.actual); at >= 0; at = text.indexOf(s.actual, at + 1)) {
        const end = at + s.actual.length
        if (s.before.test(text.slice(Math.max(0, at - SYMBOL_CONTEXT), at)) && s.after.test(text.slice(end, end + SYMBOL_CONTEXT))) {
          yield {start: at, end: at + s.actual.length, actual: s.actual, expected: s.expected, confusion: misread(s)}
        }
      }
    }
  }
}

/** The most characters a confusion removes from a word (`éo` → `ó`: one). */
const MAX_SHRINK = Math.max(0, ...[...DAMAGE_CONFUSIONS, ...ACCENT_CONFUSIONS].map((c) => c.actual.length - c.expected.length))

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
 * The same names as `capitalisedWords(lines)`, collected on demand: the document is scanned
 * once, when a glued conjunction is first tried, so most documents are never scanned.
 */
export function printedNames(lines: readonly string[]): Names {
  let names: Set<string> | undefined
  return {has: (name) => (names ??= capitalisedWords(lines)).has(name)}
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
