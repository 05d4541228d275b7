/**
 * A hunspell dictionary as a `Set` of every word form, for `Speller.correct`: the same answers as
 * nspell, built in about half the time. nspell expands the 57,000 stems of `dictionary-es` into
 * 657,000 forms too, but keeps them as keys of a plain object, which is slow to fill and to read.
 *
 *   abad/S  → abad, abades          (the stem, and the forms its affix rules make)
 *
 * The affix file is parsed, and each rule applied, by nspell's own modules, so the forms are
 * nspell's by construction. Only dictionaries without the flags that make nspell's lookup more
 * than a membership test are taken (no compounds, forbidden or keep-case words, input
 * conversion, affix-only stems): for any other, `hunspellWords` returns null and nspell is used.
 */
/** The part of nspell we use: a membership test. */
export interface Speller {
  correct(word: string): boolean
  /** Length of the longest word form (`correct` is false for any longer word), when known. */
  readonly maxLength?: number
}

/** The parts of nspell's parsed affix file used here (nspell/lib/util/affix.js). */
interface AffixEntry {
  add: string
  remove: RegExp | string
  match: RegExp | ''
  continuation: string[]
}
interface AffixRule {
  type: 'PFX' | 'SFX'
  combineable: boolean
  entries: AffixEntry[]
}
interface Affix {
  rules: Record<string, AffixRule>
  flags: Record<string, unknown>
  compoundRules: unknown[]
  conversion: {in: unknown[]}
}
type ParseAffix = (aff: Uint8Array) => Affix
type ParseCodes = (flags: Record<string, unknown>, value: string) => string[]
type ApplyRule = (value: string, rule: AffixRule, rules: Record<string, AffixRule>, words: string[]) => string[]

// Named through a constant, as in ocr-repair.ts: nspell ships no types.
const NSPELL = 'nspell'
/** Flags under which nspell's `correct` is more than "is this form in the dictionary". */
const UNSUPPORTED = ['NEEDAFFIX', 'FORBIDDENWORD', 'KEEPCASE', 'ONLYINCOMPOUND'] as const

/** A speller over `dictionary`, or null when it uses a feature this module does not model. */
export async function hunspellWords(dictionary: {aff: Uint8Array; dic: Uint8Array}): Promise<Speller | null> {
  const words = await hunspellForms(dictionary)
  if (!words) return null
  let maxLength = 0
  for (const word of words) if (word.length > maxLength) maxLength = word.length
  return {correct: (value) => correct((word) => words.has(word), value), maxLength}
}

/**
 * Every word form of `dictionary` (nspell's, by construction), or null when it uses a feature
 * this module does not model. scripts/gen-ocr-words.mjs writes them out at build time.
 */
export async function hunspellForms(dictionary: {aff: Uint8Array; dic: Uint8Array}): Promise<Set<string> | null> {
  const [affix, ruleCodes, apply] = await Promise.all([
    importDefault<ParseAffix>(`${NSPELL}/lib/util/affix.js`),
    importDefault<ParseCodes>(`${NSPELL}/lib/util/rule-codes.js`),
    importDefault<ApplyRule>(`${NSPELL}/lib/util/apply.js`),
  ])
  const aff = affix(dictionary.aff)
  if (UNSUPPORTED.some((flag) => aff.flags[flag]) || aff.compoundRules.length > 0 || aff.conversion.in.length > 0) return null

  const words = new Set<string>()
  /** nspell's `add` (nspell/lib/util/add.js) without the rule lists it keeps per stem. */
  const add = (stem: string, codes: readonly string[]) => {
    words.add(stem)
    codes.forEach((code, position) => {
      const rule = aff.rules[code]
      if (!rule) return
      for (const form of apply(stem, rule, aff.rules, [])) {
        words.add(form)
        if (!rule.combineable) continue
        // A prefix and a suffix that may combine: both applied, in either order of the flags.
        for (const other of codes.slice(position + 1)) {
          const combined = aff.rules[other]
          if (combined?.combineable && combined.type !== rule.type) for (const both of apply(form, combined, aff.rules, [])) words.add(both)
        }
      }
    })
  }
  const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(dictionary.dic)
  forEachEntry(text, (word, codes) => add(word, ruleCodes(aff.flags, codes)))
  return words
}

/**
 * The lines of a `.dic` file as nspell reads them (nspell/lib/util/dictionary.js), quirks kept:
 * the first line (the count) skipped, and lines starting with a tab but the last one; each line
 * `word/FLAGS`, where `\/` is a slash of the word and `#` starts a comment unless it is a flag.
 */
function forEachEntry(text: string, visit: (word: string, codes: string) => void): void {
  const read = (line: string) => {
    const entry = readEntry(line)
    if (entry) visit(entry.word, entry.codes)
  }
  let start = text.indexOf('\n') + 1
  for (let end = text.indexOf('\n', start); end > -1; end = text.indexOf('\n', start)) {
    if (text.charCodeAt(start) !== 9) read(text.slice(start, end))
    start = end + 1
  }
  read(text.slice(start))
}

function readEntry(text: string): {word: string; codes: string} | null {
  let line = text
  let slash = line.indexOf('/')
  const hash = line.indexOf('#')
  while (slash > -1 && line.charCodeAt(slash - 1) === 92) {
    line = line.slice(0, slash - 1) + line.slice(slash)
    slash = line.indexOf('/', slash)
  }
  let word: string
  let codes = ''
  if (hash > -1) {
    if (slash > -1 && slash < hash) {
      word = line.slice(0, slash)
      const space = /\s/g
      space.lastIndex = slash + 1
      const found = space.exec(line)
      codes = line.slice(slash + 1, found ? found.index : undefined)
    } else word = line.slice(0, hash)
  } else if (slash > -1) {
    word = line.slice(0, slash)
    codes = line.slice(slash + 1)
  } else word = line
  word = word.trim()
  return word ? {word, codes: codes.trim()} : null
}

/** nspell's `correct` (nspell/lib/util/form.js) when every known form is simply a member of the dictionary (`has`). */
export function correct(has: (form: string) => boolean, value: string): boolean {
  const normal = value.trim()
  if (!normal) return false
  if (has(normal)) return true
  // Words in capitals may be a capitalised or a lower-case word of the dictionary.
  if (normal.toUpperCase() === normal && has(normal.charAt(0) + normal.slice(1).toLowerCase())) return true
  const lower = normal.toLowerCase()
  return lower !== normal && has(lower)
}

async function importDefault<T>(specifier: string): Promise<T> {
  return ((await import(specifier)) as {default: T}).default
}
