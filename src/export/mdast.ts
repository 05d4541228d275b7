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

export function list(items: ListItem[]): List {
  return {type: 'list', ordered: false, spread: false, children: items}
}

/** The italic "Sin información" that stands for an absent value. */
export function placeholder(value: string = PLACEHOLDER): Paragraph {
  return paragraph(emphasis(value))
}

/**
 * A text value as paragraphs: split at blank lines (`\n\n`) when every piece is non-empty, so a
 * reader sees paragraphs; single newlines stay soft breaks. Reading joins paragraphs with `\n\n`.
 */
export function blocks(value: string): Paragraph[] {
  const pieces = value.split('\n\n')
  const clean = pieces.every((p) => p !== '' && !p.startsWith('\n') && !p.endsWith('\n'))
  return (clean ? pieces : [value]).map((p) => paragraph(text(p)))
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

