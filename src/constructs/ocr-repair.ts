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
 * The dictionary (nspell + dictionary-es, ~1 s to build) is loaded lazily, once per process.
 */
import {ACCENT_CONFUSIONS, DAMAGE_CONFUSIONS, GLUED_CONJUNCTIONS, SYMBOL_CONFUSIONS, type Confusion} from '../vocab/ocr-confusions.js'

/** The part of nspell we use. */
export interface Speller {
  correct(word: string): boolean
}

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
    const [{default: nspell}, {default: dictionary}] = await Promise.all([
      import(NSPELL) as Promise<{default: (dictionary: {aff: Uint8Array; dic: Uint8Array}) => Speller}>,
      import('dictionary-es'),
    ])
    const built = nspell(dictionary)
    loadMs = performance.now() - started
    return built
  })()
  return speller
}

/** Milliseconds it took to load the dictionary, or `null` before it was loaded. */
export function spellerLoadMs(): number | null {
  return loadMs
}

const WORD = /\p{L}+/gu
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u
const LOWER = /^\p{Ll}+$/u

export class OcrRepairer {
  private readonly known = new Map<string, boolean>()

  /** `names`: capitalised words printed on their own in the document (for glued conjunctions). */
  constructor(private readonly speller: Speller, private readonly names: ReadonlySet<string> = new Set()) {}

  /** `text` with its repairs applied, and the list of repairs (offsets into the original). */
  repair(text: string): RepairResult {
    const repairs: Repair[] = [...this.symbols(text)]
    for (const match of text.matchAll(WORD)) {
      const fixed = this.word(match[0])
      if (fixed) repairs.push({start: match.index, end: match.index + match[0].length, actual: match[0], ...fixed})
    }
    repairs.sort((a, b) => a.start - b.start)
    let out = '', at = 0
    for (const r of repairs) {
      out += text.slice(at, r.start) + r.expected
      at = r.end
    }
    return {text: out + text.slice(at), repairs}
  }

  /** The repair of one word, or `null` when it is a word, a name, or no single repair fits. */
  word(word: string): {expected: string; confusion: string} | null {
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
  private glued(word: string): {expected: string; confusion: string} | null {
    const last = word.slice(-1) as (typeof GLUED_CONJUNCTIONS)[number]
    if (!CAPITALISED.test(word) || !GLUED_CONJUNCTIONS.includes(last)) return null
    const stem = word.slice(0, -1)
    return stem.length > 2 && this.names.has(stem) ? {expected: `${stem} ${last}`, confusion: `missing space before \`${last}\``} : null
  }

  private isWord(word: string): boolean {
    let known = this.known.get(word)
    if (known === undefined) {
      known = this.speller.correct(word)
      this.known.set(word, known)
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
  for (const line of lines) for (const m of line.matchAll(WORD)) if (CAPITALISED.test(m[0])) names.add(m[0])
  return names
}
