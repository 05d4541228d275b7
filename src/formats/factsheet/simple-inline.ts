/**
 * The inline Markdown a fact sheet is written with, read without remark into the same mdast
 * (positions included): text, `**strong**`, `_emphasis_`, `` `code` ``, `\`-escapes,
 * `<https://…>` and `[text](https://…)`.
 *
 *   **Identificador:** `puente-alto-operativos`      → strong, text ` `, inlineCode
 *   _Sin información_                                 → emphasis
 *
 * Anything else gives `null` and the fragment goes to remark: images, links with a title or
 * with markup in them, HTML, entities, `~`, `|`, a `*` alone, `__`, nested or crossing
 * emphasis, a delimiter that could open and close, a backtick run left open, and outside links
 * GFM's bare `www.`, `https://`, `a@b.cl`. Delimiters follow micromark (attention.js):
 * characters are classed one UTF-16 unit at a time; the text is taken to have white space on
 * both sides (the caller makes sure it has).
 */
import type {Emphasis, Link, PhrasingContent, Strong} from 'mdast'
import type {Point} from 'unist'
import {AUTOLINK, charGroup as group} from '../../constructs/markdown-char-group.js'

/** One line of the text, and where it starts: line, column and offset in the fragment. */
export interface TextLine {
  text: string
  start: Point
}

/** What this module does not read, in text (escapes taken out). */
const OTHER_SYNTAX = /[[\]&~<|\u0000-\u0009\u000B-\u001F\u007F]/
/** Where GFM may find an autolink literal, looked for in text with its escapes resolved. */
const LITERAL = /@|:\/\/|www\./i
/** `[text](url)`: plain text, and an address without spaces, brackets, escapes or entities. */
const LINK = /\[([^[\]\\`*_&<>~|@:\u0000-\u001F\u007F]+)\]\(([^\s()<>\\&\u0000-\u001F\u007F]+)\)/y
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
/** The characters the loop of `readSimpleInline` stops at. */
const SYNTAX = /[\\<[`*_]/g
const ESCAPE = /\\([!-/:-@[-`{-~])/g

/** Index of the next character in `SYNTAX` from `from` on, or `text.length`. */
function nextSyntax(text: string, from: number): number {
  SYNTAX.lastIndex = from
  return SYNTAX.exec(text)?.index ?? text.length
}

function runLength(text: string, at: number): number {
  let end = at
  while (text[end] === text[at]) end++
  return end - at
}

/**
 * The phrasing content of a paragraph's lines (without their indentation), or null when remark
 * has to read it. The lines are read as one text, joined by `\n`, as remark does.
 */
export function readSimpleInline(lines: readonly TextLine[]): PhrasingContent[] | null {
  const text = lines.length === 1 ? lines[0]!.text : lines.map((l) => l.text).join('\n')
  // `text[i]` → its place: the line that holds it (a line's end is the `\n` after it). A node
  // that ends with a `\n` ends where the next line starts, before its indentation.
  const point = (i: number, end = false): Point => {
    let k = 0
    for (; k < lines.length - 1 && i > lines[k]!.text.length; k++) i -= lines[k]!.text.length + 1
    const {start} = lines[k]!
    const column = end && k > 0 && i === 0 ? 1 : start.column + i
    return {line: start.line, column, offset: start.offset! + column - start.column}
  }
  const root: PhrasingContent[] = []
  let open: Strong | Emphasis | null = null
  let from = 0, plain = true
  const add = (node: PhrasingContent) => (open ?? {children: root}).children.push(node)
  // Escapes are part of the text around them: one text node, positions in `text`.
  const flush = (to: number) => {
    if (to <= from) return
    const raw = text.slice(from, to), escaped = raw.includes('\\')
    const value = escaped ? raw.replace(ESCAPE, '$1') : raw
    if (OTHER_SYNTAX.test(escaped ? raw.replace(ESCAPE, '') : raw) || LITERAL.test(value)) plain = false
    add({type: 'text', value, position: {start: point(from), end: point(to, true)}})
  }
  // From one character that may start syntax to the next; the text between is read by `flush`.
  for (let i = nextSyntax(text, 0); i < text.length; i = nextSyntax(text, i + 1)) {
    const ch = text[i]
    if (ch === '\\') {
      // `\` + punctuation is that character; before anything else it is a backslash; at the
      // end of a line it is a line break.
      if (i === text.length - 1 || text[i + 1] === '\n') return null
      if (ASCII_PUNCTUATION.test(text[i + 1]!)) i++
    } else if (ch === '<' || ch === '[') {
      const pattern = ch === '<' ? AUTOLINK : LINK
      pattern.lastIndex = i
      const m = pattern.exec(text)
      if (!m || (ch === '[' && (text[i - 1] === '!' || /www\./i.test(m[1]!)))) return null
      flush(i)
      const label = m[1]!
      const link: Link = {type: 'link', title: null, url: ch === '<' ? label : m[2]!,
        children: [{type: 'text', value: label, position: {start: point(i + 1), end: point(i + 1 + label.length)}}],
        position: {start: point(i), end: point(i + m[0].length)}}
      add(link)
      i += m[0].length - 1
      from = i + 1
    } else if (ch === '`') {
      const size = runLength(text, i)
      let close = text.indexOf('`', i + size)
      while (close >= 0 && runLength(text, close) !== size) close = text.indexOf('`', close + runLength(text, close))
      if (close < 0 || text.slice(i, close).includes('\n')) return null
      flush(i)
      let value = text.slice(i + size, close)
      // One space is padding on each side when both are there and the code is not all spaces.
      if (value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value)) value = value.slice(1, -1)
      add({type: 'inlineCode', value, position: {start: point(i), end: point(close + size)}})
      i = close + size - 1
      from = i + 1
    } else if (ch === '*' || ch === '_') {
      const size = runLength(text, i)
      if (size !== (ch === '*' ? 2 : 1)) return null
      const before = group(text, i - 1), after = group(text, i + size)
      const left = after === 'other' || (after === 'punctuation' && before !== 'other')
      const right = before === 'other' || (before === 'punctuation' && after !== 'other')
      const opens = ch === '*' ? left : left && (before !== 'other' || !right)
      const closes = ch === '*' ? right : right && (after !== 'other' || !left)
      if (opens === closes) return null
      flush(i)
      if (opens) {
        if (open) return null
        const node: Strong | Emphasis = {type: ch === '*' ? 'strong' : 'emphasis', children: [], position: {start: point(i), end: point(i)}}
        root.push(node)
        open = node
      } else {
        if (!open || open.type !== (ch === '*' ? 'strong' : 'emphasis') || open.children.length === 0) return null
        open.position!.end = point(i + size)
        open = null
      }
      i += size - 1
      from = i + 1
    }
  }
  if (open) return null
  flush(text.length)
  return plain ? root : null
}
