/**
 * A table cell's HTML fragment → text blocks (paragraphs and list items), with the problems a
 * converted fragment has: unclosed tags, stray end tags, a cell cut off mid-word.
 *
 *   <p>Título (2019) Texto:</p> <ol style="…"> 1. uno, 2. dos <p>Enlace: X</p>
 *   ^ paragraph                 ^ items `1. uno`, `2. dos` (numbers as text)  ^ paragraph
 *
 * `<ol><li>` items get their number (`1.`), `<ul><li>` items `-`. parse5 (the HTML parser cheerio
 * uses, into the same domhandler nodes, without cheerio's own imports) is loaded lazily and only
 * for fragments that hold markup; tag balance is checked by our own scan so that every problem
 * has an offset in the fragment.
 *
 * parse5 costs the square of the nesting depth (scope checks walk the
 * open elements) and of the number of top-level nodes (a fragment's nodes are moved one by one
 * out of an array): a cell longer than `MAX_CELL_CHARS`, with more than `MAX_CELL_TAGS` tags
 * or nested deeper than `MAX_CELL_DEPTH` is not given to it. Its text is kept, without markup,
 * as one paragraph, and `html/too-large` or `html/too-deep` says so.
 */
import type {Finding} from '../diagnostics/diagnostic.js'
import {squashSpaces} from '../text/trim.js'
export interface CellLink {
  text: string
  href: string
}

export interface CellBlock {
  kind: 'paragraph' | 'item'
  text: string
  /** `1.` for an ordered item, `-` for a bullet, null for a paragraph. */
  marker: string | null
  links: CellLink[]
}

/** A markup problem, `at` the offending text: 0-based offset in the fragment, and length. */
export type CellIssue = Finding<{offset: number; length: number}>

export interface CellContent {
  blocks: CellBlock[]
  issues: CellIssue[]
  /** The fragment ends inside an open element, mid-word: the source text was cut. */
  truncated: boolean
}

/** Only well-formed `<p>` paragraphs of plain text: read without a DOM parser. */
const SIMPLE = /^\s*(?:<p>[^<>&]*<\/p>\s*)+$/

/** A fragment's top-level nodes, as parse5 builds them in a `<template>` (what cheerio's `load(html, null, false)` gives). */
type FragmentParser = (html: string) => Node[]
let fragmentParser: Promise<FragmentParser> | undefined

async function loadFragmentParser(): Promise<FragmentParser> {
  const [{parseFragment}, {adapter}] = await Promise.all([import('parse5'), import('parse5-htmlparser2-tree-adapter')])
  return (html) => (parseFragment(null, html, {treeAdapter: adapter, scriptingEnabled: true}) as unknown as {children: Node[]}).children
}

/** Longest cell and most tags given to parse5 (real cells hold a few thousand characters). */
export const MAX_CELL_CHARS = 64 * 1024
export const MAX_CELL_TAGS = 2048

/** Parses one cell fragment. Never throws: broken markup gives issues, not failures. */
export async function parseCell(html: string): Promise<CellContent> {
  const plain = parsePlainCell(html)
  if (plain) return plain
  const {issues, truncated, tags, depth} = checkTags(html)
  const refusal = depth > MAX_CELL_DEPTH ? null : html.length > MAX_CELL_CHARS ? `${html.length} characters, expected at most ${MAX_CELL_CHARS}`
    : tags > MAX_CELL_TAGS ? `${tags} tags, expected at most ${MAX_CELL_TAGS}` : null
  if (refusal || depth > MAX_CELL_DEPTH) {
    issues.push(refusal
      ? {rule: 'html/too-large', at: {offset: 0, length: html.length}, actual: refusal.split(',')[0]!,
        message: `Unexpected cell of ${refusal}; its markup was not read, its text is kept as one paragraph`}
      : {rule: 'html/too-deep', at: {offset: 0, length: html.length}, actual: `${depth} levels`, expected: `at most ${MAX_CELL_DEPTH} levels`,
        message: `Unexpected markup nested ${depth} levels deep, expected at most ${MAX_CELL_DEPTH}; its markup was not read, its text is kept as one paragraph`})
    const text = squashSpaces(textWithoutMarkup(html))
    return {blocks: text ? [{kind: 'paragraph', text, marker: null, links: []}] : [], issues, truncated}
  }
  const parse = await (fragmentParser ??= loadFragmentParser())
  const walker = new Walker()
  walker.walk(parse(html), 0)
  if (walker.tooDeep) {
    issues.push({rule: 'html/too-deep', at: {offset: 0, length: html.length}, actual: `> ${MAX_CELL_DEPTH} levels`, expected: `at most ${MAX_CELL_DEPTH} levels`,
      message: `Unexpected markup nested more than ${MAX_CELL_DEPTH} levels deep, expected at most ${MAX_CELL_DEPTH}; the text below that depth is kept as one paragraph`})
  }
  return {blocks: walker.blocks, issues, truncated}
}

/**
 * Parses a fragment that needs no DOM parser (text without markup, or plain `<p>` paragraphs)
 * without waiting for a promise, as most cells are; null for any other fragment (`parseCell`).
 * Such a fragment has no tag problem (`checkTags` finds none: every tag is a closed `<p>`).
 */
export function parsePlainCell(html: string): CellContent | null {
  if (!/[<&]/.test(html)) {
    const text = squashSpaces(html)
    return {blocks: text ? [{kind: 'paragraph', text, marker: null, links: []}] : [], issues: [], truncated: false}
  }
  if (SIMPLE.test(html)) {
    const blocks = [...html.matchAll(/<p>([^<>]*)<\/p>/g)].map((m) => squashSpaces(m[1]!)).filter(Boolean)
    return {blocks: blocks.map((text) => ({kind: 'paragraph', text, marker: null, links: []})), issues: [], truncated: false}
  }
  return null
}

/** Blocks as lines: paragraphs as they are, items as `1. text` / `- text`. */
export function blockLines(blocks: readonly CellBlock[]): string[] {
  return blocks.map((b) => (b.marker ? `${b.marker} ${b.text}` : b.text))
}

/** The cell as text: one line per block. */
export function cellText(content: {blocks: readonly CellBlock[]}): string {
  return blockLines(content.blocks).join('\n')
}

// --- DOM walk -------------------------------------------------------------------------------

interface Node {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: Node[]
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'td', 'th', 'tr', 'table', 'tbody', 'thead'])
const LIST = new Set(['ol', 'ul'])
/**
 * Deepest nesting of blocks and lists that is read as structure (real cells nest 2–4 deep);
 * below it an element's text is kept as one paragraph and `html/too-deep` says so. Bounds the
 * recursion of the walk; the text itself is collected without recursion (`inline`).
 */
export const MAX_CELL_DEPTH = 32

/** Walks the DOM of one cell into blocks; `tooDeep` is set when `MAX_CELL_DEPTH` was reached. */
class Walker {
  readonly blocks: CellBlock[] = []
  tooDeep = false

  walk(nodes: readonly Node[], depth: number): void {
    const out = this.blocks
    let pending = {text: '', links: [] as CellLink[]}
    const flush = () => {
      const text = squashSpaces(pending.text)
      if (text) out.push({kind: 'paragraph', text, marker: null, links: pending.links})
      pending = {text: '', links: []}
    }
    if (depth > MAX_CELL_DEPTH) {
      // Too deep to read as structure: all of it as one paragraph.
      this.tooDeep = true
      for (const node of nodes) pending.text += inline(node, pending.links)
      flush()
      return
    }
    for (const node of nodes) {
      if (node.type === 'text') { pending.text += node.data ?? ''; continue }
      if (node.type !== 'tag') continue
      const name = node.name ?? ''
      if (LIST.has(name)) { flush(); this.walkList(node, depth + 1) }
      else if (name === 'li') { flush(); out.push(item(node, '-')) }
      else if (BLOCK.has(name) && hasBlock(node)) { flush(); this.walk(node.children ?? [], depth + 1) }
      else if (BLOCK.has(name)) { flush(); pending.text = inline(node, pending.links); flush() }
      else pending.text += inline(node, pending.links)
    }
    flush()
  }

  /** `<ol>`/`<ul>` children: `<li>` items, numbered text (`1. a, 2. b`), other blocks. */
  private walkList(list: Node, depth: number): void {
    if (depth > MAX_CELL_DEPTH) { this.walk([list], depth); return }
    const out = this.blocks
    const ordered = list.name === 'ol'
    let n = Number.parseInt(list.attribs?.start ?? '1', 10) || 1
    for (const child of list.children ?? []) {
      if (child.type === 'tag' && child.name === 'li') {
        out.push(item(child, ordered ? `${n++}.` : '-'))
        for (const nested of (child.children ?? []).filter((c) => LIST.has(c.name ?? ''))) this.walkList(nested, depth + 1)
      } else if (child.type === 'text') {
        const text = squashSpaces(child.data ?? '')
        if (text) for (const block of listText(text)) out.push(block)
      } else this.walk([child], depth + 1)
    }
  }
}

function item(li: Node, marker: string): CellBlock {
  const links: CellLink[] = []
  const text = squashSpaces(inline({...li, children: (li.children ?? []).filter((c) => !LIST.has(c.name ?? ''))}, links))
  const printed = /^(\d{1,2}[.)])\s+(.*)$/s.exec(text)
  return printed ? {kind: 'item', text: printed[2]!, marker: printed[1]!, links} : {kind: 'item', text, marker, links}
}

/** Text straight inside a list: numbered items when it reads `1. …, 2. …`, else a paragraph. */
function listText(text: string): CellBlock[] {
  const split = splitNumbered(text)
  if (!split) return [{kind: 'paragraph', text, marker: null, links: []}]
  const blocks: CellBlock[] = split.lead ? [{kind: 'paragraph', text: split.lead, marker: null, links: []}] : []
  for (const it of split.items) blocks.push({kind: 'item', text: it.text, marker: it.marker, links: []})
  return blocks
}

/**
 * The text of `node` and everything in it (`<br>` as a space), and its `<a href>` links, in
 * document order; a link comes after the links inside it. An explicit stack, not recursion: an
 * element may be nested thousands deep.
 */
function inline(node: Node, links: CellLink[]): string {
  let text = ''
  const stack: Array<{node: Node; next: number; start: number}> = []
  const enter = (n: Node) => {
    if (n.type === 'text') text += n.data ?? ''
    else if (n.name === 'br') text += ' '
    else stack.push({node: n, next: 0, start: text.length})
  }
  enter(node)
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    const children = top.node.children ?? []
    if (top.next < children.length) { enter(children[top.next++]!); continue }
    stack.pop()
    if (top.node.name === 'a' && top.node.attribs?.href) links.push({text: squashSpaces(text.slice(top.start)), href: top.node.attribs.href})
  }
  return text
}

/** An element inside `node`, at any depth, that is a block, a list or an item (a search without recursion). */
function hasBlock(node: Node): boolean {
  const stack: Node[] = [...(node.children ?? [])]
  while (stack.length > 0) {
    const c = stack.pop()!
    if (c.type !== 'tag') continue
    if (BLOCK.has(c.name!) || LIST.has(c.name!) || c.name === 'li') return true
    for (const child of c.children ?? []) stack.push(child)
  }
  return false
}


const NUMBER_MARK = /(^|[\s,;:]+(?:[ye]\s+)?)(\d{1,2})([.)])\s+/g

/**
 * Numbered items written as text: `1. uno, 2. dos; y 3. tres` → `1.` uno, `2.` dos, `3.` tres.
 * Numbers must run 1, 2, 3 … (so `1.500 mujeres` or `en 2022. La` never split); the separators
 * between items (`,` `;` `y`) are dropped. Null when there are fewer than two numbers in a row.
 */
export function splitNumbered(text: string): {lead: string; items: {marker: string; text: string}[]} | null {
  const marks: {index: number; digit: number; start: number; marker: string}[] = []
  for (const m of text.matchAll(NUMBER_MARK)) {
    if (Number(m[2]) !== marks.length + 1) {
      if (marks.length >= 2) break
      if (Number(m[2]) !== 1) continue
      marks.length = 0
    }
    marks.push({index: m.index, digit: m.index + m[1]!.length, start: m.index + m[0].length, marker: `${m[2]}${m[3]}`})
  }
  if (marks.length < 2) return null
  const items = marks.map((mark, i) => ({
    marker: mark.marker,
    text: text.slice(mark.start, marks[i + 1]?.index ?? text.length).trim(),
  }))
  return {lead: text.slice(0, marks[0]!.digit).trim(), items}
}

/** Elements whose tags do not split words (`<b>Ho</b>la`); any other tag reads as a space. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u'])
const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'}

/** The text of a fragment read without a DOM: comments and tags dropped, character references decoded. */
function textWithoutMarkup(html: string): string {
  let uncommented = ''
  let at = 0
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', at)) {
    const close = html.indexOf('-->', open + 4)
    if (close < 0) break
    uncommented += html.slice(at, open) + ' '
    at = close + 3
  }
  uncommented += html.slice(at)
  return uncommented
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g, (_, name: string) => (INLINE.has(name.toLowerCase()) ? '' : ' '))
    .replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,6}));/g, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return ENTITIES[name] ?? whole
      const code = dec ? Number(dec) : Number.parseInt(hex!, 16)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd'
    })
}

// --- tag balance ------------------------------------------------------------------------------

const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link', 'col', 'area', 'base', 'source'])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(\/?)>/g

/** Most problems listed for one cell; the rest are counted in one `html/too-many-issues`. */
export const MAX_CELL_ISSUES = 20

/**
 * Unclosed and stray tags, and whether the fragment was cut (open element, text ends mid-word);
 * also the number of tags and the deepest nesting, counting the end tags HTML implies (a `<p>`
 * or `<li>` closes the one open right before it). Linear in the fragment: open elements are
 * indexed by name, so an end tag finds its start tag without searching the stack.
 */
export function checkTags(html: string): {issues: CellIssue[]; truncated: boolean; tags: number; depth: number} {
  type Open = {name: string; offset: number; length: number}
  const nesting = new Nesting()
  let tags = 0
  /** Found problems, their messages written only for the ones that are listed. */
  const found: Array<{offset: number; issue: () => CellIssue}> = []
  const open: Open[] = []
  const byName = new Map<string, number[]>()
  const unclosed = (t: Open) => found.push({offset: t.offset, issue: () => ({
    rule: 'html/unclosed-tag', at: {offset: t.offset, length: t.length}, actual: `<${t.name}>`, expected: `</${t.name}>`,
    message: `Unexpected unclosed \`<${t.name}>\`, expected \`</${t.name}>\`; the cell was read as if it were closed`,
  })})
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase()
    tags++
    if (VOID.has(name) || m[3]) continue
    if (m[1]) nesting.close(name)
    else nesting.open(name)
    let stack = byName.get(name)
    if (!stack) byName.set(name, stack = [])
    if (!m[1]) {
      stack.push(open.length)
      open.push({name, offset: m.index, length: m[0].length})
      continue
    }
    const at = stack.length > 0 ? stack[stack.length - 1]! : -1
    if (at < 0) {
      const offset = m.index, text = m[0]
      found.push({offset, issue: () => ({rule: 'html/stray-end-tag', at: {offset, length: text.length}, actual: text,
        message: `Unexpected \`${text}\` without a matching \`<${name}>\`, expected it to close an open element; ignored`})})
      continue
    }
    // Close it, and every element opened after it (unclosed); each is the last of its name.
    for (let k = open.length - 1; k >= at; k--) {
      const t = open[k]!
      byName.get(t.name)!.pop()
      if (k > at) unclosed(t)
    }
    open.length = at
  }
  const trimmed = html.trimEnd()
  const partialTag = /<\/?[a-zA-Z][^<>]*$/.exec(trimmed)
  const midWord = open.length > 0 && /[\p{L}\p{N},;]$/u.test(trimmed)
  const truncated = partialTag !== null || midWord
  if (truncated) {
    const tail = trimmed.slice(-24)
    found.push({offset: trimmed.length, issue: () => ({rule: 'html/truncated-cell', at: {offset: trimmed.length, length: 0}, actual: tail,
      message: `Unexpected end of cell after \`…${tail}\`, expected the text to end with a closing tag; the cell looks truncated, its text is kept as is`})})
  } else open.forEach(unclosed)
  found.sort((a, b) => a.offset - b.offset)
  const issues = found.slice(0, MAX_CELL_ISSUES).map((f) => f.issue())
  if (found.length > MAX_CELL_ISSUES) {
    const rest = found.length - MAX_CELL_ISSUES
    const first = found[MAX_CELL_ISSUES]!.offset
    issues.push({rule: 'html/too-many-issues', at: {offset: first, length: html.length - first}, actual: `${found.length} problems`, expected: `at most ${MAX_CELL_ISSUES}`,
      message: `Unexpected ${rest} more markup problems in this cell, expected at most ${MAX_CELL_ISSUES} to be listed; the first ${MAX_CELL_ISSUES} are reported`})
  }
  return {issues, truncated, tags, depth: nesting.deepest}
}

/** Elements a start tag of the same name closes when it is the last one open. */
const SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th'])

/** How deep elements nest, as an HTML parser would nest them (roughly: the common implied end tags). */
class Nesting {
  deepest = 0
  private readonly stack: string[] = []
  private readonly byName = new Map<string, number[]>()

  open(name: string): void {
    if (SIBLINGS.has(name) && this.stack[this.stack.length - 1] === name) this.close(name)
    let at = this.byName.get(name)
    if (!at) this.byName.set(name, at = [])
    at.push(this.stack.length)
    this.stack.push(name)
    if (this.stack.length > this.deepest) this.deepest = this.stack.length
  }

  close(name: string): void {
    const at = this.byName.get(name)
    if (!at || at.length === 0) return
    const index = at[at.length - 1]!
    for (let k = this.stack.length - 1; k >= index; k--) this.byName.get(this.stack[k]!)!.pop()
    this.stack.length = index
  }
}
