/**
 * Labelled sections: a label line, then its content up to the next label.
 *
 *   Grupo prioritario          ← label (any case, accents or not, trailing `:`/tab, small typos)
 *
 *   Mujeres haitianas          ← content
 *   Breve descripción: Desde…  ← label with its value on the same line (after `:` or a tab)
 *            ^ inline value starts here
 *
 * Labels may come in any order. A fuzzy match is a repair: reported as info `label/fuzzy-match`,
 * and not applied under `--no-repair` (the section is then marked `applied: false`).
 */
import type {Messages, Place} from '../diagnostics/diagnostic.js'
import {distance} from 'fastest-levenshtein'
import {allowedDistance, foldLabel, type LabelMatch, type LabelSpec} from './label-match.js'

/** A line of the original file, or the part of it from `offset` (0-based) on. */
export interface SourceLine {
  line: number
  text: string
  offset?: number
}

/** The place of `needle` in `source` (the whole text when absent), in original-file columns. */
export function spanOn(source: SourceLine, needle = '', from = 0): Place {
  const offset = source.offset ?? 0
  const index = needle ? source.text.indexOf(needle, from) : -1
  if (index < 0) return {line: source.line, column: offset + 1, endLine: source.line, endColumn: offset + source.text.length + 1}
  return {line: source.line, column: offset + index + 1, endLine: source.line, endColumn: offset + index + needle.length + 1}
}

export interface LabelHit<Id extends string> {
  id: Id
  variant: string
  distance: number
  source: SourceLine
  /** The label as printed (without the inline value). */
  printed: string
  /** Text after the label on the same line, if any. */
  inline: SourceLine | null
}

interface FoldedVariant<Id extends string> {
  id: Id
  variant: string
  folded: string
  limit: number
}

interface FoldedSpecs<Id extends string> {
  exact: Map<string, FoldedVariant<Id>>
  list: Array<FoldedVariant<Id>>
  /** Longest folded variant: a much longer line is a sentence, not a label (checked before folding). */
  longest: number
}
const foldedSpecs = new WeakMap<object, FoldedSpecs<string>>()

function foldSpecs<Id extends string>(specs: ReadonlyArray<LabelSpec<Id>>): FoldedSpecs<Id> {
  let folded = foldedSpecs.get(specs) as FoldedSpecs<Id> | undefined
  if (!folded) {
    const list = specs.flatMap((s) => s.variants.map((variant) => {
      const f = foldLabel(variant)
      return {id: s.id, variant, folded: f, limit: allowedDistance(f.length)}
    }))
    const exact = new Map<string, FoldedVariant<Id>>()
    for (const v of list) if (!exact.has(v.folded)) exact.set(v.folded, v)
    folded = {exact, list, longest: Math.max(...list.map((v) => v.folded.length))}
    foldedSpecs.set(specs, folded as FoldedSpecs<string>)
  }
  return folded
}

/**
 * `matchLabel` for hot paths (section labels are tried on every line): variants are folded
 * once, an exact folded match is a map lookup, and a typo is looked for only in a candidate
 * that keeps the first or the last two letters of a variant (`Breve descripcin`,
 * `GRUPO PRIORITARO`), which real typos and OCR damage do.
 */
export function matchLabelCached<Id extends string>(text: string, specs: ReadonlyArray<LabelSpec<Id>>): LabelMatch<Id> | null {
  const folded = foldSpecs(specs)
  // Folding only shortens a line by its extra white space and trailing punctuation: allow half again.
  if (text.length > folded.longest * 1.5 + 10) return null
  const candidate = foldLabel(text)
  if (!candidate) return null
  const exact = folded.exact.get(candidate)
  if (exact) return {id: exact.id, variant: exact.variant, distance: 0}
  const head = candidate.slice(0, 2), tail = candidate.slice(-2)
  let best: LabelMatch<Id> | null = null
  for (const v of folded.list) {
    if (Math.abs(v.folded.length - candidate.length) > v.limit) continue
    if (!v.folded.startsWith(head) && !v.folded.endsWith(tail)) continue
    const d = distance(v.folded, candidate)
    if (d <= v.limit && (!best || d < best.distance)) best = {id: v.id, variant: v.variant, distance: d}
  }
  return best
}

/** A label starts with a letter (after white space, a bullet or a heading mark); marks and cells do not. */
const LABEL_START = /^[\s\-*•·#]*\p{L}/u

/** Reads `source` as a label line: the whole line, or the part before its first `:` or tab. */
export function readLabel<Id extends string>(source: SourceLine, specs: ReadonlyArray<LabelSpec<Id>>): LabelHit<Id> | null {
  const text = source.text
  if (text.length > 200 || !LABEL_START.test(text)) return null
  const whole = matchLabelCached(text, specs)
  if (whole) return {...whole, source, printed: text.trim(), inline: null}
  const cut = /[:\t]/.exec(text)
  if (!cut || text.slice(cut.index + 1).trim() === '') return null
  const head = matchLabelCached(text.slice(0, cut.index), specs)
  if (!head) return null
  const rest = text.slice(cut.index + 1)
  const lead = rest.length - rest.trimStart().length
  const offset = (source.offset ?? 0) + cut.index + 1 + lead
  return {...head, source, printed: text.slice(0, cut.index).trim(), inline: {line: source.line, text: rest.trim(), offset}}
}

export interface Section<Id extends string> {
  id: Id
  label: LabelHit<Id>
  /** `false` when the label was only a fuzzy match and repairs are off. */
  applied: boolean
  /** Content: the inline value (if any), then the lines up to the next label. */
  lines: SourceLine[]
}

export interface Sections<Id extends string> {
  /** Lines before the first label. */
  preamble: SourceLine[]
  sections: Array<Section<Id>>
}

export interface SectionOptions {
  messages: Messages
  repair: boolean
}

/**
 * Splits `lines` at label lines. A fuzzy label that is applied is reported here (info); one
 * that is not (`--no-repair`) comes back with `applied: false` for the caller to leave, with
 * `fuzzyLabelMessage` as its diagnostic.
 */
export function splitSections<Id extends string>(lines: readonly SourceLine[], specs: ReadonlyArray<LabelSpec<Id>>, options: SectionOptions): Sections<Id> {
  const preamble: SourceLine[] = []
  const sections: Array<Section<Id>> = []
  for (const source of lines) {
    const hit = readLabel(source, specs)
    if (!hit) {
      ;(sections.at(-1)?.lines ?? preamble).push(source)
      continue
    }
    const applied = hit.distance === 0 || options.repair
    if (hit.distance > 0 && applied) {
      options.messages.info('label/fuzzy-match', fuzzyLabelMessage(hit, true), spanOn(hit.source, hit.printed), {actual: hit.printed, expected: hit.variant})
    }
    sections.push({id: hit.id, label: hit, applied, lines: hit.inline ? [hit.inline] : []})
  }
  return {preamble, sections}
}

/** "Unexpected label `Breve descripcin`, expected `Breve descripción` (read as …)". */
export function fuzzyLabelMessage<Id extends string>(hit: LabelHit<Id>, applied: boolean): string {
  const how = applied ? `read as \`${hit.variant}\`` : 'not repaired: --no-repair'
  return `Unexpected label \`${hit.printed}\`, expected \`${hit.variant}\` (${how})`
}

export interface Paragraph {
  text: string
  lines: SourceLine[]
}

/**
 * Content lines → paragraphs (split at blank lines). Within a paragraph, a line that continues
 * a wrapped sentence (starts in lower case or with `(`) joins with a space; a line after a full
 * stop or starting a new item (`Donaciones voluntarias.`, `2023: …`) keeps its line break.
 */
export function paragraphs(lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = []
  let current: Paragraph | null = null
  for (const source of lines) {
    const text = source.text.trim()
    if (!text) {
      current = null
      continue
    }
    if (!current) {
      current = {text, lines: [source]}
      out.push(current)
      continue
    }
    const wraps = !/[.;:!?]$/.test(current.text) && /^[\p{Ll}(,;]/u.test(text)
    current.text += (wraps ? ' ' : '\n') + text
    current.lines.push(source)
  }
  return out
}

/** Paragraph texts joined by blank lines, or `null` when there is none. */
export function joinParagraphs(list: readonly Paragraph[]): string | null {
  return list.length ? list.map((p) => p.text).join('\n\n') : null
}
