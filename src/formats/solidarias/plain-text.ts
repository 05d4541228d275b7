/**
 * Markdown inside a block → plain text, with remark (loaded on first use, and only for blocks
 * that hold Markdown syntax), plus the block's links.
 *
 *   A la fecha, **la iniciativa ha reforzado los vínculos** con [ACNUR](https://acnur.org)
 *   → `A la fecha, la iniciativa ha reforzado los vínculos con ACNUR`, links [{ACNUR, https://acnur.org}]
 *
 * Only inline Markdown is read: the block's own structure (bullets, headings) is already known,
 * so the text is parsed behind a one-letter sentinel that keeps `2024. El …` from becoming a list,
 * and only from the first to the last syntax character (remark reads ~3 MB/s). The common
 * shapes, `**strong**` and `<https://…>`, are read without remark (simple-inline.ts).
 *
 * The other stretches of a document go to remark together, one paragraph each, separated by a blank
 * line: each remark call pays a fixed cost (extensions combined, compilers built) far above the
 * cost of a short stretch. A stretch cannot reach into the next one: each starts with the
 * sentinel, so it is a paragraph, a blank line ends it, and with no definitions in the batch
 * (a definition would have to open a paragraph) references read as in a lone parse.
 *
 * A stretch too long, too dense or too deeply nested for remark's cost to stay linear, or past
 * the document's budget (constructs/markdown-budget.ts), keeps its text as written, and
 * `markdown/not-read` says so.
 */
import {MarkdownBudget, refusalFinding} from '../../constructs/markdown-budget.js'
import {foldSameLength} from '../../constructs/spanish-numbers.js'
import type {ParseContext} from '../context.js'
import type {Block, TextLink} from './blocks.js'
import {blockPlace} from './places.js'
import {readSimpleInline} from './simple-inline.js'
import {squashSpaces} from '../../text/trim.js'

interface MdNode {
  type: string
  value?: string
  url?: string
  children?: MdNode[]
  position?: {start: {line: number}; end: {line: number}}
}

const MARKDOWN_SYNTAX = /[*_`[\]<\\~]/
/** Where syntax may end: also the `)` of a link and the `>` of an autolink. */
const SYNTAX_END = /[*_`[\]<>\\~)]/
const NOT_SPACE = /\S/
const SENTINEL = 'x '
/** Most characters given to remark in one call: it holds ~50x its input in memory. */
const MAX_BATCH_CHARS = 256 * 1024

type Parse = (text: string) => MdNode
let parser: Promise<Parse> | undefined

async function loadParser(): Promise<Parse> {
  const [{unified}, {default: remarkParse}] = await Promise.all([import('unified'), import('remark-parse')])
  const processor = unified().use(remarkParse)
  return (text) => processor.parse(text) as MdNode
}

/** The part of a block's raw text that goes to remark: `raw.slice(from, to)`. */
interface Stretch {
  block: Block
  from: number
  to: number
}

/** Fills `text` (single spaces), `folded` (same length) and `links` of every block. */
export async function toPlainText(ctx: ParseContext, blocks: Block[]): Promise<void> {
  const budget = new MarkdownBudget(ctx.doc.lines.reduce((n, line) => n + line.length + 1, 0))
  let batch: Stretch[] = [], chars = 0
  for (const block of blocks) {
    if (!MARKDOWN_SYNTAX.test(block.raw)) {
      block.text = squashSpaces(block.raw)
      block.folded = foldSameLength(block.text)
      continue
    }
    const stretch = stretchOf(block)
    const simple = readSimpleInline(block.raw.slice(stretch.from, stretch.to))
    if (simple) {
      setText(stretch, simple.text, simple.links)
      continue
    }
    const refusal = budget.admit(block.raw.slice(stretch.from, stretch.to))
    if (refusal) {
      ctx.messages.found(refusalFinding(refusal, null), blockPlace(ctx, block))
      setText(stretch, block.raw.slice(stretch.from, stretch.to), [])
      continue
    }
    batch.push(stretch)
    chars += stretch.to - stretch.from + SENTINEL.length + 2
    if (chars >= MAX_BATCH_CHARS) {
      await fillAll(batch)
      batch = []
      chars = 0
    }
  }
  if (batch.length > 0) await fillAll(batch)
}

/**
 * remark reads only the stretch that holds syntax, with the letter or mark on each side that
 * decides whether `**` opens or closes; white space outside it reads as the start or end.
 */
function stretchOf(block: Block): Stretch {
  const raw = block.raw
  let from = raw.search(MARKDOWN_SYNTAX), to = from + 1
  for (let i = raw.length - 1; i > from; i--) if (SYNTAX_END.test(raw[i]!)) { to = i + 1; break }
  if (from > 0 && NOT_SPACE.test(raw[from - 1]!)) from--
  if (to < raw.length && NOT_SPACE.test(raw[to]!)) to++
  return {block, from, to}
}

async function fillAll(stretches: Stretch[]): Promise<void> {
  const parse = await (parser ??= loadParser())
  const sources = stretches.map(({block, from, to}) => SENTINEL + block.raw.slice(from, to))
  const trees = parseTogether(parse, sources)
  stretches.forEach((stretch, k) => {
    const links: TextLink[] = []
    const inner = flatten(trees[k]!, links)
    setText(stretch, inner.startsWith(SENTINEL) ? inner.slice(SENTINEL.length) : inner, links)
  })
}

/** Puts the plain text of the stretch (`middle`) back between the rest of the block's text. */
function setText({block, from, to}: Stretch, middle: string, links: TextLink[]): void {
  const raw = block.raw
  block.text = squashSpaces(raw.slice(0, from) + middle + raw.slice(to))
  block.folded = foldSameLength(block.text)
  block.links = links
}

/**
 * One tree per source: the paragraphs of one parse of all sources, a blank line apart. Should
 * a source not come back as exactly one paragraph on its own line (a line ending inside it),
 * every source is parsed alone instead.
 */
function parseTogether(parse: Parse, sources: string[]): MdNode[] {
  if (sources.length > 1) {
    const children = parse(sources.join('\n\n')).children ?? []
    const aligned = children.length === sources.length && children.every((node, k) =>
      node.type === 'paragraph' && node.position?.start.line === 2 * k + 1 && node.position.end.line === 2 * k + 1)
    if (aligned) return children
  }
  return sources.map(parse)
}

/**
 * The plain text of a tree: text and code as they are, HTML dropped, breaks as spaces, the
 * root's children a space apart; links after the links inside them. An explicit stack, not
 * recursion, so that nesting depth costs no stack.
 */
function flatten(tree: MdNode, links: TextLink[]): string {
  let out = ''
  const stack: Array<{node: MdNode; next: number; start: number}> = []
  const enter = (node: MdNode) => {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value ?? ''
    else if (node.type === 'break') out += ' '
    else if (node.type !== 'html') stack.push({node, next: 0, start: out.length})
  }
  enter(tree)
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    const children = top.node.children ?? []
    if (top.next < children.length) {
      if (top.next > 0 && top.node.type === 'root') out += ' '
      enter(children[top.next++]!)
      continue
    }
    stack.pop()
    if (top.node.type === 'link' && top.node.url) links.push({text: out.slice(top.start).trim() || top.node.url, url: top.node.url})
  }
  return out
}
