/**
 * `w:body` → blocks in reading order: paragraphs, and tables as rows of cells. Content controls,
 * custom XML and tracked insertions are transparent; text boxes are read right after the
 * paragraph that anchors them. Merged cells keep their columns: a cell spanning n grid columns
 * (`w:gridSpan`) is followed by n − 1 empty cells, a cell continuing a vertical merge
 * (`w:vMerge`) is empty, and `w:gridBefore` opens the row with empty cells, so a month row
 * whose only mark is under November still has it in column 11. Nothing here recurses.
 */
import {readParagraph, type ReadContext} from './paragraph.js'
import {attr, child, localName, type XmlElement, type XmlNode} from './xml.js'

export interface ParagraphBlock {
  kind: 'paragraph'
  lines: string[]
  placeholder: boolean
}

export interface Cell {
  /** Lines of each non-empty paragraph of the cell. */
  paragraphs: string[][]
}

export interface TableBlock {
  kind: 'table'
  rows: Cell[][]
}

export type Block = ParagraphBlock | TableBlock

/** Wrappers whose children are read as if they stood in their place. */
const TRANSPARENT = new Set(['sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag'])
/** Never body content (tracked deletions, the fallback copy of a text box…). */
const SKIPPED = new Set(['del', 'moveFrom', 'Fallback', 'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'pPr', 'rPr'])

const val = (element: XmlElement | undefined) => (element ? attr(element, 'val') : undefined)

export function readBody(body: XmlElement, ctx: ReadContext): Block[] {
  const blocks: Block[] = []
  const stack: Array<{nodes: XmlNode[]; i: number}> = [{nodes: body.children, i: 0}]
  while (stack.length) {
    const frame = stack.at(-1)!
    if (frame.i >= frame.nodes.length) { stack.pop(); continue }
    const node = frame.nodes[frame.i++]!
    if (node.type !== 'tag') continue
    const element = node as XmlElement
    const name = localName(element)
    if (name === 'p') {
      const paragraph = readParagraph(element, ctx)
      blocks.push({kind: 'paragraph', lines: paragraph.lines, placeholder: paragraph.placeholder})
      for (let k = paragraph.textBoxes.length - 1; k >= 0; k--) stack.push({nodes: paragraph.textBoxes[k]!.children, i: 0})
    } else if (name === 'tbl') {
      blocks.push({kind: 'table', rows: readTable(element, ctx)})
    } else if (name === 'sdt') {
      if (child(child(element, 'sdtPr'), 'showingPlcHdr')) blocks.push({kind: 'paragraph', lines: [], placeholder: true})
      else { const content = child(element, 'sdtContent'); if (content) stack.push({nodes: content.children, i: 0}) }
    } else if (name === 'AlternateContent') {
      const choice = child(element, 'Choice')
      if (choice) stack.push({nodes: choice.children, i: 0})
    } else if (TRANSPARENT.has(name)) {
      stack.push({nodes: element.children, i: 0})
    }
  }
  return blocks
}

/** The elements named `name` among `parent`'s children, looking through transparent wrappers. */
function through(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  const stack: XmlNode[] = [...parent.children].reverse()
  while (stack.length) {
    const node = stack.pop()!
    if (node.type !== 'tag') continue
    const element = node as XmlElement
    const local = localName(element)
    if (local === name) found.push(element)
    else if (local === 'sdt' || TRANSPARENT.has(local)) {
      const inner = local === 'sdt' ? child(element, 'sdtContent') : element
      if (inner) for (let i = inner.children.length - 1; i >= 0; i--) stack.push(inner.children[i]!)
    }
  }
  return found
}

function readTable(table: XmlElement, ctx: ReadContext): Cell[][] {
  const rows: Cell[][] = []
  for (const tr of through(table, 'tr')) {
    const cells: Cell[] = []
    const before = Number(val(child(child(tr, 'trPr'), 'gridBefore')) ?? 0)
    for (let k = 0; k < Math.min(before, 64); k++) cells.push({paragraphs: []})
    for (const tc of through(tr, 'tc')) {
      const tcPr = child(tc, 'tcPr')
      const vMerge = child(tcPr, 'vMerge')
      const continued = vMerge !== undefined && val(vMerge) !== 'restart'
      cells.push({paragraphs: continued ? [] : cellParagraphs(tc, ctx)})
      const span = Math.min(Number(val(child(tcPr, 'gridSpan')) ?? 1) || 1, 64)
      for (let k = 1; k < span; k++) cells.push({paragraphs: []})
    }
    rows.push(cells)
  }
  return rows
}

/** Every non-empty paragraph in a cell, nested tables' included, in order. */
function cellParagraphs(tc: XmlElement, ctx: ReadContext): string[][] {
  const paragraphs: string[][] = []
  const stack: XmlNode[] = [...tc.children].reverse()
  while (stack.length) {
    const node = stack.pop()!
    if (node.type !== 'tag') continue
    const element = node as XmlElement
    const name = localName(element)
    if (SKIPPED.has(name)) continue
    if (name === 'p') {
      const paragraph = readParagraph(element, ctx)
      if (paragraph.lines.some((line) => line.trim())) paragraphs.push(paragraph.lines)
      // Text boxes in the paragraph come after it.
      for (let k = paragraph.textBoxes.length - 1; k >= 0; k--) {
        const box = paragraph.textBoxes[k]!
        for (let i = box.children.length - 1; i >= 0; i--) stack.push(box.children[i]!)
      }
      continue
    }
    if (name === 'AlternateContent') {
      const choice = child(element, 'Choice')
      if (choice) for (let i = choice.children.length - 1; i >= 0; i--) stack.push(choice.children[i]!)
      continue
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!)
  }
  return paragraphs
}
