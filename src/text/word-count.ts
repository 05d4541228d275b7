/**
 * Word counts for length checks, without making the words: a check such as "at most 8 words"
 * runs on every paragraph of a page, and `text.split(/\s+/)` would copy each one into pieces.
 * White space is what `\s` matches. Counting stops past `limit`.
 *
 *   pieceCount(' a  b ') → 4 (as `' a  b '.split(/\s+/).length`) · wordCount(' a  b ') → 2
 */

/** `text.split(/\s+/).length`, or a number above `limit` as soon as the count passes it. */
export function pieceCount(text: string, limit = Infinity): number {
  let count = 1
  for (let i = 0; i < text.length && count <= limit; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) count++
  }
  return count
}

/** `text.split(/\s+/).filter(Boolean).length`, or a number above `limit` as soon as the count passes it. */
export function wordCount(text: string, limit = Infinity): number {
  let count = 0
  for (let i = 0; i < text.length && count <= limit; i++) {
    if (!isSpace(text.charCodeAt(i)) && (i === 0 || isSpace(text.charCodeAt(i - 1)))) count++
  }
  return count
}

/** Whether a UTF-16 code unit is one `\s` matches (white space and line terminators). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
