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
 *   Search form · Comparte: · Skip to main content  page furniture (menus, search, share buttons)
 *   © ACNUR/Miguel Pachioni                       photo caption or credit
 *   Por: Noel F. Alvarado                         byline
 *
 * The lead is the paragraph that opens with a dateline (`QUITO, Ecuador, 11 de noviembre
 * (ACNUR) – …`) when one of the first paragraphs does; a paragraph between the title and such a
 * lead is the standfirst. Otherwise the lead is the first paragraph. A paragraph that repeats the
 * title (web pages print it twice) is furniture.
 */
import {readDateline} from '../../constructs/dateline.js'
import {figureLine, numberLine, type FoundFigure} from '../../constructs/figures.js'
import {parseSpanishDate, type DateMatch} from '../../constructs/spanish-dates.js'
import {BYLINE_OPENERS, CAPTION_MARKS, CONTACT_OPENERS, DATE_LINE_LABELS, FURNITURE_LINES, MAX_CAPTION_WORDS} from '../../vocab/news-furniture.js'
import type {Language} from '../../vocab/number-words.js'
import {MEMBER_NOUNS} from '../../vocab/place-words.js'
import {WEEKDAYS} from '../../vocab/relative-dates.js'
import {fold} from '../../text/fold.js'
import {pieceCount} from '../../text/word-count.js'
import type {Block} from './blocks.js'
import {readCommitments, isCommitmentHeading} from './commitments.js'
import {DOCUMENT_KINDS, PAGE_ACTIONS, PUBLISHER_WORDS} from './labels.js'

export interface Layout {
  header: Block[]
  dateLines: Array<{block: Block; date: DateMatch}>
  title: Block | null
  /** The paragraph between the title and a dateline lead (the deck of a web page). */
  standfirst: Block | null
  headings: Block[]
  lead: Block | null
  body: Block[]
  highlights: Block[]
  figureLines: Array<{blocks: Block[]; figure: FoundFigure; line: number}>
  /** Each commitments heading with the items under it (a report may have several). */
  commitmentSections: Array<{heading: Block; items: Block[]}>
  commitments: Block[]
  memberItems: Block[]
  /** The paragraphs that announce member items (`Las Ciudades Solidarias de Ecuador son:`). */
  memberIntros: Block[]
  pageActions: Block[]
  /** Menus, search boxes, share buttons, a repeated title. */
  furniture: Block[]
  captions: Block[]
  bylines: Block[]
  /** `Para más información, escriba a prensa@…`. */
  contacts: Block[]
}

/** Most words of a title line (a line before the lead, with no final period). */
const MAX_TITLE_WORDS = 25
/** Most words of the label line under a lone number (`4.000` / `personas atendidas`). */
const MAX_LABEL_LINE_WORDS = 8
const WEEKDAY_OPENING = new RegExp(`^(?:${WEEKDAYS.join('|')})\\s*,?\\s+`)
/** A time after the date of a date line: `a las 10:30`, `- 10:30 hrs`, `às 14h30`. */
const TIME_AFTER = /\s*(?:[-–,|]\s*|\s(?:a las|às|as|at)\s+)\d{1,2}[:h.]\d{2}\s*(?:hrs?\.?|h|am|pm)?\s*$/i
/** How many paragraphs after the title may still open with the dateline. */
const DATELINE_REACH = 3

export function readLayout(blocks: Block[], end: number, skip: ReadonlySet<Block> = new Set(), language: Language = 'es'): Layout {
  const layout: Layout = {header: [], dateLines: [], title: null, standfirst: null, headings: [], lead: null, body: [], highlights: [],
    figureLines: [], commitmentSections: [], commitments: [], memberItems: [], memberIntros: [], pageActions: [], furniture: [], captions: [], bylines: [], contacts: []}
  const datelineLead = findDatelineLead(blocks, end, skip, language)
  let i = 0
  for (; i < end && isHeaderLine(blocks[i]!); i++) layout.header.push(blocks[i]!)
  for (; i < end; i++) {
    const block = blocks[i]!
    if (skip.has(block)) continue
    const date = block.kind !== 'item' ? parseSpanishDate(withoutDateLabel(block), language) : null
    const next = blocks[i + 1]
    // Count lines are read only for a block that reaches their turn below (reading them is the
    // dearest check here); `figures` and `number` are set as the conditions are tested.
    let figures: Layout['figureLines'] | null = null
    let number: ReturnType<typeof numberLine> = null
    if (date) layout.dateLines.push({block, date})
    else if (isPageAction(block)) layout.pageActions.push(block)
    else if (isFurniture(block) || (layout.title !== null && block.kind !== 'item' && block.folded === layout.title.folded)) layout.furniture.push(block)
    else if (isCaption(block)) layout.captions.push(block)
    else if (isByline(block)) layout.bylines.push(block)
    else if (isContact(block)) layout.contacts.push(block)
    else if (block === datelineLead) layout.lead = block
    else if (isCommitmentHeading(block)) {
      const read = readCommitments(blocks, i + 1, end, skip)
      layout.commitmentSections.push({heading: block, items: read.items})
      for (const item of read.items) layout.commitments.push(item)
      i = read.next - 1
    } else if (block.kind === 'paragraph' && (figures = countLines(block, language))) for (const figure of figures) layout.figureLines.push(figure)
    else if (next && i + 1 < end && next.kind === 'paragraph' && next.lines.length === 1 && isLabelText(next.text) &&
      block.kind === 'paragraph' && block.lines.length === 1 && (number = numberLine(block.text, language))) {
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
      if (members && intro?.kind === 'paragraph' && !layout.memberIntros.includes(intro)) layout.memberIntros.push(intro)
    } else if (!layout.lead && !layout.title && isTitleLike(block)) layout.title = block
    else if (datelineLead && !layout.lead && !layout.standfirst && layout.title) layout.standfirst = block
    else if (!layout.lead && !datelineLead) layout.lead = block
    else layout.body.push(block)
  }
  return layout
}

/** The paragraph, among the first few, that opens with a dateline. */
function findDatelineLead(blocks: Block[], end: number, skip: ReadonlySet<Block>, language: Language): Block | null {
  let seen = 0
  for (let i = 0; i < end && seen <= DATELINE_REACH; i++) {
    const block = blocks[i]!
    if (skip.has(block) || block.kind !== 'paragraph' || isFurniture(block) || isCaption(block)) continue
    if (readDateline(block.text, language)) return block
    if (pieceCount(block.text, 6) > 6) seen++
  }
  return null
}

/** `Search form`, `Comparte:`, `Skip to main content`. */
function isFurniture(block: Block): boolean {
  return block.kind !== 'item' && block.lineTexts.every((line) => {
    const text = fold(line).replace(/[:.]$/, '').trim()
    return text.length <= 60 && FURNITURE_LINES.includes(text)
  })
}

/** `Representantes … en su visita al CRAI. © ACNUR/ Miguel Pachioni`. */
function isCaption(block: Block): boolean {
  if (block.kind === 'heading' || pieceCount(block.text, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) return false
  return CAPTION_MARKS.some((mark) => block.folded.includes(mark))
}

/**
 * The date of a date line without its label, weekday and time: `Publicado: 29/04/2024` ·
 * `Sábado, Febrero 7, 2026` · `14/12/2024 a las 10:30` → the date; other text as it is.
 */
function withoutDateLabel(block: Block): string {
  const label = DATE_LINE_LABELS.find((l) => block.folded.startsWith(l) && /^\s*:?\s/.test(block.folded.slice(l.length)))
  let from = label ? label.length + (/^\s*:?\s*/.exec(block.folded.slice(label.length))?.[0].length ?? 0) : 0
  const weekday = WEEKDAY_OPENING.exec(block.folded.slice(from))
  if (weekday) from += weekday[0].length
  return block.text.slice(from).replace(TIME_AFTER, '')
}

/** `Para más información, escriba a ciudadessolidarias@example.org.` */
function isContact(block: Block): boolean {
  return block.kind === 'paragraph' && pieceCount(block.text, 25) <= 25 && CONTACT_OPENERS.some((o) => block.folded.startsWith(o)) &&
    /[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s()-]{7,}\d/.test(block.text)
}

/** `Por: Noel F. Alvarado`. */
function isByline(block: Block): boolean {
  if (block.kind !== 'paragraph' || pieceCount(block.text, 8) > 8) return false
  return BYLINE_OPENERS.some((w) => block.folded.startsWith(`${w}:`) || block.folded.startsWith(`${w} `)) && /^[^:]*:?\s*\p{Lu}/u.test(block.text.replace(/^\S+\s*/, '')) && !/[.!?]$/.test(block.text)
}

/**
 * A paragraph whose every line is a count line (`6 Convenios …` / `1 Convenio …`), or a count
 * over two lines (`Más de 4.000` / `personas atendidas`).
 */
function countLines(block: Block, language: Language): Layout['figureLines'] | null {
  if (block.lines.length > 1 && block.text !== block.raw) return null
  const texts = block.lines.length === 1 ? [block.text] : block.lineTexts
  const number = texts.length === 2 ? numberLine(texts[0]!, language) : null
  if (number && isLabelText(texts[1]!)) {
    return [{blocks: [block], figure: labelled(number, texts[1]!), line: block.lines[0]!}]
  }
  const found: Layout['figureLines'] = []
  for (const [k, text] of texts.entries()) {
    const figure = figureLine(text, language)
    if (!figure) return null
    found.push({blocks: [block], figure, line: block.lines[k]!})
  }
  return found
}

function isHeaderLine(block: Block): boolean {
  const text = block.folded
  if (text.length > 120) return false
  if (block.kind === 'item') return /^[-*+•]$/.test(block.marker ?? '') && pieceCount(text, 10) <= 10 && !/[.!?]$/.test(text)
  return block.kind === 'paragraph' && DOCUMENT_KINDS.includes(text.replace(/[:.]$/, ''))
}

function isPageAction(block: Block): boolean {
  if (block.folded.length > 80) return false
  const text = block.folded
  return pieceCount(text, 8) <= 8 && PAGE_ACTIONS.some((a) => text === a || text.startsWith(`${a} `) || text.startsWith(`${a}(`))
}

/** `personas atendidas`: a short line of words under a lone number. */
function isLabelText(text: string): boolean {
  return /^\p{L}/u.test(text) && pieceCount(text, MAX_LABEL_LINE_WORDS) <= MAX_LABEL_LINE_WORDS && !/[!?:]$/.test(text)
}

function labelled(number: {value: number; qualifier: string | null}, text: string): FoundFigure {
  const label = text.trim().replace(/[.;]$/, '')
  return {value: number.value, label: number.qualifier ? `${label} (${number.qualifier})` : label, qualifier: number.qualifier, start: 0, end: label.length, labelStart: 0}
}

function isTitleLike(block: Block): boolean {
  return block.lines.length === 1 && pieceCount(block.text, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS && !/[.!?:;,]$/.test(block.text) && /^[\p{Lu}\d"“¿¡«]/u.test(block.text)
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
