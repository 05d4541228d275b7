/**
 * The initiative a release is about, by its canonical name:
 *
 *   Cidades Solidárias · Ciudad Solidaria · «Magallanes Región Solidaria»   → Ciudades Solidarias
 *   Sello Migrante · distinción Sello Migrante · Migrant Seal               → Sello Migrante
 *   Ciudades Incluyentes, Comunidades Solidarias                             → as written
 *
 * A release may name several: the one its title names wins, then the one named most often,
 * then the first named.
 */
import {foldSameLength} from '../../constructs/spanish-numbers.js'
import {INITIATIVES, OTHER_NETWORKS} from '../../vocab/networks.js'
import type {Block} from './blocks.js'
import {matchesOf} from './matches.js'

export interface InitiativeMatch {
  /** Canonical name (or the name as written, for another network). */
  name: string
  block: Block
  /** The words that named it, as written in the block. */
  needle: string
  /** How many times the document names it. */
  count: number
}

interface Spelling {
  folded: string
  /** The canonical name, or null: keep the name as written. */
  canonical: string | null
}

const SPELLINGS: readonly Spelling[] = [
  ...INITIATIVES.flatMap(({name, variants}) => variants.map((folded) => ({folded, canonical: name}))),
  ...OTHER_NETWORKS.map((folded) => ({folded, canonical: null})),
].sort((a, b) => b.folded.length - a.folded.length)

const PATTERN = new RegExp(`(?<![a-z])(?:${SPELLINGS.map((s) => s.folded.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&')).join('|')})(?![a-z])`, 'g')

/** Every naming of a network in `text` (offsets into `text`). */
export function namings(text: string, folded = foldSameLength(text)): Array<{name: string; start: number; end: number}> {
  const out: Array<{name: string; start: number; end: number}> = []
  for (const m of matchesOf(PATTERN, folded)) {
    const spelling = SPELLINGS.find((s) => s.folded === m[0])!
    const written = text.slice(m.index, m.index + m[0].length)
    out.push({name: spelling.canonical ?? asWritten(written), start: m.index, end: m.index + m[0].length})
  }
  return out
}

type Naming = ReturnType<typeof namings>[number]

/** Each block's namings, read once: the initiative and the event members both ask for them. */
const read = new WeakMap<Block, {text: string; found: readonly Naming[]}>()

/** The namings of a network in a block's text (the same array for every caller: not to be changed). */
export function blockNamings(block: Block): readonly Naming[] {
  let known = read.get(block)
  if (known?.text !== block.text) read.set(block, (known = {text: block.text, found: namings(block.text, block.folded)}))
  return known.found
}

/** The initiative of a document: `title` first, then the most named, then the first. */
export function findInitiative(blocks: readonly Block[], title: Block | null): InitiativeMatch | null {
  const counts = new Map<string, {count: number; first: {block: Block; needle: string}}>()
  // A block may be listed more than once (a paragraph of count lines, once for each line): it is
  // read once, and its namings count as many times as it is listed.
  const listed = new Map<Block, number>()
  for (const block of blocks) listed.set(block, (listed.get(block) ?? 0) + 1)
  for (const [block, times] of listed) {
    for (const n of blockNamings(block)) {
      const entry = counts.get(n.name)
      if (entry) entry.count += times
      else counts.set(n.name, {count: times, first: {block, needle: block.text.slice(n.start, n.end)}})
    }
  }
  if (counts.size === 0) return null
  const inTitle = title ? blockNamings(title)[0] : undefined
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)
  const [name, entry] = inTitle ? [inTitle.name, counts.get(inTitle.name)!] : ranked[0]!
  const first = inTitle ? {block: title!, needle: title!.text.slice(inTitle.start, inTitle.end)} : entry.first
  return {name, block: first.block, needle: first.needle, count: entry.count}
}

/** A name as written, with the case of its words kept and outer quotes removed. */
function asWritten(text: string): string {
  return text.replace(/^[«"“']+|[»"”']+$/g, '').trim()
}
