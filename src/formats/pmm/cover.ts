/**
 * The cover pages before the table of contents → `metadata.cover`.
 *
 *   Políticas públicas en el nivel local con el enfoque del Pacto Mundial …   ← title (first line)
 *   HANDBOOK                                                                ← kind
 *   INICIATIVA                                                              ← label …
 *   “Autoridades Locales Precursoras …”                                     ← … and its value lines
 *   Pacto Mundial / PARA LA Migración / OIM                                  ← logo marks
 *
 * Every non-blank line lands somewhere: title (and its repeats), kind, a label's values, a mark,
 * or `text` (e.g. the legal notice).
 */
import {foldLabel} from '../../constructs/label-match.js'
import {fold} from '../../text/fold.js'
import {PMM_COVER_LABELS} from '../../vocab/pmm.js'
import {isCoverMark, isDocumentKind} from './lines.js'

export interface LineText {
  line: number
  text: string
}

export interface Cover {
  title: string | null
  titleLines: number[]
  kind: string | null
  /** Labelled values: `authorship` → the `AUTORÍA` line and the lines under it. */
  fields: Record<string, {label: LineText; values: LineText[]}>
  text: LineText[]
  marks: LineText[]
}

/**
 * Cover label ids by folded spelling (`foldLabel`): what `matchLabel(text, labels, 0)` finds, an
 * exact match after folding, the first label listed winning, without folding every spelling per line.
 */
const LABELS = new Map<string, string>()
for (const label of PMM_COVER_LABELS) {
  for (const variant of label.variants) if (!LABELS.has(foldLabel(variant))) LABELS.set(foldLabel(variant), label.id)
}
/** Longest line read as a label's value; longer lines are running text. */
const MAX_VALUE = 160

/** Reads lines `start`–`end` (1-based, inclusive) of `lines` as a cover. */
export function readCover(lines: readonly string[], start: number, end: number): Cover {
  const cover: Cover = {title: null, titleLines: [], kind: null, fields: {}, text: [], marks: []}
  let label: string | null = null
  let foldedTitle: string | null = null
  for (let line = start; line <= end; line++) {
    const raw = lines[line - 1] ?? ''
    const text = raw.trim()
    if (!text) continue
    const labelId = text.length <= 30 ? LABELS.get(foldLabel(text)) : undefined
    if (cover.title === null || fold(text) === foldedTitle) {
      cover.title ??= text
      foldedTitle ??= fold(text)
      cover.titleLines.push(line)
      label = null
    } else if (isCoverMark(text)) {
      cover.marks.push({line, text})
      label = null
    } else if (isDocumentKind(text)) {
      cover.kind ??= text
      if (cover.kind !== text) cover.text.push({line, text})
      label = null
    } else if (labelId !== undefined) {
      label = labelId
      cover.fields[label] ??= {label: {line, text}, values: []}
    } else if (label && text.length <= MAX_VALUE) {
      cover.fields[label]!.values.push({line, text})
    } else {
      cover.text.push({line, text})
      label = null
    }
  }
  return cover
}
