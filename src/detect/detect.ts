/**
 * Detects a document's format from the weighted signals of each format's descriptor.
 * Only the first 256 KiB are read: enough for every format, and flat for 100 MB files.
 */
import {stripAccents} from '../text/fold.js'
import {FORMAT_IDS, FORMATS, type FormatId} from '../formats/registry.js'
import type {Signal} from '../formats/format.js'
import type {SourceDocument} from '../read/source.js'
import {escapeRegExp} from '../text/regexp.js'

export interface Detection {
  format: FormatId | null
  score: number
  /** Every signal that matched, strongest format first: `ficha: \`Líneas Sello\` section (+4)`. */
  evidence: string[]
  scores: Record<FormatId, number>
}

/** Characters of a document detection reads: its lines up to the first that takes it past these. */
export const SAMPLE_CHARS = 256 * 1024
/** A format needs at least this score, and must beat the runner-up. */
const MIN_SCORE = 3

export function detect(doc: SourceDocument): Detection {
  // Whole lines, up to the first that takes the sample past SAMPLE_CHARS; joined once.
  let count = 0
  for (let chars = 0; count < doc.lines.length && chars <= SAMPLE_CHARS; count++) chars += doc.lines[count]!.length + 1
  const sample = count === 0 ? '' : (count === doc.lines.length ? doc.lines : doc.lines.slice(0, count)).join('\n') + '\n'
  // One pass over the whole sample: accents and case folded, runs of spaces made one; tabs and
  // line breaks stay, so line anchors (^…$) and tab-separated headers keep working.
  const folded = stripAccents(sample).replace(/ {2,}/g, ' ')
  const scores = Object.fromEntries(FORMAT_IDS.map((id) => [id, 0])) as Record<FormatId, number>
  const hits: Array<{format: FormatId; text: string}> = []
  const gated = new Set<FormatId>(), opened = new Set<FormatId>()
  const matched = matchSignals(folded)
  for (const format of FORMATS) {
    for (const signal of format.signals) {
      if (signal.gate) gated.add(format.id)
      if (!matched.has(signal)) continue
      scores[format.id] += signal.weight
      if (signal.gate) opened.add(format.id)
      hits.push({format: format.id, text: `${format.id}: ${signal.name} (${signal.weight >= 0 ? '+' : ''}${signal.weight})`})
    }
  }
  const ranked = [...FORMAT_IDS].sort((a, b) => scores[b] - scores[a])
  // A format whose gate stayed shut cannot win; it still shows in the evidence.
  const [best, runnerUp] = ranked.filter((f) => !gated.has(f) || opened.has(f))
  const format = best && scores[best] >= MIN_SCORE && (!runnerUp || scores[best] > scores[runnerUp]) ? best : null
  const order = (f: FormatId) => ranked.indexOf(f)
  const evidence = hits.sort((a, b) => order(a.format) - order(b.format)).map((h) => h.text)
  return {format, score: best ? scores[best] : 0, evidence, scores}
}

/**
 * How the signals are tried on one sample, so that few of them scan the whole of it:
 *
 * - A signal whose pattern is an alternation (`a|^[ \t]*b`) matches where any alternative does:
 *   each alternative is tried as a probe of its own, and goes where it is cheapest.
 * - Line probes (`/^[ \t]*label/m`), most of them, are tried together, only where a line starts:
 *   one alternation of them all says whether any matches there, and only then is each tried on
 *   its own (sticky, at that line).
 * - A signal that begins with the pattern it `requires` (the news signals begin with a network
 *   name) can only match where that pattern does: the places where it matches are found once,
 *   and each such signal is tried there only (sticky).
 * - The other probes are tried on the whole sample, once the plain text every match holds
 *   (`pacto mundial `) was found by a string search, many times faster.
 */
interface Probe {
  signal: Signal
  pattern: RegExp
}

interface Grouped {
  lines: Probe[]
  /** Each line probe's pattern, sticky: tried at one line start. */
  sticky: RegExp[]
  /** Any of them, sticky. */
  any: RegExp
  /** Probes tried on the whole sample, each with the text it must hold. */
  others: Array<Probe & {required: string | null}>
  /** Those texts, searched for together. */
  required: RequiredTexts | null
  /** Signals tried only where the pattern they begin with matches. */
  anchored: Array<{
    /** That pattern, global: each place where it matches is found. */
    places: RegExp
    signals: Array<{signal: Signal; sticky: RegExp}>
  }>
}

let grouped: Grouped | undefined
/** The indentation most line signals begin with. */
const INDENT = '^[ \\t]*'

function groupSignals(): Grouped {
  const lines: Probe[] = [], others: Grouped['others'] = [], anchored: Grouped['anchored'] = []
  const all = FORMATS.flatMap((f) => f.signals)
  for (const signal of all) {
    // A signal that begins with what it requires, or what others require (the gate itself).
    const start = signal.requires && startsWith(signal.pattern, signal.requires) ? signal.requires : all.find((other) => other.requires === signal.pattern)?.requires
    if (start) {
      let group = anchored.find((g) => g.places.source === start.source)
      if (!group) anchored.push(group = {places: new RegExp(start.source, start.flags + 'g'), signals: []})
      group.signals.push({signal, sticky: new RegExp(signal.pattern.source, signal.pattern.flags + 'y')})
      continue
    }
    const {flags, source} = signal.pattern
    const syntax = syntaxOf(source)
    const alternatives = !signal.requires && !syntax.groups ? syntax.alternatives : [source]
    for (const alternative of alternatives) {
      const pattern = alternatives.length === 1 ? signal.pattern : new RegExp(alternative, flags)
      if (isLineSignal(pattern) && !signal.requires) lines.push({signal, pattern})
      else others.push({signal, pattern, required: requiredText(pattern)})
    }
  }
  const sticky = lines.map((p) => new RegExp(p.pattern.source, 'my'))
  // Most begin with the same indentation: it is matched once, not once per alternative.
  const indented = (source: string) => source.startsWith(INDENT)
  const sources = lines.map((p) => p.pattern.source)
  const tails = sources.filter(indented).map((source) => `(?:${source.slice(INDENT.length)})`)
  const whole = sources.filter((source) => !indented(source)).map((source) => `(?:${source})`)
  const any = new RegExp([...(tails.length > 0 ? [`${INDENT}(?:${tails.join('|')})`] : []), ...whole].join('|'), 'my')
  const texts = others.map((p) => p.required).filter((t): t is string => t !== null)
  return {lines, sticky, any, others, required: texts.length > 0 ? requiredTexts(texts) : null, anchored}
}

/**
 * Whether every match of `pattern` starts where `start` matches: its source begins with the
 * whole of `start`'s (one alternative, not repeated or made optional after it), with the same
 * flags but `m`, and `start` holds no anchor that `m` would change.
 */
function startsWith(pattern: RegExp, start: RegExp): boolean {
  const {source} = pattern
  if (!source.startsWith(start.source) || pattern.flags.replace('m', '') !== start.flags.replace('m', '')) return false
  if (syntaxOf(source).alternatives.length > 1 || syntaxOf(start.source).alternatives.length > 1 || /[$^]/.test(start.source.replace(/\\./g, ''))) return false
  return !/^[?*+{]/.test(source.slice(start.source.length))
}

/** A quantifier at the start of the rest of a source: `?`, `*`, `+`, `{2}`, `{0,3}`, then maybe a lazy `?`. */
const QUANTIFIER = /^(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/
const ESCAPED = new Map([['t', '\t'], ['n', '\n']])
/** What follows an escape that is no literal character: `\x41`, `\u00e9`, `\u{e9}`, `\cJ`, `\p{L}`, `\k<name>`, `\12`. */
const ESCAPE_ARGUMENT = /^(?:x[\da-fA-F]{2}|u(?:\{[\da-fA-F]+\}|[\da-fA-F]{4})|c[a-zA-Z]|[pP]\{[^}]*\}|k<[^>]*>|\d+|.)/s

/**
 * The longest text that every match of `pattern` holds, when it has at least 3 characters: a run
 * of plain characters outside any group or class, none of them optional.
 *
 *   /pacto mundial (?:para|sobre) la migracion/ → `pacto mundial `
 *   /\ba?n?o de inicio\b/                      → `o de inicio`
 *
 * Null when a flag changes what text matches (`i`, `u`, `v`) or an alternative may hold other text.
 */
export function requiredText({source, flags}: RegExp): string | null {
  if (/[iuv]/.test(flags) || syntaxOf(source).alternatives.length > 1) return null
  let best = '', run = ''
  const end = () => { if (run.length > best.length) best = run; run = '' }
  for (let i = 0; i < source.length;) {
    const char = source[i]!
    let literal: string | undefined
    let width = 1
    if (char === '\\') {
      const next = source[i + 1] ?? ''
      literal = /[^\w\s]/.test(next) ? next : ESCAPED.get(next)
      width = literal === undefined ? 1 + (ESCAPE_ARGUMENT.exec(source.slice(i + 1))?.[0].length ?? 0) : 2
    } else if (char === '[' || char === '(') {
      width = (char === '[' ? classEnd(source, i) : groupEnd(source, i)) - i
    } else if (!'^$.|?*+){}'.includes(char)) {
      literal = char
    }
    const quantifier = QUANTIFIER.exec(source.slice(i + width))
    // `x+` and `x{2}` hold `x`; `x?`, `x*` and `x{0,2}` may leave it out.
    const required = literal !== undefined && (!quantifier || quantifier[0].startsWith('+') || Number(quantifier[1] || 0) > 0)
    if (required) run += literal
    if (!required || quantifier) end()
    i += width + (quantifier?.[0].length ?? 0)
  }
  end()
  return best.length >= 3 ? best : null
}

/** Index just after the `]` closing the class that opens at `start`. */
function classEnd(source: string, start: number): number {
  let i = start + 1
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
  return Math.min(i + 1, source.length)
}

/** Index just after the `)` closing the group that opens at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0
  for (let i = start; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (char === '[') i = classEnd(source, i) - 1
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return i + 1
  }
  return source.length
}

/**
 * Anchored at a line start in every alternative (`^` first, no `|` outside a group), with flags
 * that combine (`m` only), and without groups that joining would renumber or name twice.
 */
function isLineSignal({flags, source}: RegExp): boolean {
  if (flags !== 'm' || !source.startsWith('^')) return false
  const syntax = syntaxOf(source)
  return syntax.alternatives.length === 1 && !syntax.groups
}

/**
 * What joining a pattern's source to others, or reading its first characters, depends on: its
 * alternatives (its parts between the `|` outside any group or class, which start anew), and
 * backreferences or named groups (joining would renumber or name them twice).
 */
function syntaxOf(source: string): {alternatives: string[]; groups: boolean} {
  const alternatives: string[] = []
  let depth = 0, from = 0, groups = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) groups = true
      i++
    } else if (char === '[') {
      i = classEnd(source, i) - 1
    } else if (char === '(') {
      if (source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) groups = true
      depth++
    } else if (char === ')') {
      depth--
    } else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(from, i))
      from = i + 1
    }
  }
  alternatives.push(source.slice(from))
  return {alternatives, groups}
}

/** Where a line may start in the sample: after `\n`, and after the other breaks a multiline `^` knows. */
const LINE_START = /[\n\r\u2028\u2029]/g

/** Texts to look for in a sample, longest first, and one global alternation of them all. */
export interface RequiredTexts {
  texts: string[]
  any: RegExp
}

export function requiredTexts(texts: readonly string[]): RequiredTexts {
  const sorted = [...new Set(texts)].sort((a, b) => b.length - a.length)
  return {texts: sorted, any: new RegExp(sorted.map(escapeRegExp).join('|'), 'g')}
}

/**
 * Which of `required.texts` the sample holds, in one search for them all (one `includes` each
 * searched the whole sample again). Where several start at one place the alternation reports the
 * longest only; the others there are inside it, so every text inside one found is held too.
 */
export function heldTexts(text: string, required: RequiredTexts | null): Set<string> {
  const held = new Set<string>()
  if (!required) return held
  const {texts, any} = required
  any.lastIndex = 0
  for (let m = any.exec(text); m && held.size < texts.length; m = any.exec(text)) {
    held.add(m[0])
    any.lastIndex = m.index + 1
  }
  for (const t of texts) if (!held.has(t) && [...held].some((h) => h.includes(t))) held.add(t)
  return held
}

/** Documents detected in this process (worker thread) so far. */
let detected = 0

/**
 * The signals whose pattern matches somewhere in `text`. The first document of a process is
 * tested signal by signal (`one by one`): compiling the alternation of the line signals costs
 * more than it saves on one document, the start-up of `practices validate sheet.txt`.
 */
export function matchSignals(text: string, oneByOne = detected++ === 0): Set<Signal> {
  if (oneByOne) return new Set(FORMATS.flatMap((f) => f.signals).filter((signal) => signal.pattern.test(text)))
  const group = (grouped ??= groupSignals())
  const matched = new Set<Signal>()
  for (const {places, signals} of group.anchored) {
    let left = signals.length
    places.lastIndex = 0
    for (let found = places.exec(text); found && left > 0; found = places.exec(text)) {
      // Every place, overlapping ones too (a name inside a longer one).
      places.lastIndex = found.index + 1
      for (const {signal, sticky} of signals) {
        if (matched.has(signal)) continue
        sticky.lastIndex = found.index
        if (sticky.test(text)) { matched.add(signal); left-- }
      }
    }
  }
  // A pattern required by several signals is tried once.
  const required = new Map<RegExp, boolean>()
  const holds = (pattern: RegExp) => required.get(pattern) ?? (required.set(pattern, pattern.test(text)), required.get(pattern)!)
  const held = heldTexts(text, group.required)
  for (const {signal, pattern, required: plain} of group.others) {
    if (matched.has(signal) || (plain && !held.has(plain))) continue
    if ((!signal.requires || holds(signal.requires)) && pattern.test(text)) matched.add(signal)
  }
  const waiting = new Set(group.lines.map((p) => p.signal).filter((signal) => !matched.has(signal)))
  for (let start = 0; waiting.size > 0 && start <= text.length;) {
    group.any.lastIndex = start
    if (group.any.test(text)) {
      group.lines.forEach(({signal}, i) => {
        if (!waiting.has(signal)) return
        const pattern = group.sticky[i]!
        pattern.lastIndex = start
        if (pattern.test(text)) { matched.add(signal); waiting.delete(signal) }
      })
    }
    LINE_START.lastIndex = start
    if (!LINE_START.test(text)) break
    start = LINE_START.lastIndex
  }
  return matched
}
