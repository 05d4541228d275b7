/**
 * Commitments: the items under a `Principales compromisos…` heading, as bullets or paragraphs.
 *
 *   Principales compromisos de las Ciudades Solidarias:     ← heading
 *   Incorporar las necesidades de la población refugiada …  ← item (paragraph)
 *   Promover la integración socioeconómica …                ← item
 *   A la fecha, la iniciativa ha reforzado …                ← not an item: ends the list
 *
 * Bullets (`■`, `-`, `•`, `1.`) run until the first block that is not a bullet. Paragraphs run
 * until a heading, a count line, a date, or a paragraph that opens with a discourse marker
 * (`A la fecha`, `Asimismo`) or a short phrase and a comma (`En Guatemala, …`); when the first item opens with an infinitive (`Incorporar`,
 * `Promover`), so must every item.
 */
import {figureLine} from '../../constructs/figures.js'
import {parseSpanishDate} from '../../constructs/spanish-dates.js'
import {fold} from '../../text/fold.js'
import {pieceCount} from '../../text/word-count.js'
import type {Block} from './blocks.js'
import {COMMITMENT_HEADINGS, DISCOURSE_MARKERS, NARRATIVE_OPENERS} from './labels.js'

/** Most words and characters of a heading line. */
const MAX_HEADING_WORDS = 12
const MAX_HEADING_CHARS = 120
const INFINITIVE = /^\p{L}{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$/u
const MARKER = new RegExp(`^(?:${DISCOURSE_MARKERS.join('|')})(?![a-z])`)
const NARRATIVE = new RegExp(`^(?:${NARRATIVE_OPENERS.join('|')}) [^,.;:]{1,40},`)

export function isCommitmentHeading(block: Block): boolean {
  if (block.kind === 'item' || block.folded.length > MAX_HEADING_CHARS) return false
  const text = block.folded.replace(/[:.]$/, '')
  const words = pieceCount(text, MAX_HEADING_WORDS)
  const headingLike = block.kind === 'heading' || block.text.endsWith(':') || !/[.!?]$/.test(block.text)
  return words <= MAX_HEADING_WORDS && headingLike &&
    COMMITMENT_HEADINGS.some((h) => text === h || text.startsWith(`${h} `))
}

/** Items from `blocks[from]` on, up to `end` or a block in `skip` (the footer's). */
export function readCommitments(blocks: Block[], from: number, end: number, skip: ReadonlySet<Block> = new Set()): {items: Block[]; next: number} {
  const items: Block[] = []
  let i = from
  const first = blocks[i]
  if (!first || i >= end || skip.has(first)) return {items, next: i}
  if (first.kind === 'item') {
    for (; i < end && blocks[i]!.kind === 'item' && !skip.has(blocks[i]!); i++) items.push(blocks[i]!)
    return {items, next: i}
  }
  const infinitive = startsWithInfinitive(first)
  for (; i < end; i++) {
    const block = blocks[i]!
    if (block.kind !== 'paragraph' || skip.has(block) || closes(block) || (infinitive && !startsWithInfinitive(block))) break
    items.push(block)
  }
  return {items, next: i}
}

/** `Incorporar las necesidades …` → true. */
export function startsWithInfinitive(block: Block): boolean {
  const word = /^\p{L}+/u.exec(block.text)?.[0] ?? ''
  return /^\p{Lu}/u.test(word) && INFINITIVE.test(fold(word))
}

function closes(block: Block): boolean {
  const text = block.folded
  if (MARKER.test(text) || NARRATIVE.test(text)) return true
  if (block.text.endsWith(':') && pieceCount(text, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS) return true
  return isCommitmentHeading(block) || parseSpanishDate(block.text) !== null || figureLine(block.text) !== null
}
