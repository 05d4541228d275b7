/**
 * Checkbox glyphs of Word and PDF files → the marks the checkbox constructs read (☒ marked,
 * ☐ empty). A symbol-font glyph is read in its font (Wingdings `þ` or U+F0FE → ☒, `¨` or
 * U+F0A8 → ☐); a private-use glyph of an unknown font as Wingdings, the font Word inserts boxes
 * with. Other text is left as it is.
 */
import {DEFAULT_SYMBOL_FONT, EXTRA_BOX_GLYPHS, MARK_CHECKED, MARK_UNCHECKED, SYMBOL_FONT_MARKS} from '../vocab/symbol-fonts.js'

export {MARK_CHECKED, MARK_UNCHECKED}

export const markOf = (checked: boolean): string => (checked ? MARK_CHECKED : MARK_UNCHECKED)

/** The symbol fonts' table for a font name (`Wingdings`, `Wingdings 2`, `Symbol`), or `null`. */
export function symbolFont(name: string | null | undefined): string | null {
  if (!name) return null
  const key = name.trim().toLowerCase()
  return key in SYMBOL_FONT_MARKS ? key : null
}

/** The mark of glyph `code` (a byte, or U+F000 + byte) in `font` (default Wingdings), or `null`. */
export function symbolMark(code: number, font: string | null = null): string | null {
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code
  if (byte > 0xff || (code < 0xf000 && font === null)) return null
  const marked = SYMBOL_FONT_MARKS[font ?? DEFAULT_SYMBOL_FONT]?.[byte]
  return marked === undefined ? null : markOf(marked)
}

const CANDIDATE = /[\uf000-\uf0ff⊠⌧❏❐❑❒▢◻⬜]|\ud83d[\udde6\uddf5\uddf7\uddf8\uddf9]/u

/**
 * `text` with its box glyphs as ☒/☐. `font` is the symbol font the text is set in, if any: then
 * every byte-range character is read in that font (`þ` in Wingdings is ☑).
 */
export function normalizeBoxGlyphs(text: string, font: string | null = null): string {
  if (font === null && !CANDIDATE.test(text)) return text
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    const mark = font !== null || (code >= 0xf000 && code <= 0xf0ff) ? symbolMark(code, font) : null
    if (mark) out += mark
    else if (char in EXTRA_BOX_GLYPHS) out += markOf(EXTRA_BOX_GLYPHS[char]!)
    else out += char
  }
  return out
}
