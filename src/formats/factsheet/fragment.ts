/**
 * Parses a few lines of a fact sheet (one section body, or the head) with remark + GFM, loaded
 * on first use, and gives node positions as lines of the ORIGINAL file. Also the helpers that
 * turn mdast back into the plain text a record holds.
 */
import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import type {ParseContext} from '../../pipeline/context.js'
import {fold} from '../../text/fold.js'
import {PLACEHOLDERS} from '../../vocab/factsheet-labels.js'
import type {LineRange} from './scan.js'

let parser: Promise<Processor<Root>> | undefined

async function markdownParser(): Promise<Processor<Root>> {
  parser ??= (async () => {
    const [{unified}, {default: remarkParse}, {default: remarkGfm}] = await Promise.all([
      import('unified'), import('remark-parse'), import('remark-gfm'),
    ])
    return unified().use(remarkParse).use(remarkGfm).freeze() as unknown as Processor<Root>
  })()
  return parser
}

export interface Fragment {
  nodes: RootContent[]
  /** Line `n` of the fragment is line `offset + n` of the file. */
  offset: number
}

export async function parseFragment(ctx: ParseContext, range: LineRange): Promise<Fragment> {
  if (range.end < range.start) return {nodes: [], offset: range.start - 1}
  const source = ctx.doc.lines.slice(range.start - 1, range.end).join('\n')
  const tree = (await markdownParser()).parse(source)
  return {nodes: tree.children, offset: range.start - 1}
}

/** First and last line of a node, in the original file. */
export function linesOf(fragment: Fragment, node: Nodes): LineRange {
  const start = (node.position?.start.line ?? 1) + fragment.offset
  const end = (node.position?.end.line ?? 1) + fragment.offset
  return {start, end}
}

/** The text of inline content: escapes resolved, marks (`**`, `_`, links) dropped, breaks as `\n`. */
export function inlineText(nodes: readonly Nodes[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') out += node.value
    else if (node.type === 'break') out += '\n'
    else if (node.type === 'image') out += node.alt ?? ''
    else if ('children' in node) out += inlineText(node.children as Nodes[])
  }
  return out
}

/** The text of blocks: paragraphs joined by a blank line; other blocks kept as written. */
export function blockText(ctx: ParseContext, fragment: Fragment, nodes: readonly Nodes[]): string {
  return nodes.map((node) => {
    if (node.type === 'paragraph') return inlineText(node.children)
    const {start, end} = linesOf(fragment, node)
    return ctx.doc.lines.slice(start - 1, end).join('\n').trim()
  }).join('\n\n')
}

/** True for `_Sin información_` (and the other placeholders): an absent value. */
export function isPlaceholder(nodes: readonly Nodes[]): boolean {
  const content = nodes.filter((n) => !(n.type === 'text' && !n.value.trim()))
  if (content.length !== 1) return false
  const only = content[0]!
  const inner = only.type === 'paragraph' ? only.children.filter((n) => !(n.type === 'text' && !n.value.trim())) : [only]
  if (inner.length !== 1 || inner[0]!.type !== 'emphasis') return false
  const value = fold(inlineText(inner as PhrasingContent[]))
  return PLACEHOLDERS.some((p) => fold(p) === value)
}
