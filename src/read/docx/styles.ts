/**
 * What the reader needs from `word/styles.xml`: whether a paragraph or character style is bold,
 * the font it sets (a symbol font turns `þ` into a box), and the list a paragraph style numbers
 * with. `basedOn` chains are followed (without recursion, and never round a loop).
 */
import {attr, child, childElements, onOff, type XmlElement} from './xml.js'

export interface RunLook {
  bold?: boolean
  font?: string
}

interface StyleDef extends RunLook {
  basedOn?: string
  numId?: string
  ilvl?: number
}

export interface Styles {
  /** `base` (by default the document defaults) with what `styleId`'s chain sets over it. */
  run(styleId: string | undefined, base?: RunLook): RunLook
  /** A paragraph style's numbering (`numId`, level), if it numbers its paragraphs. */
  numbering(styleId: string | undefined): {numId: string; ilvl: number} | undefined
}

const MAX_CHAIN = 32
const val = (element: XmlElement | undefined) => (element ? attr(element, 'val') : undefined)

export function readStyles(root: XmlElement | null): Styles {
  const defs = new Map<string, StyleDef>()
  let defaults: RunLook = {}
  if (root) {
    const rPrDefault = child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr')
    if (rPrDefault) defaults = runLook(rPrDefault)
    for (const style of childElements(root, 'style')) {
      const id = attr(style, 'styleId')
      if (!id) continue
      const def: StyleDef = {...runLook(child(style, 'rPr'))}
      const basedOn = val(child(style, 'basedOn'))
      if (basedOn) def.basedOn = basedOn
      const numPr = child(child(style, 'pPr'), 'numPr')
      const numId = val(child(numPr, 'numId'))
      if (numId) {
        def.numId = numId
        def.ilvl = Number(val(child(numPr, 'ilvl')) ?? 0) || 0
      }
      defs.set(id, def)
    }
  }
  const chain = (id: string | undefined): StyleDef[] => {
    const out: StyleDef[] = []
    const seen = new Set<string>()
    for (let at = id; at && !seen.has(at) && out.length < MAX_CHAIN; at = defs.get(at)?.basedOn) {
      seen.add(at)
      const def = defs.get(at)
      if (def) out.push(def)
    }
    return out
  }
  return {
    run(styleId, base = defaults) {
      const look: RunLook = {...base}
      // The nearest style that sets a property wins.
      for (const def of chain(styleId).reverse()) {
        if (def.bold !== undefined) look.bold = def.bold
        if (def.font !== undefined) look.font = def.font
      }
      return look
    },
    numbering(styleId) {
      const def = chain(styleId).find((d) => d.numId)
      return def ? {numId: def.numId!, ilvl: def.ilvl ?? 0} : undefined
    },
  }
}

/** Bold and font set directly in an `rPr`. */
export function runLook(rPr: XmlElement | undefined): RunLook {
  const look: RunLook = {}
  if (!rPr) return look
  const bold = onOff(child(rPr, 'b'))
  if (bold !== undefined) look.bold = bold
  const fonts = child(rPr, 'rFonts')
  const font = fonts && (attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi') ?? attr(fonts, 'cs'))
  if (font) look.font = font
  return look
}
