/**
 * Places in the original file for text found in a block: the line that holds `needle`, or the
 * block's lines. Block text is joined and Markdown-free, so a needle that spans two lines or
 * emphasis marks falls back to the block.
 */
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import {rangePlace} from '../../read/source.js'
import type {Block} from './blocks.js'

export function placeIn(ctx: ParseContext, block: Block, needle: string): Place {
  const line = needle ? block.lines.find((n) => ctx.line(n).includes(needle)) : undefined
  return line ? ctx.place(line, needle) : blockPlace(ctx, block)
}

export function blockPlace(ctx: ParseContext, block: Block): Place {
  return rangePlace(ctx.doc, block.lines[0]!, block.lines[block.lines.length - 1]!)
}

/** Claims every line of `blocks` (they went into a field or into metadata). */
export function claimBlocks(ctx: ParseContext, blocks: Iterable<Block>): void {
  for (const block of blocks) for (const line of block.lines) ctx.claim(line)
}
