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
import {matchLabelCached, type LabelSpec} from './label-match.js'

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

/** A label starts with a letter (after white space, a bullet or a heading mark); marks and cells do not. */
const LABEL_START = /^[\s\-*•·#]*\p{L}/u
const ASCII_LETTER = /^[A-Za-z]/
const LABEL_END = /[:\t]/
const CONTENT = /\S/

/** Reads `source` as a label line: the whole line, or the part before its first `:` or tab. */
export function readLabel<Id extends string>(source: SourceLine, specs: ReadonlyArray<LabelSpec<Id>>): LabelHit<Id> | null {
  const text = source.text
  // Most lines open with an ASCII letter: skip the Unicode property test for them.
  if (text.length > 200 || !(ASCII_LETTER.test(text) || LABEL_START.test(text))) return null
  const whole = matchLabelCached(text, specs)
  // Fields are copied one by one: V8 runs `{...whole, source, …}` about a hundred times slower.
  if (whole) return {id: whole.id, variant: whole.variant, distance: whole.distance, source, printed: text.trim(), inline: null}
  const cut = LABEL_END.exec(text)
  if (!cut || !CONTENT.test(text.slice(cut.index + 1))) return null
  const head = matchLabelCached(text.slice(0, cut.index), specs)
  if (!head) return null
  const rest = text.slice(cut.index + 1)
  const lead = rest.length - rest.trimStart().length
  const offset = (source.offset ?? 0) + cut.index + 1 + lead
  return {id: head.id, variant: head.variant, distance: head.distance, source, printed: text.slice(0, cut.index).trim(),
    inline: {line: source.line, text: rest.trim(), offset}}
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
  let current = preamble
  for (const source of lines) {
    const hit = readLabel(source, specs)
    if (!hit) {
      current.push(source)
      continue
    }
    const applied = hit.distance === 0 || options.repair
    if (hit.distance > 0 && applied) {
      options.messages.report('label/fuzzy-match', fuzzyLabelMessage(hit, true), spanOn(hit.source, hit.printed), {actual: hit.printed, expected: hit.variant})
    }
    const section: Section<Id> = {id: hit.id, label: hit, applied, lines: hit.inline ? [hit.inline] : []}
    sections.push(section)
    current = section.lines
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

const SENTENCE_END = /[.;:!?]$/
const CONTINUATION = /^[\p{Ll}(,;]/u

/**
 * Content lines → paragraphs (split at blank lines). Within a paragraph, a line that continues
 * a wrapped sentence (starts in lower case or with `(`) joins with a space; a line after a full
 * stop or starting a new item (`Donaciones voluntarias.`, `2023: …`) keeps its line break.
 */
export function paragraphs(lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = []
  let current: Paragraph | null = null
  // The paragraph's last line, trimmed: testing it instead of the growing paragraph text keeps
  // the regex from flattening that text on every line.
  let last = ''
  for (const source of lines) {
    const text = source.text.trim()
    if (!text) {
      current = null
      continue
    }
    if (!current) {
      current = {text, lines: [source]}
      out.push(current)
    } else {
      const wraps = !SENTENCE_END.test(last) && CONTINUATION.test(text)
      current.text += (wraps ? ' ' : '\n') + text
      current.lines.push(source)
    }
    last = text
  }
  return out
}

/** Paragraph texts joined by blank lines, or `null` when there is none. */
export function joinParagraphs(list: readonly Paragraph[]): string | null {
  return list.length ? list.map((p) => p.text).join('\n\n') : null
}
