/**
 * Checkbox glyphs of the symbol fonts Word users type boxes with. These fonts are not Unicode:
 * Word stores the glyph as a byte of the font (`þ` in a Wingdings run) or as a private-use code
 * point U+F000 + byte (`<w:sym w:font="Wingdings" w:char="F0FE"/>`, U+F0FE in PDF text).
 * `true` = a marked box or tick, `false` = an empty box. Glyphs outside these tables are not
 * checkboxes (in Symbol, 0xA8 is ♦).
 */
export const SYMBOL_FONT_MARKS: Readonly<Record<string, Readonly<Record<number, boolean>>>> = {
  'wingdings': {
    0xa8: false, // ◻ white medium square (Word's Insert Symbol box)
    0x6f: false, // □ white square
    0x71: false, // ❑ shadowed white square
    0x72: false, // ❒
    0x6e: true, // ■ black square (a filled box)
    0x78: true, // ⌧ X in a rectangle
    0xfb: true, // ✗ ballot X
    0xfc: true, // ✔ heavy check mark
    0xfd: true, // ☒ ballot box with X
    0xfe: true, // ☑ ballot box with check
  },
  'wingdings 2': {
    0xa3: false, // ☐ ballot box
    0x2a: false, // □ (the box Word's bullet library uses)
    0x4f: true, // ✗
    0x50: true, // ✓
    0x51: true, // ☒
    0x52: true, // ☑
    0x53: true, // ☒
    0x54: true, // ☒ bold
  },
  'symbol': {
    0xd6: true, // √ used as a tick
  },
}

/** The font a private-use glyph U+F0xx is read in when the font is not known (PDF text). */
export const DEFAULT_SYMBOL_FONT = 'wingdings'

/**
 * Unicode box glyphs outside the marks the text constructs read (☐ ☒ ☑ ✓ ✔ □), as one of those.
 * `■` is not here: text uses it as a bullet.
 */
export const EXTRA_BOX_GLYPHS: Readonly<Record<string, boolean>> = {
  '⊠': true, '⌧': true, '🗹': true, '🗷': true, '🗵': true, '🗸': true,
  '❏': false, '❐': false, '❑': false, '❒': false, '▢': false, '◻': false, '⬜': false, '🗆': false,
}

/** The marks the readers write: the two glyphs every checkbox construct reads. */
export const MARK_CHECKED = '☒'
export const MARK_UNCHECKED = '☐'
