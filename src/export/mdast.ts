/**
 * Small mdast builders for the fact sheet writer. Input text only ever goes into `text`,
 * `inlineCode` or link nodes, never into raw Markdown: remark-stringify escapes it, so a
 * `<script>` or a `# heading` in a description stays text.
 */
import type {Emphasis, Heading, Html, InlineCode, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Table, TableCell, Text} from 'mdast'
import {FIELD_LABELS, PLACEHOLDER, type FieldLabelId} from '../vocab/factsheet-labels.js'

export const text = (value: string): Text => ({type: 'text', value})
export const code = (value: string): InlineCode => ({type: 'inlineCode', value})
export const strong = (value: string): Strong => ({type: 'strong', children: [text(value)]})
export const emphasis = (value: string): Emphasis => ({type: 'emphasis', children: [text(value)]})
export const link = (url: string, value: string): Link => ({type: 'link', url, children: [text(value)]})
export const html = (value: string): Html => ({type: 'html', value})
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children})
export const heading = (depth: 1 | 2, ...children: PhrasingContent[]): Heading => ({type: 'heading', depth, children})

export function item(children: ListItem['children'], checked: boolean | null = null): ListItem {
  return {type: 'listItem', spread: false, checked, children}
}

export function list(items: ListItem[], start: number | null = null): List {
  return {type: 'list', ordered: start !== null, ...(start !== null ? {start} : {}), spread: false, children: items}
}

/** The italic "Sin información" that stands for an absent value. */
export function placeholder(value: string = PLACEHOLDER): Paragraph {
  return paragraph(emphasis(value))
}

/**
 * A text value as paragraphs: split at blank lines (`\n\n`) when every piece is non-empty, so a
 * reader sees paragraphs; single newlines stay soft breaks. Reading joins paragraphs with `\n\n`.
 */
export function plainBlocks(value: string): Paragraph[] {
  const pieces = value.split('\n\n')
  const clean = pieces.every((p) => p !== '' && !p.startsWith('\n') && !p.endsWith('\n'))
  return (clean ? pieces : [value]).map((p) => paragraph(text(p)))
}

/** `1. sesiones socio deportivas`: a numbered line, its text. */
const ORDERED_LINE = /^(\d{1,3})\. (\S(?:.*\S)?)$/
/** `- con stands`: a bulleted line, its text. */
const BULLET_LINE = /^- (\S(?:.*\S)?)$/

/**
 * Where the list that ends `lines` starts, and how: two lines or more, all numbered in order
 * (`1.`, `2.`, …) or all bulleted (`- `); `null` when the lines do not end with one.
 */
function trailingList(lines: readonly string[]): {from: number; start: number | null; items: string[]} | null {
  const last = lines.at(-1) ?? ''
  const ordered = ORDERED_LINE.test(last)
  if (!ordered && !BULLET_LINE.test(last)) return null
  let from = lines.length
  while (from > 0 && (ordered ? ORDERED_LINE : BULLET_LINE).test(lines[from - 1]!)) from--
  let items = lines.slice(from)
  let start: number | null = null
  if (ordered) {
    const numbers = items.map((line) => Number(ORDERED_LINE.exec(line)![1]))
    // Numbers that count up by one to the end; earlier lines belong to the paragraph.
    let first = numbers.length - 1
    while (first > 0 && numbers[first - 1] === numbers[first]! - 1) first--
    from += first
    items = items.slice(first)
    start = numbers[first]!
  }
  if (items.length < 2) return null
  return {from, start, items: items.map((line) => (ordered ? ORDERED_LINE : BULLET_LINE).exec(line)!.at(-1)!)}
}

/**
 * A text value as blocks: paragraphs as `plainBlocks` makes them, and a list that ends a
 * paragraph (`El proyecto tiene cuatro líneas:\n1. …\n2. …`) as a Markdown list after it, so
 * pandoc and browsers show a list. Reading joins a paragraph and the list after it with `\n`
 * (other blocks with `\n\n`), so the sheet reads back to the same text; a paragraph that is a
 * list by itself is one only at the start of the value, where nothing precedes it.
 */
export function blocks(value: string): Array<Paragraph | List> {
  const paragraphs = plainBlocks(value)
  if (paragraphs.map((p) => (p.children[0] as Text).value).join('\n\n') !== value) return paragraphs
  return paragraphs.flatMap((p, index): Array<Paragraph | List> => {
    const piece = (p.children[0] as Text).value
    const lines = piece.split('\n')
    const found = trailingList(lines)
    if (!found || (found.from === 0 && index > 0)) return [p]
    const items = list(found.items.map((t) => item([paragraph(text(t))])), found.start)
    return found.from === 0 ? [items] : [paragraph(text(lines.slice(0, found.from).join('\n'))), items]
  })
}

/** `- **Label:** value` (value phrasing), or the placeholder when `value` is null. */
export function field(label: string, value: PhrasingContent[] | null): ListItem {
  return item([paragraph(strong(`${label}:`), ...(value ? [text(' '), ...value] : [text(' '), emphasis(PLACEHOLDER)]))])
}

export function table(header: string[], rows: PhrasingContent[][][], align: Table['align'] = null): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({type: 'tableCell', children})
  return {
    type: 'table',
    align: align ?? header.map(() => null),
    children: [
      {type: 'tableRow', children: header.map((h) => cell([text(h)]))},
      ...rows.map((row) => ({type: 'tableRow' as const, children: row.map(cell)})),
    ],
  }
}

export type Block = RootContent

export interface FactsheetOptions {
  /** Show every section, with the placeholder where a value is absent (a blank template). */
  blank?: boolean
  /** The link to the cited source file from where the sheet is written; without it, the path as given. */
  sourceHref?: (path: string) => string | null
  /** The file of objective `n`'s sheet in the same export, for a practice's objectives to link to. */
  objectiveHref?: (n: number) => string | undefined
  /** An objective sheet: the practices of the export that cite it. */
  citedBy?: ReadonlyArray<{title: string; file: string}>
}

/** The written form of a `**Label:**` field. */
export function label(id: FieldLabelId): string {
  return FIELD_LABELS.find((l) => l.id === id)!.variants[0]
}

/** `## Label` then `content`, or the placeholder when `content` is null and the sheet is blank. */
export function section(title: string, content: Block[] | null, options: FactsheetOptions): Block[] {
  if (content === null || content.length === 0) return options.blank ? [heading(2, text(title)), placeholder()] : []
  return [heading(2, text(title)), ...content]
}

export function textContent(value: string | null): Block[] | null {
  return value === null ? null : blocks(value)
}

export function listContent(values: readonly string[]): Block[] | null {
  return values.length === 0 ? null : [list(values.map((v) => item(blocks(v))))]
}

