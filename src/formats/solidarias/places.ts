/**
 * Places in the original file for text found in a block: the line that holds `needle`, or the
 * block's lines. Block text is joined and Markdown-free, so a needle that spans two lines or
 * emphasis marks falls back to the block.
 */
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import {rangePlace} from '../../read/source.js'
import type {Block} from './blocks.js'

/**
 * Searches made in each block. Each reads the block's lines, and a block may hold a value on
 * every line (a list of thousands of counts): past `MAX_SEARCHES` a block's values are placed
 * at the whole block, so that the cost stays linear. A real paragraph has a few values.
 */
const searches = new WeakMap<Block, number>()
const MAX_SEARCHES = 256

export function placeIn(ctx: ParseContext, block: Block, needle: string): Place {
  const made = searches.get(block) ?? 0
  if (!needle || made >= MAX_SEARCHES) return blockPlace(ctx, block)
  searches.set(block, made + 1)
  const line = block.lines.find((n) => ctx.line(n).includes(needle))
  return line ? ctx.place(line, needle) : blockPlace(ctx, block)
}

export function blockPlace(ctx: ParseContext, block: Block): Place {
  return rangePlace(ctx.doc, block.lines[0]!, block.lines[block.lines.length - 1]!)
}

/** Claims every line of `blocks` (they went into a field or into metadata), each block once. */
export function claimBlocks(ctx: ParseContext, blocks: Iterable<Block>): void {
  for (const block of new Set(blocks)) for (const line of block.lines) ctx.claim(line)
}
