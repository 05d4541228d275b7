/**
 * The Markdown that `practices export --format md` writes, read without remark into the same
 * mdast, positions included (line, column and offset in the fragment). remark reads only ~3 MB/s;
 * most sheets are made of nothing else:
 *
 *   # Operativos interinstitucionales              ← heading (`#` to `######`)
 *                                                  ← blocks are apart: a blank line between
 *   - **Identificador:** `puente-alto-…`           ← list: `- ` items, one after the other
 *   - [x] Acogida/atención                         ←   a task item
 *   - personas atendidas por mes                   ←   an item with a second paragraph,
 *                                                        indented two spaces
 *     **Medio de verificación:** registro
 *   - [Objetivo 7](pmm-objective-7.md): Abordar …  ←   an item that starts with a link
 *
 *   1. sesiones socio deportivas                   ← ordered list: `1.` or `1)` items, one
 *   2. escuela de liderazgo                            delimiter; further lines indented as
 *                                                        the item's text
 *   | Ene | Feb | … |                            ← table: `|` at both ends of every row,
 *   | :-: | :-: | … |                                cells padded with spaces
 *   |  ✓  |     | … |
 *
 *   El programa AMA Integración busca …            ← paragraph, inline Markdown read by
 *   desarrollar **habilidades** …                    simple-inline.ts
 *
 * Anything else, or a block right under another one, gives `null`: the fragment goes to remark.
 */
import type {Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow} from 'mdast'
import type {LineRange} from './scan.js'
import {readSimpleInline} from './simple-inline.js'

/** A parsed range of lines: its mdast nodes, and where it starts. */
export interface Fragment {
  nodes: RootContent[]
  /** Line `n` of the fragment is line `offset + n` of the file. */
  offset: number
}

/**
 * A line that opens a block other than a paragraph, or that a paragraph cannot hold as is
 * (white space at either end). `**bold`, `_emphasis`, `` `code ``, `[link](…)` may open one:
 * `readSimpleInline` takes a `[` only as a link, so never as a definition (`[id]: url`).
 */
const NOT_PARAGRAPH = /^(?:[\s#>\-+=~<|:]|\*(?!\*[^\s*])|_(?![^\s_])|`{3}|\d{1,9}[.)](?:\s|$))|\s$/
const HEADING = /^(#{1,6}) (?=\S)(.*[^\s#])$/
/**
 * What an item's text may not start with: it would open a block of its own. A `[` only starts a
 * link (`- [Objetivo 7](pmm-objective-7.md): …`), never a task box or a definition.
 */
const ITEM_TEXT = '(?![\\s>#+=~<|-]|\\[(?![^[\\]\\n]+\\]\\()|\\d{1,9}[.)](?:\\s|$)|\\*(?!\\*\\S)|`{3})(?=\\S)(.*\\S)$'
/** `- text` or `- [x] text`, one line. */
const ITEM = new RegExp(`^- (?:\\[([ xX])\\] )?${ITEM_TEXT}`)
/** `1. text` or `1) text`, one line (no task box). */
const ORDERED_ITEM = new RegExp(`^(\\d{1,9})([.)]) ${ITEM_TEXT}`)
const ORDERED_START = /^\d{1,9}[.)] /
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/
/** A padded cell: empty, or its text between spaces. */
const CELL = /^(?: +| +(\S(?:.*\S)?) +)$/

interface Line {
  text: string
  /** 1-based line in the fragment, and offset of the line's first character. */
  line: number
  offset: number
}

/** A paragraph's line: where its text starts (after an item's `- `, or its indentation). */
interface Segment {
  line: Line
  column: number
  text: string
}

/** The fragment of `range` when remark would read it as these simple blocks, else null. */
export function simpleFragment(lines: readonly string[], range: LineRange): Fragment | null {
  const source: Line[] = []
  let offset = 0
  for (let n = range.start; n <= range.end; n++) {
    const text = lines[n - 1]!
    source.push({text, line: n - range.start + 1, offset})
    offset += text.length + 1
  }
  const nodes: RootContent[] = []
  for (let i = 0; i < source.length; ) {
    const first = source[i]!
    if (first.text === '') { i++; continue }
    const ordered = ORDERED_START.test(first.text)
    if (ordered || first.text.startsWith('- ')) {
      const read = list(source, i, ordered)
      if (!read) return null
      nodes.push(read.list)
      i = read.next
      // After a list: a blank line, then no item (the list would go on) nor indented text.
      while (i < source.length && source[i]!.text === '') i++
      if (i < source.length && (i === read.next || /^(?:[\s\-+*]|\d)/.test(source[i]!.text))) return null
      continue
    }
    let end = i
    while (end < source.length && source[end]!.text !== '') end++
    const block = source.slice(i, end)
    const node = first.text.startsWith('#') ? heading(block) : first.text.startsWith('|') ? table(block)
      : paragraph(block.map((line) => ({line, column: 1, text: line.text})))
    if (!node) return null
    nodes.push(node)
    i = end
  }
  return {nodes, offset: range.start - 1}
}

const at = (line: Line, column: number) => ({line: line.line, column, offset: line.offset + column - 1})
const lineEnd = (line: Line) => at(line, line.text.length + 1)
const inline = (line: Line, column: number, text: string) => readSimpleInline([{text, start: at(line, column)}])

function heading(block: Line[]): Heading | null {
  const [line] = block
  const m = block.length === 1 ? HEADING.exec(line!.text) : null
  const children = m ? inline(line!, m[1]!.length + 2, m[2]!) : null
  if (!m || !children) return null
  return {type: 'heading', depth: m[1]!.length as Heading['depth'], children, position: {start: at(line!, 1), end: lineEnd(line!)}}
}

function paragraph(segments: Segment[]): Paragraph | null {
  if (segments.some((s) => NOT_PARAGRAPH.test(s.text))) return null
  const first = segments[0]!, last = segments[segments.length - 1]!
  const children = readSimpleInline(segments.map((s) => ({text: s.text, start: at(s.line, s.column)})))
  return children ? {type: 'paragraph', children, position: {start: at(first.line, first.column), end: lineEnd(last.line)}} : null
}

/** An item's further lines are indented as its text is (`- ` two spaces, `10. ` four). */
const continuation = (width: number, text: string) => /^ *$/.test(text.slice(0, width)) && /\S/.test(text[width] ?? '')

/**
 * Items from `source[from]` on (`- ` items, or `1.`/`1)` items with the same delimiter), each
 * with its paragraphs: lines right under it go on with its paragraph, a blank line then indented
 * lines make another one (the item is then `spread`).
 */
function list(source: Line[], from: number, ordered: boolean): {list: List; next: number} | null {
  const items: ListItem[] = []
  let start: number | null = null
  let delimiter: string | undefined
  let i = from
  while (i < source.length && (ordered ? ORDERED_START.test(source[i]!.text) : source[i]!.text.startsWith('- '))) {
    const line = source[i]!
    const m = (ordered ? ORDERED_ITEM : ITEM).exec(line.text)
    if (!m) return null
    let box: string | undefined
    let width = 2
    if (ordered) {
      // Another delimiter starts another list: left to remark.
      if (delimiter !== undefined && m[2] !== delimiter) return null
      delimiter = m[2]
      start ??= Number(m[1])
      width = m[1]!.length + 2
    } else {
      box = m[1]
    }
    const text = m[ordered ? 3 : 2]!
    const paragraphs: Segment[][] = [[{line, column: box === undefined ? width + 1 : 7, text}]]
    for (i++; i < source.length; ) {
      const next = source[i]!
      if (continuation(width, next.text)) {
        paragraphs[paragraphs.length - 1]!.push({line: next, column: width + 1, text: next.text.slice(width)})
        i++
        continue
      }
      let after = i
      while (after < source.length && source[after]!.text === '') after++
      if (after === i || after === source.length || !continuation(width, source[after]!.text)) break
      paragraphs.push([])
      i = after
    }
    const children: Paragraph[] = []
    for (const segments of paragraphs) {
      const paragraph_ = paragraph(segments)
      if (!paragraph_) return null
      children.push(paragraph_)
    }
    // After a box, remark moves the paragraph's start past it only when text comes first.
    if (box !== undefined && children[0]!.children[0]?.type !== 'text') return null
    const last = paragraphs[paragraphs.length - 1]!
    items.push({type: 'listItem', spread: paragraphs.length > 1, checked: box === undefined ? null : box !== ' ', children,
      position: {start: at(line, 1), end: lineEnd(last[last.length - 1]!.line)}})
  }
  return {list: {type: 'list', ordered, start, spread: false, children: items,
    position: {start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end}}, next: i}
}

function table(block: Line[]): Table | null {
  const [header, delimiter, ...body] = block
  if (!header || !delimiter) return null
  const align = cellsOf(delimiter.text)?.map((cell) => {
    const m = DELIMITER_CELL.exec(cell.text)
    return m ? (m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null) : undefined
  })
  if (!align || align.includes(undefined)) return null
  const rows: TableRow[] = []
  for (const line of [header, ...body]) {
    const cells = cellsOf(line.text)
    if (!cells || cells.length !== align.length) return null
    const children: TableCell[] = []
    for (const [k, cell] of cells.entries()) {
      const m = CELL.exec(cell.text)
      const content = m?.[1]
      const phrasing: PhrasingContent[] | null = !m ? null : content === undefined ? [] : inline(line, cell.column + cell.text.indexOf(content), content)
      if (!phrasing) return null
      // A cell runs from its `|` to the next one; the last one takes the closing `|` too.
      const end = k === cells.length - 1 ? lineEnd(line) : at(line, cell.column + cell.text.length)
      children.push({type: 'tableCell', children: phrasing, position: {start: at(line, cell.column - 1), end}})
    }
    rows.push({type: 'tableRow', children, position: {start: at(line, 1), end: lineEnd(line)}})
  }
  // The table ends with its last line, the delimiter row when there is no other.
  return {type: 'table', align: align as Table['align'], children: rows, position: {start: at(header, 1), end: lineEnd(block[block.length - 1]!)}}
}

/** `| a | b |` → the text between the pipes, each with the column of its first character. */
function cellsOf(text: string): Array<{text: string; column: number}> | null {
  if (text.length < 2 || !text.startsWith('|') || !text.endsWith('|')) return null
  const cells: Array<{text: string; column: number}> = []
  let from = 1
  for (let bar = text.indexOf('|', 1); bar >= 0; bar = text.indexOf('|', bar + 1)) {
    cells.push({text: text.slice(from, bar), column: from + 1})
    from = bar + 1
  }
  return cells
}
