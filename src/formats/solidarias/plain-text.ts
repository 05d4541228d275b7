/**
 * Markdown inside a block → plain text, with remark (loaded on first use, and only for blocks
 * that hold Markdown syntax), plus the block's links.
 *
 *   A la fecha, **la iniciativa ha reforzado los vínculos** con [ACNUR](https://acnur.org)
 *   → `A la fecha, la iniciativa ha reforzado los vínculos con ACNUR`, links [{ACNUR, https://acnur.org}]
 *
 * Only inline Markdown is read: the block's own structure (bullets, headings) is already known,
 * so the text is parsed behind a one-letter sentinel that keeps `2024. El …` from becoming a list,
 * and only from the first to the last syntax character (remark reads ~3 MB/s).
 */
import {foldSameLength} from '../../constructs/spanish-numbers.js'
import type {Block, TextLink} from './blocks.js'

interface MdNode {
  type: string
  value?: string
  url?: string
  children?: MdNode[]
}

const MARKDOWN_SYNTAX = /[*_`[\]<\\~]/
/** Where syntax may end: also the `)` of a link and the `>` of an autolink. */
const SYNTAX_END = /[*_`[\]<>\\~)]/
const SENTINEL = 'x '

type Parse = (text: string) => MdNode
let parser: Promise<Parse> | undefined

async function loadParser(): Promise<Parse> {
  const [{unified}, {default: remarkParse}] = await Promise.all([import('unified'), import('remark-parse')])
  const processor = unified().use(remarkParse)
  return (text) => processor.parse(text) as MdNode
}

/** Fills `text` (single spaces), `folded` (same length) and `links` of every block. */
export async function toPlainText(blocks: Block[]): Promise<void> {
  for (const block of blocks) {
    await fill(block)
    block.folded = foldSameLength(block.text)
  }
}

async function fill(block: Block): Promise<void> {
  if (!MARKDOWN_SYNTAX.test(block.raw)) {
    block.text = block.raw.replace(/\s+/g, ' ').trim()
    return
  }
  // remark reads only the stretch that holds syntax, with the letter or mark on each side that
  // decides whether `**` opens or closes; white space outside it reads as the start or end.
  const raw = block.raw
  let from = raw.search(MARKDOWN_SYNTAX), to = from + 1
  for (let i = raw.length - 1; i > from; i--) if (SYNTAX_END.test(raw[i]!)) { to = i + 1; break }
  if (from > 0 && /\S/.test(raw[from - 1]!)) from--
  if (to < raw.length && /\S/.test(raw[to]!)) to++
  const parse = await (parser ??= loadParser())
  const links: TextLink[] = []
  const inner = flatten(parse(SENTINEL + raw.slice(from, to)), links)
  const middle = inner.startsWith(SENTINEL) ? inner.slice(SENTINEL.length) : inner
  block.text = (raw.slice(0, from) + middle + raw.slice(to)).replace(/\s+/g, ' ').trim()
  block.links = links
}

function flatten(node: MdNode, links: TextLink[]): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  if (node.type === 'html') return ''
  if (node.type === 'break') return ' '
  const inner = (node.children ?? []).map((child) => flatten(child, links)).join(node.type === 'root' ? ' ' : '')
  if (node.type === 'link' && node.url) links.push({text: inner.trim() || node.url, url: node.url})
  return inner
}
