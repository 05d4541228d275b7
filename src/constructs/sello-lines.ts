/**
 * The Líneas Sello section: one paragraph per Sello Migrante line, its name (bold or plain,
 * full or short form) then the rationale.
 *
 *   Se destaca el trabajo en las líneas de acción de Sello: **Políticas locales y trabajo colaborativo**, ya que …
 *   ^ lead-in (up to the colon)                              ^ line name                                  ^ rationale
 *   Estrategias formativas, ya que desde la municipalidad …
 *   ^ short form                ^ rationale
 *
 * A paragraph that names no line (`Además, …`, a long first clause) continues the previous
 * line's rationale. A short opening phrase that names an unknown line comes back in `unknown`
 * with its message and the nearest line as suggestion, for the caller to leave unmapped
 * (warning `sello-lines/unknown-line`).
 */
import type {Messages} from '../diagnostics/diagnostic.js'
import {fold} from '../text/fold.js'
import {SELLO_LINES, type SelloLineId} from '../vocab/sello-lines.js'
import {DISCOURSE_OPENERS, NAME_CONNECTORS, SELLO_INTRO_CUES} from '../vocab/phrases.js'
import {matchLabelCached as matchLabel, nearest, type LabelSpec} from './label-match.js'
import {paragraphs as toParagraphs, spanOn, type Paragraph, type SourceLine} from './labelled-sections.js'

export const SELLO_LINE_SPECS: ReadonlyArray<LabelSpec<SelloLineId>> = SELLO_LINES.map((l) => ({id: l.id, variants: [l.label, l.short]}))

export interface SelloLineRead {
  line: SelloLineId
  rationale: string
  paragraphs: Paragraph[]
}

export interface SelloLines {
  lines: SelloLineRead[]
  /** Paragraphs read into `lines`, or recognised as the section's lead-in. */
  placed: Paragraph[]
  /** Paragraphs naming an unknown line, with their diagnostic for the caller to leave them. */
  unknown: Array<{paragraph: Paragraph; message: string; actual: string; suggestion: string}>
}

/** A phrase before the first comma sharing a word with a line name is a name up to this length… */
const MAX_NAME_WORDS = 7
/** …and any other capitalised phrase up to this one (`Participación ciudadana, ya que …`). */
const MAX_UNKNOWN_NAME_WORDS = 4
const CONNECTORS = new Set<string>(NAME_CONNECTORS)

/** Reads the Sello lines of a section's paragraphs. */
export function readSelloLines(paragraphs: readonly Paragraph[], options: {messages: Messages; repair: boolean}): SelloLines {
  const out: SelloLines = {lines: [], placed: [], unknown: []}
  for (const paragraph of paragraphs.flatMap(splitAtNames)) {
    const text = stripLeadIn(paragraph.text)
    if (!text) {
      out.placed.push(paragraph)
      continue
    }
    const named = nameAt(text)
    const match = named ? lineOf(named.name, paragraph, options) : null
    if (match) {
      const previous = out.lines.find((l) => l.line === match)
      if (previous) {
        options.messages.report('sello-lines/duplicate', `Unexpected second paragraph for Sello line \`${named!.name}\`, expected each line once; rationales joined`,
          spanOn(paragraph.lines[0]!, named!.name))
        previous.rationale = [previous.rationale, named!.rest].filter(Boolean).join('\n\n')
        previous.paragraphs.push(paragraph)
      } else out.lines.push({line: match, rationale: named!.rest, paragraphs: [paragraph]})
      out.placed.push(paragraph)
    } else if (named?.looksLikeName || out.lines.length === 0) {
      const name = named?.name ?? text.slice(0, 60)
      // Compare with the short forms too (`Estrategias formativas`), then suggest the full name.
      const nearestVariant = nearest(name, SELLO_LINES.flatMap((l) => [l.label, l.short]), 1)[0]!
      const suggestion = SELLO_LINES.find((l) => l.label === nearestVariant || l.short === nearestVariant)!.label
      const message = `Unexpected Sello line \`${name.split('\n')[0]}\`, expected one of ${SELLO_LINES.map((l) => `\`${l.label}\``).join(', ')}`
      out.unknown.push({paragraph, message, actual: name, suggestion})
    } else {
      const last = out.lines.at(-1)!
      last.rationale = [last.rationale, text].filter(Boolean).join('\n\n')
      last.paragraphs.push(paragraph)
      out.placed.push(paragraph)
    }
  }
  return out
}

const ENDS_SENTENCE = /[.;!?]$/

/**
 * Sheets typed with single line breaks put the next line right under the previous rationale:
 *
 *   Vinculación comunitaria, ya que convoca a vecinos.
 *   Estrategias formativas, ya que …        ← a new line: the one above ends a sentence
 *
 * Split a paragraph before a line that opens with a line name (known, or shaped like one) when
 * the line above ends a sentence; a wrapped rationale (no full stop above) stays whole.
 */
function splitAtNames(paragraph: Paragraph): Paragraph[] {
  if (paragraph.lines.length < 2) return [paragraph]
  const groups: SourceLine[][] = [[paragraph.lines[0]!]]
  for (let i = 1; i < paragraph.lines.length; i++) {
    const line = paragraph.lines[i]!
    const text = line.text.trim()
    const named = ENDS_SENTENCE.test(paragraph.lines[i - 1]!.text.trim()) ? nameAt(text) : null
    const startsLine = named !== null && (named.looksLikeName || SELLO_LINE_SPECS.some((spec) => matchLabel(named.name, [spec]) !== null))
    if (startsLine) groups.push([line])
    else groups.at(-1)!.push(line)
  }
  return groups.length === 1 ? [paragraph] : groups.map((lines) => toParagraphs(lines)[0]!)
}

/** The text after a lead-in such as "Se destaca el trabajo en las líneas de acción de Sello:". */
export function stripLeadIn(text: string): string {
  const colon = text.indexOf(':')
  if (colon < 0 || colon > 200) return text
  const head = fold(text.slice(0, colon))
  return SELLO_INTRO_CUES.some((cue) => head.includes(cue)) ? text.slice(colon + 1).trim() : text
}

interface Named {
  name: string
  rest: string
  /**
   * Bold, or a short capitalised phrase before the first comma that is no discourse opener
   * (`Además`, `De esta manera`): a line name even when unknown.
   */
  looksLikeName: boolean
}

const BOLD_NAME = /^\*\*(.+?)\*\*\s*[,:;.\-–]?\s*/
const WORD_CHAR = /[\p{L}\d]/u
const UPPER_START = /^\p{Lu}/u

/** The line name opening `text`: bold `**…**`, a known name as prefix, or the phrase before `,`/`:`. */
function nameAt(text: string): Named | null {
  const bold = BOLD_NAME.exec(text)
  if (bold) return {name: bold[1]!.trim(), rest: text.slice(bold[0].length).trim(), looksLikeName: true}
  const folded = foldStart(text)
  for (const {variant, folded: v} of VARIANTS_LONGEST_FIRST) {
    if (folded.startsWith(v) && !WORD_CHAR.test(folded.charAt(v.length))) {
      const rest = text.slice(variant.length).replace(/^\s*[,:;.\-–]?\s*/, '')
      return {name: text.slice(0, variant.length), rest, looksLikeName: true}
    }
  }
  const cut = /[,:]/.exec(text)
  if (!cut) return null
  const name = text.slice(0, cut.index).trim()
  const words = name.split(/\s+/).length
  const foldedName = fold(name)
  const opener = DISCOURSE_OPENERS.some((o) => foldedName === o) || CONNECTORS.has(foldedName.split(' ')[0]!)
  const looksLikeName = UPPER_START.test(name) && (sharesLineWord(name) ? words <= MAX_NAME_WORDS : words <= MAX_UNKNOWN_NAME_WORDS && !opener)
  return {name, rest: text.slice(cut.index + 1).trim(), looksLikeName}
}

/** Every line name, folded once, longest first so a full name wins over its short form. */
const VARIANTS_LONGEST_FIRST = SELLO_LINE_SPECS.flatMap((s) => s.variants)
  .sort((a, b) => b.length - a.length)
  .map((variant) => ({variant, folded: fold(variant)}))

const LONGEST_NAME = Math.max(...VARIANTS_LONGEST_FIRST.map((v) => v.folded.length))
/** Enough for the longest name, the character after it, and a few spaces that fold away. */
const START_LENGTH = LONGEST_NAME + 8

/**
 * The start of `text`, folded, long enough to compare with every line name and read the
 * character after it: a paragraph runs to hundreds of characters, a name to a few dozen.
 * Folding works character by character, so the folded start is the start of the folded text
 * (its last character aside, hence the margin); when white space folds the start too short,
 * the whole text is folded.
 */
function foldStart(text: string): string {
  if (text.length <= START_LENGTH) return fold(text)
  const start = fold(text.slice(0, START_LENGTH))
  return start.length > LONGEST_NAME + 1 ? start : fold(text)
}

/** Words of five letters or more in the line names: `politicas`, `fortalecimiento`, … */
const LINE_WORDS = new Set(SELLO_LINE_SPECS.flatMap((s) => s.variants).flatMap((v) => fold(v).split(/\W+/)).filter((w) => w.length >= 5))

/** `Fortalecimiento de redes` shares `fortalecimiento` with a line name; `Además` shares nothing. */
function sharesLineWord(name: string): boolean {
  return fold(name).split(/\W+/).some((word) => LINE_WORDS.has(word))
}

function lineOf(name: string, paragraph: Paragraph, options: {messages: Messages; repair: boolean}): SelloLineId | null {
  const match = matchLabel(name, SELLO_LINE_SPECS)
  if (!match || (match.distance > 0 && !options.repair)) return null
  if (match.distance > 0) {
    options.messages.report('sello-lines/fuzzy-match', `Unexpected Sello line \`${name}\`, expected \`${match.variant}\` (read as \`${match.variant}\`)`,
      spanOn(paragraph.lines[0]!, name), {actual: name, expected: match.variant, suggestion: match.variant})
  }
  return match.id
}
