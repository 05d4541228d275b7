/**
 * Parses a few lines of a fact sheet (one section body, or the head) with remark + GFM, loaded
 * on first use, and gives node positions as lines of the ORIGINAL file. Also the helpers that
 * turn mdast back into the plain text a record holds.
 *
 * remark reads ~3 MB/s and each call pays a fixed cost (extensions combined, compilers built),
 * so the fragments of a sheet are read in one call, and the simple Markdown that the exporter
 * writes is not given to remark at all (simple-fragment.ts). A fragment too long, too dense or
 * too deeply nested for remark, or past the document's budget (constructs/markdown-budget.ts),
 * is kept as written, as paragraphs of text, and `markdown/not-read` says so.
 */
import type {List, Nodes, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import {refusalFinding, type MarkdownBudget} from '../../constructs/markdown-budget.js'
import {rangePlace} from '../../read/source.js'
import type {ParseContext} from '../context.js'
import {fold} from '../../text/fold.js'
import {PLACEHOLDERS} from '../../vocab/factsheet-labels.js'
import type {LineRange} from './scan.js'
import {simpleFragment, type Fragment} from './simple-fragment.js'

export type {Fragment} from './simple-fragment.js'

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


/**
 * Parses each range of the document on its own, as if alone: one fragment per range, in order.
 * (Node positions give lines and columns; their character `offset`s are not meaningful.)
 */
export async function parseFragments(ctx: ParseContext, ranges: readonly LineRange[], budget: MarkdownBudget): Promise<Fragment[]> {
  const lines = ctx.doc.lines
  const fragments: Array<Fragment | undefined> = ranges.map((range) =>
    range.end < range.start ? {nodes: [], offset: range.start - 1} : simpleFragment(lines, range) ?? undefined)
  for (const [k, range] of ranges.entries()) {
    if (fragments[k]) continue
    const refusal = budget.admit(lines.slice(range.start - 1, range.end).join('\n'))
    if (!refusal) continue
    ctx.messages.found(refusalFinding(refusal, null), rangePlace(ctx.doc, range.start, range.end))
    fragments[k] = literalFragment(lines, range)
  }
  const rest = ranges.filter((_, k) => fragments[k] === undefined)
  if (rest.length > 0) {
    const read = readTogether(await markdownParser(), lines, rest)
    let next = 0
    for (let k = 0; k < fragments.length; k++) fragments[k] ??= read[next++]!
  }
  return fragments as Fragment[]
}

/** The lines of `range` as written: one paragraph of text for each run of non-blank lines. */
function literalFragment(lines: readonly string[], range: LineRange): Fragment {
  const nodes: Paragraph[] = []
  const offset = range.start - 1
  let at = 0
  for (let n = range.start; n <= range.end; n++) {
    const line = n - offset
    if (!/\S/.test(lines[n - 1]!)) { at += lines[n - 1]!.length + 1; continue }
    let last = n
    let text = lines[n - 1]!
    while (last + 1 <= range.end && /\S/.test(lines[last]!)) text += '\n' + lines[last++]!
    const end = {line: last - offset, column: lines[last - 1]!.length + 1, offset: at + text.length}
    const position = {start: {line, column: 1, offset: at}, end}
    nodes.push({type: 'paragraph', children: [{type: 'text', value: text.trim(), position}], position})
    at += text.length + 1
    n = last
  }
  return {nodes, offset}
}

/**
 * Written between fragments read together: an empty `#` heading on a line of its own closes any
 * paragraph, list or block quote before it. A fence or HTML block left open runs past it (`split`
 * sees that), and a link definition would be seen by the other fragments, so a fragment that may
 * hold one is read alone. remark reads the last line of a text differently when a line ending
 * follows it (`* b` + `</pre>`: the HTML joins the item), so only fragments that end with an
 * empty line are read together, plus one that does not, placed last.
 */
const SEPARATOR = ['', '#', '']
/** A link or footnote definition may be there (`[id]: url`). */
const DEFINITION = /\]:/

function readTogether(processor: Processor<Root>, lines: readonly string[], ranges: readonly LineRange[]): Fragment[] {
  const alone = (range: LineRange): Fragment => ({nodes: processor.parse(lines.slice(range.start - 1, range.end).join('\n')).children, offset: range.start - 1})
  const candidates = ranges.filter((range) => !hasDefinition(lines, range))
  const open = candidates.find((range) => lines[range.end - 1] !== '')
  const together = candidates.filter((range) => lines[range.end - 1] === '')
  if (open) together.push(open)
  const read = new Map<LineRange, Fragment>()
  if (together.length > 1) {
    const source: string[] = []
    const starts: number[] = []
    for (const range of together) {
      if (source.length > 0) source.push(...SEPARATOR)
      starts.push(source.length + 1)
      for (let n = range.start; n <= range.end; n++) source.push(lines[n - 1]!)
    }
    const nodes = split(processor.parse(source.join('\n')).children, together, starts)
    nodes?.forEach((children, k) => read.set(together[k]!, {nodes: children, offset: together[k]!.start - starts[k]!}))
  }
  return ranges.map((range) => read.get(range) ?? alone(range))
}

function hasDefinition(lines: readonly string[], range: LineRange): boolean {
  for (let n = range.start; n <= range.end; n++) if (DEFINITION.test(lines[n - 1]!)) return true
  return false
}

/**
 * The nodes of each fragment read together (fragment `k` starts on line `starts[k]` of the
 * source), or null when a node reaches out of its fragment or a separator is not an empty heading.
 */
function split(children: readonly RootContent[], ranges: readonly LineRange[], starts: readonly number[]): RootContent[][] | null {
  const out: RootContent[][] = ranges.map(() => [])
  let k = 0
  for (const node of children) {
    const start = node.position!.start.line, end = node.position!.end.line
    const last = starts[k]! + ranges[k]!.end - ranges[k]!.start
    if (start > last) {
      const separator = last + 2
      if (k + 1 >= ranges.length || start !== separator || end !== separator || node.type !== 'heading' || node.depth !== 1 || node.children.length > 0) return null
      k++
      continue
    }
    if (start < starts[k]! || end > last) return null
    out[k]!.push(node)
  }
  return k === ranges.length - 1 ? out : null
}

/** First and last line of a node, in the original file. */
export function linesOf(fragment: Fragment, node: Nodes): LineRange {
  const start = (node.position?.start.line ?? 1) + fragment.offset
  const end = (node.position?.end.line ?? 1) + fragment.offset
  return {start, end}
}

/**
 * The text of inline content: escapes resolved, marks (`**`, `_`, links) dropped, breaks as `\n`.
 * An explicit stack, not recursion: emphasis and links may nest deep.
 */
export function inlineText(nodes: readonly Nodes[]): string {
  let out = ''
  const stack: Array<{nodes: readonly Nodes[]; next: number}> = [{nodes, next: 0}]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.next >= top.nodes.length) { stack.pop(); continue }
    const node = top.nodes[top.next++]!
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') out += node.value
    else if (node.type === 'break') out += '\n'
    else if (node.type === 'image') out += node.alt ?? ''
    else if ('children' in node) stack.push({nodes: node.children as Nodes[], next: 0})
  }
  return out
}

/**
 * The text of blocks: paragraphs joined by a blank line, a list right after a paragraph by a
 * line end (it ends that paragraph's text, as the exporter writes `Líneas:\n1. …\n2. …`); a
 * simple list (one paragraph per item) as `1. text` / `- text` lines, other blocks as written.
 */
export function blockText(ctx: ParseContext, fragment: Fragment, nodes: readonly Nodes[]): string {
  let out = ''
  nodes.forEach((node, i) => {
    if (i > 0) out += node.type === 'list' && nodes[i - 1]!.type === 'paragraph' ? '\n' : '\n\n'
    if (node.type === 'paragraph') { out += inlineText(node.children); return }
    const simple = node.type === 'list' ? listLines(node) : null
    if (simple !== null) { out += simple; return }
    const {start, end} = linesOf(fragment, node)
    out += ctx.doc.lines.slice(start - 1, end).join('\n').trim()
  })
  return out
}

/** `1. a\n2. b` (or `- a\n- b`) for a list whose items are one paragraph each, without boxes; else null. */
function listLines(list: List): string | null {
  const lines: string[] = []
  for (const [i, item] of list.children.entries()) {
    const [only, ...more] = item.children
    if (more.length > 0 || only?.type !== 'paragraph' || (item.checked !== null && item.checked !== undefined)) return null
    lines.push(`${list.ordered ? `${(list.start ?? 1) + i}.` : '-'} ${inlineText(only.children)}`)
  }
  return lines.join('\n')
}

const FOLDED_PLACEHOLDERS: ReadonlySet<string> = new Set(PLACEHOLDERS.map((p) => fold(p)))

/** True for `_Sin información_` (and the other placeholders): an absent value. */
export function isPlaceholder(nodes: readonly Nodes[]): boolean {
  const content = nodes.filter((n) => !(n.type === 'text' && !n.value.trim()))
  if (content.length !== 1) return false
  const only = content[0]!
  const inner = only.type === 'paragraph' ? only.children.filter((n) => !(n.type === 'text' && !n.value.trim())) : [only]
  if (inner.length !== 1 || inner[0]!.type !== 'emphasis') return false
  return FOLDED_PLACEHOLDERS.has(fold(inlineText(inner as PhrasingContent[])))
}
