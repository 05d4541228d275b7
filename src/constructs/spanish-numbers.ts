/**
 * Spanish and Portuguese numbers, in digits or in words, found in running text.
 *
 *   más de 4.000 personas · 1.300 · 4,5 millones · doce municipios · ciento veintiún
 *          ^^^^^ 4000       ^^^^^ 1300  ^^^^^^^^^^^^ 4500000  ^^^^ 12   ^^^^^^^^^^^^^^^ 121
 *
 * Separators: a `.` or `,` followed by exactly three digits groups thousands (`4.000`, and the
 * Central-American `4,000`); any other `.`/`,` is the decimal mark (`4,5`, `12.5`). Words compose
 * as Spanish does: units, `dieci-`/`veinti-` forms, tens `y` units, hundreds, `mil`, `millón`.
 * Parts of dates, URLs, times and codes (`25/09/2024`, `209.126.109.93`, `10:30`) are not numbers.
 */
import {fold} from '../text/fold.js'
import {NUMBER_WORDS_BY_LANGUAGE, type Language, type NumberWordTable} from '../vocab/number-words.js'

export interface NumberToken {
  value: number
  /** 0-based offsets of the number in the text (`end` exclusive). */
  start: number
  end: number
  raw: string
  kind: 'digits' | 'words'
  /** A lone `un`/`una`/`uno`: the article more often than a count. */
  article: boolean
}

/** `4.000` → 4000, `4,5` → 4.5, `1.300.000,50` → 1300000.5; `null` for `1.2.3`. */
export function parseDigits(raw: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(raw)) return null
  const parts = raw.split(/[.,]/)
  const seps = raw.replace(/\d+/g, '').split('')
  if (seps.length === 0) return Number(raw)
  const groups = (from: number, to: number) => parts.slice(from, to).every((p) => p.length === 3)
  const head = parts[0]!.length <= 3
  // All separators equal and every group three digits: thousands only.
  if (seps.every((s) => s === seps[0]) && head && groups(1, parts.length)) return Number(parts.join(''))
  // The last separator is the decimal mark; the ones before it group thousands with the other mark.
  const last = seps[seps.length - 1]!
  const before = seps.slice(0, -1)
  if (before.some((s) => s === last || s !== before[0]) || (before.length > 0 && !(head && groups(1, parts.length - 1)))) return null
  return Number(`${parts.slice(0, -1).join('')}.${parts[parts.length - 1]}`)
}

/** Composes number words (`treinta y cinco`, `dos mil`): value and how many words it used. */
export function composeWords(words: readonly string[], language: Language = 'es'): {value: number; used: number} | null {
  const t = NUMBER_WORDS_BY_LANGUAGE[language]
  let total = 0, group = 0, used = 0, thousands = false
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!
    // `cento e vinte`, `mil e quinhentos`: the conjunction after hundreds or thousands (Portuguese).
    if (word === t.conjunction && t.conjunctionAfterHundreds && used === i && used > 0 && (group % 100 === 0 || (group === 0 && thousands)) && isNumberWord(words[i + 1] ?? '', language)) {
      word = words[++i]!
    }
    const small = t.small.get(word)
    const tens = t.tens.get(word)
    const hundreds = t.hundreds.get(word)
    if (hundreds !== undefined && group === 0) group = hundreds
    else if (tens !== undefined && group % 100 === 0) {
      group += tens
      const unit = t.small.get(words[i + 2] ?? '')
      if (words[i + 1] === t.conjunction && unit !== undefined && unit >= 1 && unit <= 9) {
        group += unit
        i += 2
      }
    } else if (small !== undefined && group % 100 === 0 && !(small === 0 && used > 0)) group += small
    else if (t.thousand.has(word) && !thousands) {
      total += (used > 0 ? group : 1) * 1000
      group = 0
      thousands = true
    } else if (t.million.has(word) && used > 0 && !thousands) {
      total = (total + group) * 1_000_000
      group = 0
    } else break
    used = i + 1
  }
  return used > 0 ? {value: total + group, used} : null
}

interface LanguageScan {
  words: ReadonlySet<string>
  /**
   * Candidates on folded text: digits with `.`/`,` groups, or a whole word that is a number word
   * (longest first, so that the word ends where the letters do). Looking for number words only,
   * rather than at every word, is what makes a scan fast: most words are not numbers.
   */
  candidate: RegExp
  table: NumberWordTable
}

const SCANS = new Map<Language, LanguageScan>()

function scanFor(language: Language): LanguageScan {
  let scan = SCANS.get(language)
  if (!scan) {
    const table = NUMBER_WORDS_BY_LANGUAGE[language]
    const words: ReadonlySet<string> = new Set([...table.small.keys(), ...table.tens.keys(), ...table.hundreds.keys(), ...table.thousand, ...table.million])
    const candidate = new RegExp(`\\d+(?:[.,]\\d+)*|(?<![a-z])(?:${[...words].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'g')
    SCANS.set(language, (scan = {words, candidate, table}))
  }
  return scan
}

const WORD_AT = /[a-z]+/y
/**
 * Most words one numeral is read from: more than any Spanish or Portuguese numeral has
 * (`novecientos noventa y nueve millones novecientos …` has 15, `novecentos e noventa e nove
 * milhões …` 17), and a bound on the work per word in a run such as `mil mil mil …`, which no
 * numeral uses whole.
 */
const MAX_NUMERAL_WORDS = 24
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9'

/**
 * Every number in `text`, in order. `folded` is `foldSameLength(text)` when the caller has it.
 * Digits must stand alone: not in a word (`2do`), a date or time (`25/09`, `10:30`) or an address.
 */
export function scanNumbers(text: string, folded = foldSameLength(text), language: Language = 'es'): NumberToken[] {
  const {candidate, table} = scanFor(language)
  const found: NumberToken[] = []
  const push = (value: number, start: number, end: number, kind: NumberToken['kind'], article: boolean) =>
    found.push({value, start, end, raw: text.slice(start, end), kind, article})
  // The shared pattern itself, from the start (nothing below scans again): a copy per call is
  // compiled again whenever the engine has dropped it from its cache.
  const candidates = candidate
  candidates.lastIndex = 0
  for (let m = candidates.exec(folded); m; m = candidates.exec(folded)) {
    const start = m.index
    let end = start + m[0].length
    if (isDigit(m[0][0])) {
      const before = text[start - 1], after = text[end]
      if ((before && LETTER_OR_DIGIT.test(before)) || (/[.,/:-]/.test(before ?? '') && isDigit(text[start - 2]))) continue
      if ((after && LETTER_OR_DIGIT.test(after)) || (/[.,/:-]/.test(after ?? '') && isDigit(text[end + 1]))) continue
      let value = parseDigits(m[0])
      if (value === null) continue
      const next = folded[end] === ' ' ? wordAt(folded, end + 1) : null
      if (next && (table.thousand.has(next) || table.million.has(next))) {
        value *= table.thousand.has(next) ? 1000 : 1_000_000
        end += 1 + next.length
        candidates.lastIndex = end
      }
      push(value, start, end, 'digits', false)
      continue
    }
    const run = [m[0]], ends = [end]
    for (let word = wordAt(folded, end + 1); run.length < MAX_NUMERAL_WORDS && folded[ends[ends.length - 1]!] === ' ' && word && (isNumberWord(word, language) || word === table.conjunction); ) {
      const at = ends[ends.length - 1]! + 1
      run.push(word)
      ends.push(at + word.length)
      word = wordAt(folded, at + word.length + 1)
    }
    const words = composeWords(run, language)
    if (!words) continue
    end = ends[words.used - 1]!
    candidates.lastIndex = end
    push(words.value, start, end, 'words', words.used === 1 && table.articles.has(m[0]))
  }
  return found
}

function wordAt(folded: string, at: number): string | null {
  WORD_AT.lastIndex = at
  return WORD_AT.exec(folded)?.[0] ?? null
}

/** A word that can be part of a numeral (`doce`, `mil`, `millones`; Portuguese `duas`, `milhões`). */
export function isNumberWord(word: string, language: Language = 'es'): boolean {
  return scanFor(language).words.has(word)
}

/** The number that `text` is, all of it (`4.000`, `doce`, `1,5 millones`), or `null`. */
export function parseSpanishNumber(text: string, language: Language = 'es'): number | null {
  const trimmed = text.trim()
  const tokens = scanNumbers(trimmed, undefined, language)
  const only = tokens[0]
  return tokens.length === 1 && only && only.start === 0 && only.end === trimmed.length ? only.value : null
}

/** U+00C0–U+024F (Latin-1 and Latin Extended letters) → their base letter: `á` → `a`. */
const BASE_LETTERS: readonly string[] = Array.from({length: 0x250 - 0xC0}, (_, i) => String.fromCharCode(0xC0 + i).normalize('NFD')[0]!)

/** Lower case without accents, one code unit for one: offsets in the result are offsets in `text`. */
export function foldSameLength(text: string): string {
  const out = text.toLowerCase().replace(/[\u00C0-\u024F]/g, (c) => BASE_LETTERS[c.charCodeAt(0) - 0xC0]!)
  if (out.length === text.length) return out
  let slow = ''
  for (const ch of text) {
    const f = fold(ch)
    slow += f.length === ch.length ? f : ch.length === 1 ? (f[0] ?? ' ') : ch
  }
  return slow
}
