/**
 * The footer of a web page exported to text: its tag list, its address, and its list of links.
 *
 *   - Ciudades Solidarias          ← tags: the `- item` run right before `Source URL:`
 *   - migración
 *   Source URL:
 *   <http://209.126.109.93/comunicado/autoridades-del-minex-…>   ← sourceUrl
 *   List of links present in page
 *   - <http://209.126.109.93/comunicado>                          ← metadata `links`
 *
 * A labelled tag list (`Etiquetas: migración, refugiados`, or `Etiquetas:` and items) counts
 * wherever it is. A release without tags has none: nothing is guessed from the body.
 */
import {fold} from '../../text/fold.js'
import {pieceCount} from '../../text/word-count.js'
import type {Block, TextLink} from './blocks.js'
import {LINKS_HEADINGS, MAX_TAG_WORDS, SOURCE_URL_LABELS, TAG_LABELS} from './labels.js'

export interface Footer {
  /** Index of the first block that belongs to the footer (tags included); blocks.length if none. */
  start: number
  tags: Array<{text: string; block: Block}>
  tagLabel: Block | null
  source: {url: string; label: Block; block: Block} | null
  linksHeading: Block | null
  links: Array<{link: TextLink; block: Block}>
  /** Every block the footer placed. */
  placed: Set<Block>
}

export function readFooter(blocks: Block[]): Footer {
  const footer: Footer = {start: blocks.length, tags: [], tagLabel: null, source: null, linksHeading: null, links: [], placed: new Set()}
  const place = (...list: Block[]) => list.forEach((b) => footer.placed.add(b))
  blocks.forEach((block, index) => {
    const label = labelled(block, SOURCE_URL_LABELS)
    if (label === null || footer.source) return
    const inline = urlOf(label), next = blocks[index + 1]
    const url = inline ?? (label === '' && next ? urlOf(next.text, next) : null)
    if (!url) return
    footer.source = {url, label: block, block: inline ? block : next!}
    place(block, footer.source.block)
    footer.start = Math.min(footer.start, index)
  })
  const linksAt = blocks.findIndex((b) => b.kind !== 'item' && LINKS_HEADINGS.includes(b.folded.replace(/[:.]$/, '')))
  if (linksAt >= 0) {
    footer.linksHeading = blocks[linksAt]!
    place(footer.linksHeading)
    footer.start = Math.min(footer.start, linksAt)
    for (const block of blocks.slice(linksAt + 1)) {
      const url = urlOf(block.text, block)
      if (!url) break
      footer.links.push({link: {text: block.links[0]?.text ?? url, url}, block})
      place(block)
    }
  }
  readTags(blocks, footer)
  for (const {block} of footer.tags) place(block)
  if (footer.tagLabel) place(footer.tagLabel)
  return footer
}

function readTags(blocks: Block[], footer: Footer): void {
  const labelAt = blocks.findIndex((b) => b.kind !== 'item' && labelled(b, TAG_LABELS) !== null)
  if (labelAt >= 0) {
    const label = blocks[labelAt]!
    footer.tagLabel = label
    const inline = labelled(label, TAG_LABELS)!
    if (inline) footer.tags = inline.split(/\s*[,;]\s*/).filter(Boolean).map((text) => ({text: text.replace(/\.$/, ''), block: label}))
    else for (const block of blocks.slice(labelAt + 1)) {
      if (!isTag(block)) break
      footer.tags.push({text: block.text, block})
    }
    return
  }
  if (footer.start === blocks.length) return
  let first = footer.start
  while (first > 0 && isTag(blocks[first - 1]!)) first--
  footer.tags = blocks.slice(first, footer.start).map((block) => ({text: block.text, block}))
  footer.start = first
}

/** `- migración`: a short list item that is not a sentence nor an address. */
function isTag(block: Block): boolean {
  return block.kind === 'item' && /^[-*•+]$/.test(block.marker ?? '') && pieceCount(block.text, MAX_TAG_WORDS) <= MAX_TAG_WORDS &&
    !/[.!?]$/.test(block.text) && urlOf(block.text, block) === null
}

/** What follows `Label:` on a block that starts with one of `labels` ('' if nothing), or null. */
function labelled(block: Block, labels: readonly string[]): string | null {
  const match = /^([^:]{2,40}):\s*(.*)$/.exec(block.text)
  return match && labels.includes(fold(match[1]!)) ? match[2]!.trim() : null
}

/** The address a block or a text is: `<http://…>`, `http://…`, `[text](http://…)`. */
function urlOf(text: string, block?: Block): string | null {
  const link = block?.links.length === 1 ? block.links[0]! : null
  if (link && /^https?:\/\//.test(link.url) && (block!.text.trim() === link.text.trim())) return link.url
  const bare = /^<?(https?:\/\/[^\s<>]+)>?$/.exec(text.trim())
  return bare ? bare[1]! : null
}
