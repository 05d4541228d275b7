/**
 * Cuts a PMM handbook into its parts, one pass over the lines after the tables are found:
 *
 *   cover (before `Índice`) → index entries → sections (heading + paragraphs), with tables,
 *   bare objective statements, item lists, footnotes, logo marks and page numbers among them.
 *
 * Everything but the tables and the statements is document metadata; segment claims those lines.
 */
import {matchObjectiveStatement, type ObjectiveMatch} from '../../constructs/objective-match.js'
import {readTables, type PmmTable, type TableIssue} from '../../constructs/pmm-table.js'
import type {ParseContext} from '../context.js'
import {preview} from '../../text/preview.js'
import {readCover, type Cover, type LineText} from './cover.js'
import {boldHeading, firstWordKey, footnote, headingKey, indexEntry, isAnnexHeading, isCoverMark, isIndexHeading, isListItem, isPageNumber, listHeading, type Footnote, type IndexEntry} from './lines.js'

export interface Section {
  title: string | null
  /** Heading lines: a title printed twice, or a bold heading wrapped over lines, is one section. */
  headingLines: number[]
  paragraphs: LineText[]
  startLine: number
}

export interface ItemList {
  heading: LineText
  items: LineText[]
}

export interface Segments {
  tables: PmmTable[]
  /** Title of the section each table sits in. */
  tableSections: Map<PmmTable, string | null>
  tableIssues: TableIssue[]
  cover: Cover | null
  index: {heading: LineText; entries: IndexEntry[]} | null
  sections: Section[]
  lists: Record<string, ItemList>
  footnotes: Footnote[]
  /** Lines that are an objective's statement alone (the grid's objectives 13–23). */
  statements: {line: number; text: string; match: ObjectiveMatch}[]
  marks: LineText[]
  pageNumbers: LineText[]
}

/** Longest line tried as a bare objective statement. */
const MAX_STATEMENT = 300

export function segment(ctx: ParseContext): Segments {
  const lines = ctx.doc.lines
  const furniture = (line: number) => {
    const text = lines[line - 1]!
    return isCoverMark(text.trim()) || footnote(text, line) !== null || isPageNumber(text)
  }
  const {tables, issues} = readTables(lines, furniture)
  const inTable = new Uint8Array(lines.length + 2)
  for (const table of tables) for (const n of [...table.headerLines, ...table.rows.map((r) => r.line)]) inTable[n] = 1
  const tableStarts = new Map(tables.map((t) => [t.startLine, t]))

  const seg: Segments = {tables, tableSections: new Map(), tableIssues: issues, cover: null, index: null, sections: [], lists: {}, footnotes: [], statements: [], marks: [], pageNumbers: []}
  let n = 1
  const indexAt = lines.findIndex((text, i) => isIndexHeading(text.trim()) && !inTable[i + 1])
  if (indexAt >= 0) {
    if (indexAt > 0) { seg.cover = readCover(lines, 1, indexAt); ctx.claim(1, indexAt) }
    seg.index = {heading: {line: indexAt + 1, text: lines[indexAt]!.trim()}, entries: []}
    ctx.claim(indexAt + 1)
    for (n = indexAt + 2; n <= lines.length; n++) {
      const text = lines[n - 1]!
      if (!/\S/.test(text)) continue
      const entry = indexEntry(text, n)
      if (!entry) break
      seg.index.entries.push(entry)
      ctx.claim(n)
    }
  }
  const headings = new Set(seg.index?.entries.map((e) => headingKey(e.title)))
  const starts = new Set([...headings].map(firstWordKey))
  const headingMax = Math.max(0, ...[...headings].map((h) => h.length)) + 12
  const isHeading = (text: string) =>
    (text.length <= headingMax && starts.has(firstWordKey(text)) && headings.has(headingKey(text))) || isAnnexHeading(text)

  let list: ItemList | null = null
  for (; n <= lines.length; n++) {
    const text = lines[n - 1]!
    const table = tableStarts.get(n)
    if (table) seg.tableSections.set(table, seg.sections.at(-1)?.title ?? null)
    if (!/\S/.test(text) || inTable[n]) continue
    const note = footnote(text, n)
    const bold = boldHeading(lines, n - 1)
    const listKey = listHeading(text)
    if (list && !isListItem(text)) list = null
    if (isCoverMark(text.trim())) seg.marks.push({line: n, text: text.trim()})
    else if (note) seg.footnotes.push(note)
    else if (isPageNumber(text)) seg.pageNumbers.push({line: n, text: text.trim()})
    else if (bold) { section(seg, bold.title, n, ctx, bold.end + 1); n = bold.end + 1 }
    else if (isHeading(text)) section(seg, text, n, ctx)
    else if (listKey) seg.lists[listKey] = list = {heading: {line: n, text: text.trim()}, items: []}
    else if (list) list.items.push({line: n, text: text.trim()})
    else {
      const match = text.length <= MAX_STATEMENT && !text.includes('\t') ? matchObjectiveStatement(text) : null
      if (match) { seg.statements.push({line: n, text: text.trim(), match }); continue }
      const open = current(seg, n)
      open.paragraphs.push({line: n, text: text.trim()})
      // Prose before any heading of the handbook is kept in metadata for context, but it is not
      // placed: only text in the handbook's own structure counts (a page that merely mentions
      // the Global Compact must not read as 100% placed).
      if (open.title === null) {
        ctx.leave(n, 'pmm/loose-prose', `Unexpected text \`${preview(text.trim())}\` outside the handbook's sections, expected a table, a heading of its index or text under one; kept in metadata, not placed`)
        continue
      }
    }
    ctx.claim(n)
  }
  return seg
}

/** `headingKey` of each titled section's title, folded once when the section opens. */
const sectionKeys = new WeakMap<Section, string>()

/** Opens a section at `line` (through `end`), or adds the lines to the open one when it repeats its title. */
function section(seg: Segments, title: string, line: number, ctx: ParseContext, end = line): void {
  ctx.claim(line, end)
  const last = seg.sections.at(-1)
  const lines = Array.from({length: end - line + 1}, (_, i) => line + i)
  if (last && last.title !== null && last.paragraphs.length === 0 && sectionKeys.get(last) === headingKey(title)) {
    for (const n of lines) last.headingLines.push(n)
    return
  }
  const opened: Section = {title: title.replace(/\*\*/g, '').trim(), headingLines: lines, paragraphs: [], startLine: line}
  sectionKeys.set(opened, headingKey(opened.title!))
  seg.sections.push(opened)
}

/** The open section, or an untitled one for text before any heading. */
function current(seg: Segments, line: number): Section {
  if (seg.sections.length === 0) seg.sections.push({title: null, headingLines: [], paragraphs: [], startLine: line})
  return seg.sections.at(-1)!
}
