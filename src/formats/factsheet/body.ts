/**
 * One parsed section body (or the head of a sheet) and the ledger of what was read from it:
 * nodes a reader uses are claimed; whatever is left is reported, line by line, as
 * `factsheet/unexpected-content`, so coverage stays honest.
 */
import type {Nodes, RootContent} from 'mdast'
import type {Place, ReportExtra} from '../../diagnostics/diagnostic.js'
import type {RuleId} from '../../diagnostics/rules.js'
import type {ParseContext} from '../context.js'
import {preview} from '../../text/preview.js'
import {blockText, inlineText, isPlaceholder, linesOf, type Fragment} from './fragment.js'

export class Body {
  private readonly used = new Set<RootContent>()
  private readonly left = new Set<number>()

  /** `fragment`: the section's lines, parsed (see `parseFragments`). */
  constructor(readonly ctx: ParseContext, readonly fragment: Fragment, readonly label: string) {}

  get nodes(): RootContent[] {
    return this.fragment.nodes
  }

  /** Claims the lines of `node`: its content is in a record field. */
  use(node: RootContent): void {
    this.used.add(node)
    const {start, end} = linesOf(this.fragment, node)
    this.ctx.claim(start, end)
  }

  /** Where `node` is in the file (whole lines). */
  place(node: Nodes): Place {
    const {start, end} = linesOf(this.fragment, node)
    const column = node.position?.start.column ?? 1
    const endColumn = node.position?.end.column ?? (this.ctx.line(end).length + 1)
    return {line: start, column, endLine: end, endColumn}
  }

  /** Leaves the lines of `node` unmapped with a specific diagnostic. */
  leave(node: RootContent, rule: RuleId, message: string, extra?: ReportExtra): void {
    this.used.add(node)
    const {start, end} = linesOf(this.fragment, node)
    for (let line = start; line <= end; line++) {
      if (!/\S/.test(this.ctx.line(line)) || this.ctx.isClaimed(line) || this.left.has(line)) continue
      this.left.add(line)
      this.ctx.leave(line, rule, message, extra)
    }
  }

  /** Blocks as text (paragraphs joined by a blank line), `null` when empty or a placeholder. */
  text(from: readonly RootContent[] = this.nodes): string | null {
    const nodes = from.filter((n) => n.type !== 'html' || !/^<!--/.test(n.value))
    if (nodes.length === 0) return null
    for (const node of nodes) this.use(node)
    if (isPlaceholder(nodes)) return null
    const value = blockText(this.ctx, this.fragment, nodes)
    return value.trim() ? value : null
  }

  /** Items of the lists in the body (one string per item); a loose paragraph counts as one item. */
  items(): string[] {
    if (isPlaceholder(this.nodes)) { this.nodes.forEach((n) => this.use(n)); return [] }
    const out: string[] = []
    for (const node of this.nodes) {
      if (node.type === 'list') {
        this.use(node)
        for (const item of node.children) {
          if (isPlaceholder(item.children)) continue
          const value = blockText(this.ctx, this.fragment, item.children)
          if (value.trim()) out.push(value)
        }
      } else if (node.type === 'paragraph' && inlineText(node.children).trim()) {
        this.use(node)
        out.push(inlineText(node.children))
      }
    }
    return out
  }

  /**
   * True when `node` was written as a link (`[text](url)` or `<url>`), not a bare URL that GFM
   * turns into a link (a bare URL in a text stays text).
   */
  isWrittenLink(node: Nodes): boolean {
    const {start} = linesOf(this.fragment, node)
    const first = this.ctx.line(start)[(node.position?.start.column ?? 1) - 1]
    return first === '[' || first === '<'
  }

  /** Reports every unused node, line by line; `expected` says what the section holds. */
  finish(expected: string): void {
    for (const node of this.nodes) {
      if (this.used.has(node)) continue
      const {start, end} = linesOf(this.fragment, node)
      for (let line = start; line <= end; line++) {
        if (!/\S/.test(this.ctx.line(line)) || this.ctx.isClaimed(line) || this.left.has(line)) continue
        this.ctx.leave(line, 'factsheet/unexpected-content',
          `Unexpected \`${preview(this.ctx.line(line), 40)}\` in section \`${this.label}\`, expected ${expected}`)
      }
    }
  }
}
