/**
 * Reads one line as a catalogue label, in the forms copied pages take:
 *
 *   Tipo de práctica                         ← alone; the value is on the lines below
 *   País: Perú                               ← `Label:` (or a tab) then the value
 *        ^ inline value
 *   Country of implementationColombia (100)  ← a table view copied without a separator (glued)
 *                            ^ value starts at the capital
 *   Fechas 2019 - Presente                   ← a date or objective label, then a value opening with a digit
 *
 * A spelling the vocabulary writes with a colon (`Local:`, `Start:`) is a label only with its
 * colon, a tab or an inline value: alone, `Local` is a geographic scope and `Data` a GCM objective.
 */
import {matchLabelCached} from '../../constructs/label-match.js'
import {readLabel, type SourceLine} from '../../constructs/labelled-sections.js'
import {stripAccents} from '../../text/fold.js'
import type {CatalogLabelId} from '../../vocab/catalog-labels.js'
import {GLUABLE, GLUED_MIN_LENGTH, LABEL_SPECS, NUMBER_VALUE_LABELS, spellingOf} from './labels.js'

export interface CatalogLabel {
  id: CatalogLabelId
  /** The vocabulary spelling it matched. */
  variant: string
  /** 0 for an exact match after folding. */
  distance: number
  source: SourceLine
  /** The label as printed, without its value. */
  printed: string
  /** The value on the same line, if any. */
  inline: SourceLine | null
  /** The label and its value were printed without a separator. */
  glued: boolean
}

const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}"“«(]/u
const SPACE_DIGIT = /^\s+\d/

export function readCatalogLabel(source: SourceLine): CatalogLabel | null {
  const hit = readLabel(source, LABEL_SPECS) ?? otherLine(source)
  if (hit) {
    const colonOk = hit.inline !== null || /[:\t]\s*$/.test(source.text)
    if (spellingOf(hit.variant).needsColon && !colonOk) return null
    // `Objective 6: …` is an item of a list, not a misspelt `Objectives` label.
    if (hit.distance > 0 && /\d/.test(hit.printed) && !/\d/.test(hit.variant)) return null
    return {id: hit.id, variant: hit.variant, distance: hit.distance, source, printed: hit.printed, inline: hit.inline, glued: false}
  }
  return gluedLabel(source)
}

/**
 * Lines readLabel does not take: a label that opens with a digit (`2030 Agenda … Labels:`), or a
 * value longer than a line of prose after `Label:` (a form's list of objectives; readLabel takes
 * lines of up to 200 characters).
 */
function otherLine(source: SourceLine) {
  const text = source.text
  if (text.length <= 200 && !/^\s*\d/.test(text)) return null
  if (text.length <= 200) {
    const whole = matchLabelCached(text, LABEL_SPECS)
    if (whole) return {id: whole.id, variant: whole.variant, distance: whole.distance, printed: text.trim(), inline: null}
  }
  const cut = /[:\t]/.exec(text.slice(0, 200))
  if (!cut || !text.slice(cut.index + 1).trim()) return null
  const head = matchLabelCached(text.slice(0, cut.index), LABEL_SPECS)
  if (!head) return null
  const rest = text.slice(cut.index + 1)
  const offset = (source.offset ?? 0) + cut.index + 1 + (rest.length - rest.trimStart().length)
  return {id: head.id, variant: head.variant, distance: head.distance, printed: text.slice(0, cut.index).trim(), inline: {line: source.line, text: rest.trim(), offset}}
}

/** `Country of implementationColombia`, `Fechas 2019 - Presente`: a known spelling, then its value without `:`. */
function gluedLabel(source: SourceLine): CatalogLabel | null {
  const text = source.text
  const lead = text.length - text.trimStart().length
  const line = text.slice(lead)
  if (line.length < 6) return null
  const folded = stripAccents(line)
  for (const spelling of GLUABLE) {
    if (!folded.startsWith(spelling.folded)) continue
    const rest = line.slice(spelling.folded.length)
    const glued = spelling.folded.length >= GLUED_MIN_LENGTH
      ? UPPER_OR_DIGIT.test(rest)
      : /\p{Ll}$/u.test(line.slice(0, spelling.folded.length)) && /^\p{Lu}/u.test(rest)
    const spaced = NUMBER_VALUE_LABELS.has(spelling.id) && SPACE_DIGIT.test(rest)
    if (!glued && !spaced) continue
    const value = rest.trim()
    const offset = (source.offset ?? 0) + lead + spelling.folded.length + (rest.length - rest.trimStart().length)
    return {id: spelling.id, variant: spelling.variant, distance: 0, source, printed: line.slice(0, spelling.folded.length),
      inline: {line: source.line, text: value, offset}, glued}
  }
  return null
}
