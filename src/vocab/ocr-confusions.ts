/**
 * What Spanish OCR prints instead of what the page says, as data. The repairer
 * (`src/constructs/ocr-repair.ts`) tries these only on words the Spanish dictionary does not
 * know, and keeps a candidate only when the dictionary knows it and no other candidate competes.
 *
 *   accién → acción   poblacidn → población   tedrico → teórico   disefiado → diseñado
 *   Fundaciéon → Fundación   verificacidén → verificación   gue → que   N© 0516 → N° 0516
 */

/** One substitution: OCR printed `actual` where the page had `expected`. */
export interface Confusion {
  readonly actual: string
  readonly expected: string
}

/**
 * Glyph damage: a letter that carries evidence of misreading (an `ó` read as `é`, `d` or `i`,
 * an `ñ` read as `fi`). Tried first.
 */
export const DAMAGE_CONFUSIONS: readonly Confusion[] = [
  {actual: 'é', expected: 'ó'},
  {actual: 'd', expected: 'ó'},
  {actual: 'i', expected: 'ó'},
  {actual: 'dé', expected: 'ó'},
  {actual: 'éo', expected: 'ó'},
  {actual: 'fi', expected: 'ñ'},
  {actual: 'g', expected: 'q'},
] as const

/**
 * A lost diacritic (`traduccion` → `traducción`, `dias` → `días`). Tried only when no damage
 * confusion applies; a word that is Spanish without the accent (`Publica`, `transito`) is
 * never changed, because only non-words are repaired.
 */
export const ACCENT_CONFUSIONS: readonly Confusion[] = [
  {actual: 'a', expected: 'á'},
  {actual: 'e', expected: 'é'},
  {actual: 'i', expected: 'í'},
  {actual: 'o', expected: 'ó'},
  {actual: 'u', expected: 'ú'},
  {actual: 'u', expected: 'ü'},
  {actual: 'n', expected: 'ñ'},
] as const

/**
 * One-letter conjunctions OCR glues to the word before (`Dunanty el MIDESOC` for
 * `Dunant y el MIDESOC`). Split only when the stem is a capitalised word printed on its own
 * elsewhere in the same document.
 */
export const GLUED_CONJUNCTIONS = ['y', 'e', 'o', 'u'] as const

/**
 * Symbols misread as other symbols; `before`/`after` are the context that must surround them,
 * tested on the 16 characters before and after (anchor them at the symbol: `…$`, `^…`).
 */
export interface SymbolConfusion extends Confusion {
  readonly before: RegExp
  readonly after: RegExp
}

export const SYMBOL_CONFUSIONS: readonly SymbolConfusion[] = [
  {actual: 'N©', expected: 'N°', before: /(?:^|[^\p{L}\p{N}])$/u, after: /^(?:\s|\d|$)/u},
  {actual: 'n©', expected: 'n°', before: /(?:^|[^\p{L}\p{N}])$/u, after: /^(?:\s|\d|$)/u},
] as const

/**
 * Punctuation OCR leaves around text (specks of the slide background). A token made only of
 * these, or a single letter among them, is noise: `. . p . . . .`, `]`, `. formar …`.
 * Bullets (`-`, `•`, `«`) and opening quotes or brackets are not noise.
 */
export const NOISE_MARKS = '.,;:\'`´~_|]})!¡^¨°º' as const
