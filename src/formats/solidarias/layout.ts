/**
 * Sorts the blocks before the footer into the parts of a report or press release:
 *
 *   - Comunicado                                 header (leading short items)
 *   25 Septiembre, 2024                          date line
 *   Guatemala, 25 de septiembre de 2024. El …    lead (first paragraph); later ones are body
 *   6 Convenios con Ciudades Solidarias          count line (`4.000` + `personas atendidas` on two lines too)
 *   ■ La iniciativa de …                         highlight (an item outside the commitments)
 *   Principales compromisos de …:                commitments heading, then its items
 *   Ciudades miembro:  + `- Quito (Pichincha)`   member items (items after a member-noun colon)
 *   DESCARGAR ARCHIVOS (XLS y/o CSV)             page action
 */
import {figureLine, numberLine, type FoundFigure} from '../../constructs/figures.js'
import {parseSpanishDate, type DateMatch} from '../../constructs/spanish-dates.js'
import {MEMBER_NOUNS} from '../../vocab/place-words.js'
import type {Block} from './blocks.js'
import {readCommitments, isCommitmentHeading} from './commitments.js'
import {DOCUMENT_KINDS, PAGE_ACTIONS, PUBLISHER_WORDS} from './labels.js'

export interface Layout {
  header: Block[]
  dateLines: Array<{block: Block; date: DateMatch}>
  title: Block | null
  headings: Block[]
  lead: Block | null
  body: Block[]
  highlights: Block[]
  figureLines: Array<{blocks: Block[]; figure: FoundFigure; line: number}>
  /** Each commitments heading with the items under it (a report may have several). */
  commitmentSections: Array<{heading: Block; items: Block[]}>
  commitments: Block[]
  memberItems: Block[]
  pageActions: Block[]
}

/** Most words of a title line (a line before the lead, with no final period). */
const MAX_TITLE_WORDS = 25
/** Most words of the label line under a lone number (`4.000` / `personas atendidas`). */
const MAX_LABEL_LINE_WORDS = 8

export function readLayout(blocks: Block[], end: number, skip: ReadonlySet<Block> = new Set()): Layout {
  const layout: Layout = {header: [], dateLines: [], title: null, headings: [], lead: null, body: [], highlights: [],
    figureLines: [], commitmentSections: [], commitments: [], memberItems: [], pageActions: []}
  let i = 0
  for (; i < end && isHeaderLine(blocks[i]!); i++) layout.header.push(blocks[i]!)
  for (; i < end; i++) {
    const block = blocks[i]!
    if (skip.has(block)) continue
    const date = block.kind !== 'item' ? parseSpanishDate(block.text) : null
    const figures = block.kind === 'paragraph' ? countLines(block) : null
    const next = blocks[i + 1]
    const number = block.kind === 'paragraph' && block.lines.length === 1 ? numberLine(block.text) : null
    if (date) layout.dateLines.push({block, date})
    else if (isPageAction(block)) layout.pageActions.push(block)
    else if (isCommitmentHeading(block)) {
      const read = readCommitments(blocks, i + 1, end, skip)
      layout.commitmentSections.push({heading: block, items: read.items})
      for (const item of read.items) layout.commitments.push(item)
      i = read.next - 1
    } else if (figures) for (const figure of figures) layout.figureLines.push(figure)
    else if (number && next && i + 1 < end && next.kind === 'paragraph' && next.lines.length === 1 && isLabelText(next.text)) {
      layout.figureLines.push({blocks: [block, next], figure: labelled(number, next.text), line: block.lines[0]!})
      i++
    } else if (block.kind === 'heading') {
      if (!layout.title && !layout.lead) layout.title = block
      else layout.headings.push(block)
    } else if (block.kind === 'item') {
      const intro = blocks[i - 1]
      const members = (intro !== undefined && layout.memberItems[layout.memberItems.length - 1] === intro && intro.marker === block.marker) ||
        (intro?.kind === 'paragraph' && isMemberIntro(intro))
      ;(members ? layout.memberItems : layout.highlights).push(block)
    } else if (!layout.lead && !layout.title && isTitleLike(block)) layout.title = block
    else if (!layout.lead) layout.lead = block
    else layout.body.push(block)
  }
  return layout
}

/**
 * A paragraph whose every line is a count line (`6 Convenios …` / `1 Convenio …`), or a count
 * over two lines (`Más de 4.000` / `personas atendidas`).
 */
function countLines(block: Block): Layout['figureLines'] | null {
  if (block.lines.length > 1 && block.text !== block.raw) return null
  const texts = block.lines.length === 1 ? [block.text] : block.lineTexts
  const number = texts.length === 2 ? numberLine(texts[0]!) : null
  if (number && isLabelText(texts[1]!)) {
    return [{blocks: [block], figure: labelled(number, texts[1]!), line: block.lines[0]!}]
  }
  const found: Layout['figureLines'] = []
  for (const [k, text] of texts.entries()) {
    const figure = figureLine(text)
    if (!figure) return null
    found.push({blocks: [block], figure, line: block.lines[k]!})
  }
  return found
}

function isHeaderLine(block: Block): boolean {
  const text = block.folded
  if (text.length > 120) return false
  const words = text.split(/\s+/).length
  if (block.kind === 'item') return /^[-*+•]$/.test(block.marker ?? '') && words <= 10 && !/[.!?]$/.test(text)
  return block.kind === 'paragraph' && DOCUMENT_KINDS.includes(text.replace(/[:.]$/, ''))
}

function isPageAction(block: Block): boolean {
  if (block.folded.length > 80) return false
  const text = block.folded
  return text.split(/\s+/).length <= 8 && PAGE_ACTIONS.some((a) => text === a || text.startsWith(`${a} `) || text.startsWith(`${a}(`))
}

/** `personas atendidas`: a short line of words under a lone number. */
function isLabelText(text: string): boolean {
  return /^\p{L}/u.test(text) && text.split(/\s+/).length <= MAX_LABEL_LINE_WORDS && !/[!?:]$/.test(text)
}

function labelled(number: {value: number; qualifier: string | null}, text: string): FoundFigure {
  const label = text.trim().replace(/[.;]$/, '')
  return {value: number.value, label: number.qualifier ? `${label} (${number.qualifier})` : label, qualifier: number.qualifier, start: 0, end: label.length, labelStart: 0}
}

function isTitleLike(block: Block): boolean {
  return block.lines.length === 1 && block.text.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.!?:;,]$/.test(block.text) && /^[\p{Lu}\d"“¿¡«]/u.test(block.text)
}

const MEMBER_NOUN = new RegExp(`(?<![a-z])(?:${MEMBER_NOUNS.join('|')})(?![a-z])`)
const PUBLISHER_WORD = new RegExp(`(?<![a-z])(?:${PUBLISHER_WORDS.join('|')})(?![a-z])`)

/** `Las Ciudades Solidarias de Ecuador son:` before a list of places. */
function isMemberIntro(block: Block): boolean {
  return block.folded.endsWith(':') && MEMBER_NOUN.test(block.folded)
}

/** A header item naming the publisher (`Ministerio de Relaciones Exteriores -MINEX-`). */
export function isPublisher(block: Block): boolean {
  return PUBLISHER_WORD.test(block.folded)
}

/** A header item naming the kind of document (`Comunicado`). */
export function documentKind(block: Block): string | null {
  return DOCUMENT_KINDS.includes(block.folded.replace(/[:.]$/, '')) ? block.text.replace(/[:.]$/, '') : null
}
