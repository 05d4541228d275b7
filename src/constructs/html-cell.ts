/**
 * A table cell's HTML fragment → text blocks (paragraphs and list items), with the problems a
 * converted fragment has: unclosed tags, stray end tags, a cell cut off mid-word.
 *
 *   <p>Título (2019) Texto:</p> <ol style="…"> 1. uno, 2. dos <p>Enlace: X</p>
 *   ^ paragraph                 ^ items `1. uno`, `2. dos` (numbers as text)  ^ paragraph
 *
 * `<ol><li>` items get their number (`1.`), `<ul><li>` items `-`. cheerio is imported lazily and
 * only for fragments that hold markup; tag balance is checked by our own scan so that every
 * problem has an offset in the fragment.
 */
import type {Finding} from '../diagnostics/diagnostic.js'
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

type CheerioModule = typeof import('cheerio')
let cheerio: Promise<CheerioModule> | undefined

/** Parses one cell fragment. Never throws: broken markup gives issues, not failures. */
export async function parseCell(html: string): Promise<CellContent> {
  const plain = parsePlainCell(html)
  if (plain) return plain
  const {issues, truncated} = checkTags(html)
  const {load} = await (cheerio ??= import('cheerio'))
  const $ = load(html, null, false)
  const blocks: CellBlock[] = []
  walk($.root().contents().toArray() as Node[], blocks)
  return {blocks, issues, truncated}
}

/**
 * Parses a fragment that needs no DOM parser (text without markup, or plain `<p>` paragraphs)
 * without waiting for a promise, as most cells are; null for any other fragment (`parseCell`).
 * Such a fragment has no tag problem (`checkTags` finds none: every tag is a closed `<p>`).
 */
export function parsePlainCell(html: string): CellContent | null {
  if (!/[<&]/.test(html)) {
    const text = squash(html)
    return {blocks: text ? [{kind: 'paragraph', text, marker: null, links: []}] : [], issues: [], truncated: false}
  }
  if (SIMPLE.test(html)) {
    const blocks = [...html.matchAll(/<p>([^<>]*)<\/p>/g)].map((m) => squash(m[1]!)).filter(Boolean)
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

function walk(nodes: readonly Node[], out: CellBlock[]): void {
  let pending = {text: '', links: [] as CellLink[]}
  const flush = () => {
    const text = squash(pending.text)
    if (text) out.push({kind: 'paragraph', text, marker: null, links: pending.links})
    pending = {text: '', links: []}
  }
  for (const node of nodes) {
    if (node.type === 'text') { pending.text += node.data ?? ''; continue }
    if (node.type !== 'tag') continue
    const name = node.name ?? ''
    if (LIST.has(name)) { flush(); walkList(node, out) }
    else if (name === 'li') { flush(); out.push(item(node, '-')) }
    else if (BLOCK.has(name) && hasBlock(node)) { flush(); walk(node.children ?? [], out) }
    else if (BLOCK.has(name)) { flush(); pending.text = inline(node, pending.links); flush() }
    else pending.text += inline(node, pending.links)
  }
  flush()
}

/** `<ol>`/`<ul>` children: `<li>` items, numbered text (`1. a, 2. b`), other blocks. */
function walkList(list: Node, out: CellBlock[]): void {
  const ordered = list.name === 'ol'
  let n = Number.parseInt(list.attribs?.start ?? '1', 10) || 1
  for (const child of list.children ?? []) {
    if (child.type === 'tag' && child.name === 'li') {
      out.push(item(child, ordered ? `${n++}.` : '-'))
      for (const nested of (child.children ?? []).filter((c) => LIST.has(c.name ?? ''))) walkList(nested, out)
    } else if (child.type === 'text') {
      const text = squash(child.data ?? '')
      if (text) out.push(...listText(text))
    } else walk([child], out)
  }
}

function item(li: Node, marker: string): CellBlock {
  const links: CellLink[] = []
  const text = squash(inline({...li, children: (li.children ?? []).filter((c) => !LIST.has(c.name ?? ''))}, links))
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

function inline(node: Node, links: CellLink[]): string {
  if (node.type === 'text') return node.data ?? ''
  if (node.name === 'br') return ' '
  const text = (node.children ?? []).map((c) => inline(c, links)).join('')
  if (node.name === 'a' && node.attribs?.href) links.push({text: squash(text), href: node.attribs.href})
  return text
}

function hasBlock(node: Node): boolean {
  return (node.children ?? []).some((c) => c.type === 'tag' && (BLOCK.has(c.name!) || LIST.has(c.name!) || c.name === 'li' || hasBlock(c)))
}

/** Any white space but a plain space, or two spaces in a row: what `squash` has to collapse. */
const UNSQUASHED = /[^\S ]| {2}/

function squash(text: string): string {
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
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

// --- tag balance ------------------------------------------------------------------------------

const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link', 'col', 'area', 'base', 'source'])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(\/?)>/g

/** Unclosed and stray tags, and whether the fragment was cut (open element, text ends mid-word). */
export function checkTags(html: string): {issues: CellIssue[]; truncated: boolean} {
  const issues: CellIssue[] = []
  const open: {name: string; offset: number; length: number}[] = []
  const unclosed = (t: {name: string; offset: number; length: number}) => issues.push({
    rule: 'html/unclosed-tag', at: {offset: t.offset, length: t.length}, actual: `<${t.name}>`, expected: `</${t.name}>`,
    message: `Unexpected unclosed \`<${t.name}>\`, expected \`</${t.name}>\`; the cell was read as if it were closed`,
  })
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase()
    if (VOID.has(name) || m[3]) continue
    if (!m[1]) { open.push({name, offset: m.index, length: m[0].length}); continue }
    const at = open.map((t) => t.name).lastIndexOf(name)
    if (at < 0) {
      issues.push({rule: 'html/stray-end-tag', at: {offset: m.index, length: m[0].length}, actual: m[0],
        message: `Unexpected \`${m[0]}\` without a matching \`<${name}>\`, expected it to close an open element; ignored`})
      continue
    }
    for (const t of open.splice(at).slice(1)) unclosed(t)
  }
  const trimmed = html.trimEnd()
  const partialTag = /<\/?[a-zA-Z][^<>]*$/.exec(trimmed)
  const midWord = open.length > 0 && /[\p{L}\p{N},;]$/u.test(trimmed)
  const truncated = partialTag !== null || midWord
  if (truncated) {
    const tail = trimmed.slice(-24)
    issues.push({rule: 'html/truncated-cell', at: {offset: trimmed.length, length: 0}, actual: tail,
      message: `Unexpected end of cell after \`…${tail}\`, expected the text to end with a closing tag; the cell looks truncated, its text is kept as is`})
  } else open.forEach(unclosed)
  return {issues: issues.sort((a, b) => a.at.offset - b.at.offset), truncated}
}
