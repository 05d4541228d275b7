/**
 * A ficha document → introduction + sheets. A sheet is anchored at its `MUNICIPALIDAD` line;
 * its title is the block just before the anchor, one or two short lines (a wrapped title):
 *
 *   Academia Municipal Abierta: AMA    ← title, line 1
 *
 *   Integración                        ← title, line 2
 *
 *   MUNICIPALIDAD                      ← anchor
 *   ARICA                              ← comuna
 *
 * Walking back from the anchor, a title line does not end a sentence (`.`, `:`…), is no label,
 * mark, month table or Sello line, and is not the only content of a label right above it
 * (`Grupo prioritario` / `Mujeres haitianas` ends the previous sheet). The line right above the
 * anchor may be of any length (parse-sheet.ts warns about a long one); a line above it is
 * part of the title only when short (`MAX_TITLE_LENGTH`). Everything
 * before the first sheet is the document's introduction. A document without any
 * `MUNICIPALIDAD` line is anchored at its first section label instead.
 */
import {readMark} from '../../constructs/checkbox-mark.js'
import type {SourceLine} from '../../constructs/labelled-sections.js'
import {isMonthHeader, isMonthRow} from '../../constructs/month-table.js'
import {SELLO_LINE_SPECS} from '../../constructs/sello-lines.js'
import {fold} from '../../text/fold.js'
import {MAX_COMUNA_WORDS, MUNICIPALITY_ANCHOR} from './labels.js'
import {trimEndWhere} from '../../text/trim.js'

export interface SheetBlock {
  /** Title lines (0–2). */
  title: SourceLine[]
  /** The `MUNICIPALIDAD` line, or `null` when the sheet is anchored at a label. */
  anchor: SourceLine | null
  /** The comuna printed on the anchor line itself (`Municipalidad de Arica`). */
  inlineComuna: SourceLine | null
  /** Lines after the anchor (from the anchor label itself when there is no `MUNICIPALIDAD`). */
  body: SourceLine[]
  startLine: number
  endLine: number
}

export interface Segments {
  intro: SourceLine[]
  sheets: SheetBlock[]
}

const MAX_TITLE_LINES = 2
/** Longest line that wraps a title onto a second line; a longer title gets `ficha/long-title`. */
export const MAX_TITLE_LENGTH = 150

/** `MUNICIPALITY_ANCHOR` opens with `I(lustre)`, `Municipalidad` or `Comuna`: a quick test before trimming the line. */
const ANCHOR_START = /^\s*[IMC]/i
/** A page break inside a line reads as a space. */
const withoutFormFeeds = (text: string) => (text.includes('\f') ? text.replace(/\f/g, ' ') : text)
const CONTENT = /\S/
/** Form feeds are white space too: a line of them is blank. */
const hasContent = (source: SourceLine) => CONTENT.test(source.text)

/** Reads `source` as a `MUNICIPALIDAD` anchor; `inline` is the comuna on the same line, if any. */
export function readAnchor(source: SourceLine): {inline: SourceLine | null} | null {
  if (!ANCHOR_START.test(source.text)) return null
  const text = withoutFormFeeds(source.text).trim()
  const m = MUNICIPALITY_ANCHOR.exec(text)
  if (!m) return null
  const value = trimEndWhere(m[1]!, /[.;,]/).trim()
  if (!value) return {inline: null}
  if (value.split(/\s+/).length > MAX_COMUNA_WORDS || /[.;!?]/.test(value)) return null
  return {inline: {line: source.line, text: value, offset: (source.offset ?? 0) + source.text.indexOf(value)}}
}

/** `lines`: the document without its furniture; `labelId(line)`: the section label a line is, if any. */
export function segment(lines: readonly SourceLine[], labelId: (source: SourceLine) => string | null): Segments {
  let anchors: number[] = []
  for (let i = 0; i < lines.length; i++) if (readAnchor(lines[i]!)) anchors.push(i)
  const byMunicipality = anchors.length > 0
  if (!byMunicipality) {
    const ids = lines.map(labelId)
    const first = ids.find((id) => id !== null)
    anchors = first ? ids.flatMap((id, index) => (id === first ? [index] : [])) : []
  }
  if (anchors.length === 0) return {intro: [...lines], sheets: []}

  const starts = anchors.map((anchor, k) => titleStart(lines, anchor, k === 0 ? 0 : anchors[k - 1]! + 1, labelId))
  const sheets = anchors.map((anchor, k): SheetBlock => {
    const end = k + 1 < anchors.length ? starts[k + 1]! : lines.length
    const titleLines = lines.slice(starts[k]!, anchor).filter(hasContent)
    const anchorLine = byMunicipality ? lines[anchor]! : null
    const body = lines.slice(byMunicipality ? anchor + 1 : anchor, end)
    const lastContent = body.findLast(hasContent)
    return {
      title: titleLines,
      anchor: anchorLine,
      inlineComuna: anchorLine ? readAnchor(anchorLine)!.inline : null,
      body,
      startLine: (titleLines[0] ?? lines[anchor]!).line,
      endLine: (lastContent ?? lines[anchor]!).line,
    }
  })
  return {intro: lines.slice(0, starts[0]), sheets}
}

/** Index of the first title line of the sheet anchored at `anchor` (the anchor itself when untitled). */
export function titleStart(lines: readonly SourceLine[], anchor: number, lowest: number, labelId: (s: SourceLine) => string | null): number {
  let start = anchor
  let taken = 0
  let i = previousContent(lines, anchor - 1, lowest)
  while (i >= lowest && taken < MAX_TITLE_LINES && isTitleLine(lines[i]!, labelId, taken === 0 ? Infinity : MAX_TITLE_LENGTH)) {
    const above = previousContent(lines, i - 1, lowest)
    if (above >= lowest && labelId(lines[above]!) !== null) break
    start = i
    taken++
    i = above
  }
  return start
}

function previousContent(lines: readonly SourceLine[], from: number, lowest: number): number {
  let i = from
  while (i >= lowest && !hasContent(lines[i]!)) i--
  return i
}

const SELLO_NAMES = SELLO_LINE_SPECS.flatMap((s) => s.variants).map(fold)

function isTitleLine(source: SourceLine, labelId: (s: SourceLine) => string | null, maxLength: number): boolean {
  const text = withoutFormFeeds(source.text).trim()
  if (!text || text.length > maxLength || /[.;:,]$/.test(text)) return false
  if (labelId(source) !== null || readAnchor(source) || readMark(text) || isMonthHeader(source.text) || isMonthRow(source.text)) return false
  const folded = fold(text.replace(/\*\*/g, ''))
  return !SELLO_NAMES.some((name) => folded.startsWith(name))
}
