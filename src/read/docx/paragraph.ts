/**
 * One `w:p` → its text lines. Runs are read in order; what is not body text is left out:
 *
 *   <w:t>, <w:tab/> (TAB), <w:br/> (new line), <w:noBreakHyphen/>   text
 *   <w:sym>, checkbox content controls and form fields             ☒ / ☐ (see checkbox.ts)
 *   <w:del>, <w:moveFrom>, <w:instrText>, <w:delText>              tracked deletions, field codes: out
 *   footnote/endnote/comment references, mc:Fallback               out (mc:Choice is read)
 *   <w:txbxContent>                                                 handed back, read as blocks after the paragraph
 *
 * Bold is kept as `**…**` only after plain words on the same line (`… de Sello: **Políticas
 * locales**, ya que …`): a paragraph that is bold from its start is a heading or a label
 * (`**Breve descripción:** …` would not match the label), so it gets no markers. A list
 * paragraph opens with its marker (`- `, `1. `).
 */
import {normalizeBoxGlyphs, markOf, symbolFont} from '../marks.js'
import {contentControlChecked, formFieldChecked, symText} from './checkbox.js'
import type {Numbering} from './numbering.js'
import {runLook, type RunLook, type Styles} from './styles.js'
import {attr, child, localName, ownText, type XmlElement, type XmlNode} from './xml.js'

export interface ReadContext {
  styles: Styles
  numbering: Numbering
}

export interface ParagraphText {
  lines: string[]
  /** The paragraph held template placeholder text (a content control never filled in), left out. */
  placeholder: boolean
  /** Text boxes anchored in the paragraph, to read as blocks after it. */
  textBoxes: XmlElement[]
}

interface Segment {
  text: string
  bold: boolean
}

/** Elements whose content is never body text. */
const SKIPPED = new Set([
  'pPr', 'rPr', 'del', 'moveFrom', 'instrText', 'delText', 'commentReference', 'footnoteReference',
  'endnoteReference', 'annotationRef', 'Fallback', 'sectPr', 'fldData',
])

const val = (element: XmlElement | undefined) => (element ? attr(element, 'val') : undefined)
const WORD_CHAR = /[\p{L}\p{N}]/u

export function readParagraph(p: XmlElement, ctx: ReadContext): ParagraphText {
  const pPr = child(p, 'pPr')
  const pStyle = val(child(pPr, 'pStyle'))
  const paragraphLook = ctx.styles.run(pStyle)
  const segments: Segment[] = []
  const out: ParagraphText = {lines: [], placeholder: false, textBoxes: []}
  const add = (text: string, look: RunLook) => { if (text) segments.push({text, bold: look.bold === true}) }

  const stack: Array<{node: XmlNode; look: RunLook}> = []
  const pushChildren = (element: XmlElement, look: RunLook) => {
    for (let i = element.children.length - 1; i >= 0; i--) stack.push({node: element.children[i]!, look})
  }
  pushChildren(p, paragraphLook)
  while (stack.length) {
    const {node, look} = stack.pop()!
    if (node.type !== 'tag') continue
    const element = node as XmlElement
    const name = localName(element)
    if (SKIPPED.has(name)) continue
    switch (name) {
      case 'r': {
        const rPr = child(element, 'rPr')
        const rStyle = val(child(rPr, 'rStyle'))
        const styled = rStyle ? ctx.styles.run(rStyle, look) : look
        pushChildren(element, {...styled, ...runLook(rPr)})
        break
      }
      case 't':
        add(normalizeBoxGlyphs(ownText(element), symbolFont(look.font)), look)
        break
      case 'tab': case 'ptab':
        add('\t', look)
        break
      case 'br': case 'cr': {
        const type = attr(element, 'type')
        add(type === 'page' || type === 'column' ? ' ' : '\n', {})
        break
      }
      case 'noBreakHyphen':
        add('-', look)
        break
      case 'sym':
        add(symText(element), {})
        break
      case 'fldChar': {
        const checked = attr(element, 'fldCharType') === 'begin' ? formFieldChecked(element) : null
        if (checked !== null) add(markOf(checked), {})
        break
      }
      case 'sdt': {
        const sdtPr = child(element, 'sdtPr')
        const checked = contentControlChecked(sdtPr)
        if (checked !== null) add(markOf(checked), {})
        else if (child(sdtPr, 'showingPlcHdr')) out.placeholder = true
        else { const content = child(element, 'sdtContent'); if (content) pushChildren(content, look) }
        break
      }
      case 'AlternateContent': {
        const choice = child(element, 'Choice')
        if (choice) pushChildren(choice, look)
        break
      }
      case 'txbxContent':
        out.textBoxes.push(element)
        break
      default:
        pushChildren(element, look)
    }
  }
  out.lines = render(segments)
  if (out.lines.some((line) => line.trim())) {
    const numPr = child(pPr, 'numPr')
    const numId = val(child(numPr, 'numId'))
    const list = numId !== undefined ? {numId, ilvl: Number(val(child(numPr, 'ilvl')) ?? 0) || 0} : ctx.styles.numbering(pStyle)
    const marker = list ? ctx.numbering.next(list.numId, list.ilvl) : null
    if (marker) out.lines[0] = `${marker} ${out.lines[0]!.trimStart()}`
  }
  return out
}

/** Segments → lines (split at breaks), with `**…**` around bold that follows plain text. */
function render(segments: readonly Segment[]): string[] {
  const lines: string[] = []
  let line = ''
  let plainSeen = false
  let bold = ''
  const flushBold = () => {
    if (!bold) return
    if (plainSeen && WORD_CHAR.test(bold)) {
      const core = bold.trim()
      const lead = bold.slice(0, bold.indexOf(core.charAt(0)))
      line += `${lead}**${core}**${bold.slice(lead.length + core.length)}`
    } else line += bold
    bold = ''
  }
  for (const segment of segments) {
    const parts = segment.text.split('\n')
    parts.forEach((part, i) => {
      if (i > 0) {
        flushBold()
        lines.push(finishLine(line))
        line = ''
        plainSeen = false
      }
      if (!part) return
      if (segment.bold) bold += part
      else {
        flushBold()
        line += part
        if (WORD_CHAR.test(part)) plainSeen = true
      }
    })
  }
  flushBold()
  lines.push(finishLine(line))
  return lines
}

/**
 * A mark glued to its label gets a space (`☒NNA` → `☒ NNA`); leading spaces (not TABs: a month
 * row typed with TABs starts with empty cells) and trailing white space go.
 */
function finishLine(line: string): string {
  return line.replace(/([☒☐])(?=[\p{L}\p{N}])/gu, '$1 ').replace(/^[ \u00a0]+/, '').trimEnd()
}
