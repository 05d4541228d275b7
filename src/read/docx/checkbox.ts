/**
 * Word's checkbox forms → checked or not:
 *
 *   <w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/>…   content control (Word 2010+)
 *   <w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>      legacy form field (FORMCHECKBOX):
 *       <w:default w:val="0"/><w:checked/>…                      `w:checked` wins over `w:default`
 *   <w:sym w:font="Wingdings" w:char="F0FE"/>                   symbol glyph (see src/read/marks.ts)
 *
 * A content control's own glyph (☒ in MS Gothic) is not read: the control's state is the truth.
 */
import {normalizeBoxGlyphs, symbolFont, symbolMark} from '../marks.js'
import {attr, child, localName, onOff, type XmlElement} from './xml.js'

/** A content control's checkbox state, or `null` when the control is no checkbox. */
export function contentControlChecked(sdtPr: XmlElement | undefined): boolean | null {
  if (!sdtPr) return null
  for (const c of sdtPr.children) {
    if (c.type !== 'tag') continue
    const element = c as XmlElement
    if (localName(element).toLowerCase() !== 'checkbox') continue
    const checked = child(element, 'checked')
    return checked ? onOff(checked) ?? false : false
  }
  return null
}

/** A legacy form field's checkbox state (`fldChar` of type begin), or `null` when it is no checkbox. */
export function formFieldChecked(fldChar: XmlElement): boolean | null {
  const box = child(child(fldChar, 'ffData'), 'checkBox')
  if (!box) return null
  const checked = child(box, 'checked')
  if (checked) return onOff(checked) ?? false
  return onOff(child(box, 'default')) ?? false
}

/** A `w:sym` as text: its mark when it is a checkbox glyph, else the character, else ``. */
export function symText(sym: XmlElement): string {
  const font = symbolFont(attr(sym, 'font'))
  const code = parseInt(attr(sym, 'char') ?? '', 16)
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return ''
  if (font !== null || (code >= 0xf000 && code <= 0xf0ff)) {
    // A symbol-font glyph that is no box (a bullet, an arrow) has no text meaning.
    return symbolMark(code, font) ?? ''
  }
  return normalizeBoxGlyphs(String.fromCodePoint(code))
}
