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
 * A list of other content ends at the next label of this practice; one printed before any label
 * (a sidebar above the content) ends at its first blank line, as its labels are the same as the
 * practice's.
 */
import type {SourceLine} from '../../constructs/labelled-sections.js'
import {TEASER_LABELS} from '../../vocab/catalog-labels.js'
import {furnitureKind, type FurnitureKind} from './furniture.js'
import {readCatalogLabel, type CatalogLabel} from './label-line.js'
import {isMetadataLabel} from './labels.js'

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
}

const BLANK = /^\s*$/

export function segment(lines: readonly string[]): Segments {
  const preamble: SourceLine[] = []
  const entries: Entry[] = []
  const furniture: FurnitureLine[] = []
  let current = preamble
  let related = false
  let relatedToBlank = false
  lines.forEach((text, index) => {
    const source: SourceLine = {line: index + 1, text}
    if (BLANK.test(text)) {
      if (relatedToBlank) related = relatedToBlank = false
      current.push(source)
      return
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
  return {preamble, entries, furniture}
}
