/**
 * Segments a document into blocks: paragraphs (lines up to a blank line), list items (a bullet
 * line and the unbulleted lines that continue it) and Markdown headings.
 *
 *   ■ Durante 2023, destacan la asesoría técnica, …      → item, marker `■`
 *   Principales compromisos de las Ciudades Solidarias:   → paragraph
 *   ## Compromisos                                        → heading
 *
 * A sentence cut by a stray blank line (a paragraph with no final punctuation, then one that
 * starts in lower case) is rejoined, reported as the repair `paragraph/rejoined`:
 *
 *   … para que se garanticen los
 *
 *   derechos de esta población vulnerable, …
 */
import type {ParseContext} from '../context.js'
import {isBlank} from '../../read/source.js'
import {BULLET} from './labels.js'

export interface Block {
  kind: 'paragraph' | 'item' | 'heading'
  /** The bullet as written (`■`, `-`, `1.`), or `#`… for a heading; null for a paragraph. */
  marker: string | null
  /** 1-based lines of the original file that hold the block (blank lines of a rejoin excluded). */
  lines: number[]
  /** The block's text: lines joined by a space, marker removed, Markdown still in. */
  raw: string
  /** Each line's text, trimmed, marker removed (one per entry of `lines`). */
  lineTexts: string[]
  /** Plain text (Markdown emphasis removed, single spaces), filled in by `plain-text.ts`. */
  text: string
  /** `text` folded (lower case, no accents), same length, for matching labels and words. */
  folded: string
  /** Links the block holds (`[text](url)`, `<url>`), filled in by `plain-text.ts`. */
  links: TextLink[]
}

export interface TextLink {
  text: string
  url: string
}

/** White space as `\s` has it. */
const SPACE = /\s/
const TERMINATOR = /[\n\r\u2028\u2029]/

/**
 * A Markdown heading line: its `#`s and text, without a closing run of `#`.
 *
 *   ## Compromisos ##   → ['##', 'Compromisos']
 *
 * What `/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/` matches, read by hand: the pattern retries the
 * closing run at every character of the text, which a long run of spaces made quadratic.
 */
export function markdownHeading(text: string): [marker: string, text: string] | null {
  let at = 0
  while (at < 3 && at < text.length && SPACE.test(text[at]!)) at++
  const start = at
  while (at < text.length && at - start < 7 && text[at] === '#') at++
  if (at === start || at - start > 6 || at >= text.length || !SPACE.test(text[at]!)) return null
  const marker = text.slice(start, at)
  while (at < text.length && SPACE.test(text[at]!)) at++
  // The longest tail of spaces, `#`s, spaces.
  let end = text.length
  while (end > at && SPACE.test(text[end - 1]!)) end--
  while (end > at && text[end - 1] === '#') end--
  while (end > at && SPACE.test(text[end - 1]!)) end--
  const content = text.slice(at, end)
  return TERMINATOR.test(content) ? null : [marker, content]
}
/** Fewest words for a paragraph to be a cut sentence rather than a title. */
const MIN_CUT_WORDS = 8

export function segment(ctx: ParseContext): Block[] {
  const blocks: Block[] = []
  let open: Block | null = null
  for (let line = 1; line <= ctx.lineCount; line++) {
    const text = ctx.line(line)
    if (isBlank(text)) {
      open = null
      continue
    }
    const heading = markdownHeading(text)
    const bullet = heading ? null : BULLET.exec(text)
    if (heading) {
      blocks.push({kind: 'heading', marker: heading[0], lines: [line], raw: heading[1], lineTexts: [heading[1]], text: '', folded: '', links: []})
      open = null
    } else if (bullet) {
      const raw = text.slice(bullet[0].length).trim()
      open = {kind: 'item', marker: bullet[1]!, lines: [line], raw, lineTexts: [raw], text: '', folded: '', links: []}
      blocks.push(open)
    } else if (open) {
      open.lines.push(line)
      open.lineTexts.push(text.trim())
      open.raw += ` ${text.trim()}`
    } else {
      open = {kind: 'paragraph', marker: null, lines: [line], raw: text.trim(), lineTexts: [text.trim()], text: '', folded: '', links: []}
      blocks.push(open)
    }
  }
  return rejoin(ctx, blocks)
}

function rejoin(ctx: ParseContext, blocks: Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const previous = out[out.length - 1]
    const cut = previous?.kind === 'paragraph' && block.kind === 'paragraph' &&
      !/[.!?:;"”»)\]]$/.test(previous.raw) && /^\p{Ll}/u.test(block.raw) &&
      previous.raw.split(/\s+/).length >= MIN_CUT_WORDS
    if (!previous || !cut) {
      out.push(block)
      continue
    }
    const first = block.lines[0]!
    const tail = previous.raw.split(/\s+/).slice(-3).join(' '), head = block.raw.split(/\s+/).slice(0, 3).join(' ')
    const action = ctx.options.repair ? 'rejoined' : 'left apart (--no-repair)'
    ctx.messages.report('paragraph/rejoined',
      `Unexpected blank line inside a sentence (\`${tail}\` ¶ \`${head}\`), expected one paragraph: ${action}`,
      ctx.place(first), {actual: `${tail}\n\n${head}`, expected: `${tail} ${head}`})
    if (!ctx.options.repair) {
      out.push(block)
      continue
    }
    for (const line of block.lines) previous.lines.push(line)
    for (const text of block.lineTexts) previous.lineTexts.push(text)
    previous.raw += ` ${block.raw}`
  }
  return out
}
