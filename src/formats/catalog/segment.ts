/**
 * One pass over a page: each line is site furniture, a label (starting an entry), or part of the
 * value of the entry before it (the preamble before the first label).
 *
 *   Skip to main content            ← furniture
 *   Repositorio de Prácticas        ← furniture
 *   Casa del Migrante en Lima       ← preamble (the title, see title.ts)
 *   Objetivos del PMM               ← entry: pmmObjectives
 *   16                              ←   value
 *   Tipo de práctica                ← entry: practiceType
 *   Programa/proyecto               ←   value
 *   Contenido más reciente          ← furniture that opens a list of other content:
 *   Otra práctica …                 ←   furniture, up to the next label of this practice
 *
 * A label that holds one short value (`Updated on:`, `Created:`, `Full name:`) takes its inline
 * value or the next line; the lines after it belong to no label: before the practice's first
 * other label they are part of the preamble (`Updated on: / 12 Jul 2022 / Title / Summary`),
 * after it they are loose text.
 *
 * A list of other content ends at the next label of this practice; one printed before any label
 * (a sidebar above the content) ends at its first blank line, as its labels are the same as the
 * practice's.
 */
import type {SourceLine} from '../../constructs/labelled-sections.js'
import {TEASER_LABELS} from '../../vocab/catalog-labels.js'
import {furnitureKind, type FurnitureKind} from './furniture.js'
import {readCatalogLabel, type CatalogLabel} from './label-line.js'
import {isMetadataLabel, ONE_VALUE} from './labels.js'

export interface Entry {
  label: CatalogLabel
  /** The inline value, then every line up to the next label (blank lines kept as paragraph breaks). */
  lines: SourceLine[]
}

export interface FurnitureLine {
  line: number
  text: string
  kind: FurnitureKind
}

export interface Segments {
  /** Lines before the first label that are not furniture (blank lines kept). */
  preamble: SourceLine[]
  entries: Entry[]
  furniture: FurnitureLine[]
  /** Lines after a one-value label's value, once the practice's other labels have begun. */
  loose: SourceLine[]
}

const BLANK = /^\s*$/

export function segment(lines: readonly string[]): Segments {
  const preamble: SourceLine[] = []
  const entries: Entry[] = []
  const furniture: FurnitureLine[] = []
  const loose: SourceLine[] = []
  let current = preamble
  /** The entry being filled holds one value, and has it. */
  let single: Entry | null = null
  let begun = false
  let related = false
  let relatedToBlank = false
  lines.forEach((text, index) => {
    const source: SourceLine = {line: index + 1, text}
    if (BLANK.test(text)) {
      if (relatedToBlank) related = relatedToBlank = false
      current.push(source)
      return
    }
    if (single && single.lines.some((s) => !BLANK.test(s.text))) {
      current = begun ? loose : preamble
      single = null
    }
    let label = readCatalogLabel(source)
    const kind = furnitureKind(text)
    // `Email` under share buttons is a button, not a contact label with nothing after it.
    if (label && kind && !label.inline && isMetadataLabel(label.id)) label = null
    if (related && (!label || TEASER_LABELS.includes(label.id) || isMetadataLabel(label.id))) {
      furniture.push({line: source.line, text: text.trim(), kind: 'related'})
      return
    }
    related = false
    if (label) {
      const entry: Entry = {label, lines: label.inline ? [label.inline] : []}
      entries.push(entry)
      current = entry.lines
      single = ONE_VALUE.has(label.id) ? entry : null
      begun ||= single === null
      return
    }
    if (kind) {
      furniture.push({line: source.line, text: text.trim(), kind})
      if (kind === 'related') {
        related = true
        relatedToBlank = entries.length === 0
      }
      return
    }
    current.push(source)
  })
  return {preamble, entries, furniture, loose}
}
