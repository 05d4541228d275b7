/**
 * A sorted list of words, front-coded, searched in place: the Spanish dictionary's 657,000 word
 * forms in ~2 MB that load in a few milliseconds (building them from `dictionary-es` takes over
 * a second). `npm run build` writes the list (scripts/gen-ocr-words.mjs); the OCR repair reads
 * it (ocr-repair.ts).
 *
 * Layout, little-endian:
 *
 *   "PWL1"  count  maxLength  blockCount    four u32 after the magic
 *   blockStart[blockCount]                  u32 each: where block k starts in the data
 *   data                                    per block of `BLOCK` words, in sorted order:
 *     len  bytes…                           its first word whole
 *     shared  len  bytes…                   each next word: bytes shared with the word before,
 *                                           then the length and bytes of the rest
 *
 * Words are Latin-1 (one byte a character), so byte order is the order of JavaScript's sort; a
 * list with another character cannot be written (`encodeWordList` throws) and a word with one
 * is never in it.
 */

const MAGIC = 0x314c5750 // "PWL1"
const HEADER = 20
const BLOCK = 16
const MAX_BYTE = 255

/** The words as one buffer (sorted, deduplicated; each at most 255 Latin-1 characters). */
export function encodeWordList(words: Iterable<string>): Uint8Array {
  const sorted = [...new Set(words)].sort()
  let maxLength = 0
  for (const word of sorted) {
    if (word.length > MAX_BYTE || /[^\u0000-\u00ff]/.test(word)) throw new Error(`Unexpected word \`${word}\`, expected at most 255 Latin-1 characters`)
    if (word.length > maxLength) maxLength = word.length
  }
  const blockCount = Math.ceil(sorted.length / BLOCK)
  const data: number[] = []
  const starts: number[] = []
  for (let i = 0; i < sorted.length; i++) {
    const word = sorted[i]!
    let shared = 0
    if (i % BLOCK === 0) starts.push(data.length)
    else {
      const previous = sorted[i - 1]!
      while (shared < word.length && shared < previous.length && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++
      data.push(shared)
    }
    data.push(word.length - shared)
    for (let k = shared; k < word.length; k++) data.push(word.charCodeAt(k))
  }
  const out = new Uint8Array(HEADER + 4 * blockCount + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, sorted.length, true)
  view.setUint32(8, maxLength, true)
  view.setUint32(12, blockCount, true)
  view.setUint32(16, 0, true)
  starts.forEach((start, k) => view.setUint32(HEADER + 4 * k, start, true))
  out.set(data, HEADER + 4 * blockCount)
  return out
}

/** Membership in an encoded list, without decoding it. */
export class WordList {
  readonly count: number
  /** Length of the longest word: no longer word is in the list. */
  readonly maxLength: number
  private readonly blockCount: number
  private readonly view: DataView
  private readonly bytes: Uint8Array
  private readonly dataStart: number
  /** The word looked up, as bytes, and the word being decoded. */
  private readonly query = new Uint8Array(MAX_BYTE)
  private readonly scratch = new Uint8Array(MAX_BYTE)

  constructor(bytes: Uint8Array) {
    this.bytes = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (bytes.byteLength < HEADER || this.view.getUint32(0, true) !== MAGIC) throw new Error('Unexpected file, expected a word list (PWL1)')
    this.count = this.view.getUint32(4, true)
    this.maxLength = this.view.getUint32(8, true)
    this.blockCount = this.view.getUint32(12, true)
    this.dataStart = HEADER + 4 * this.blockCount
    if (this.dataStart > bytes.byteLength) throw new Error('Unexpected end of a word list')
  }

  has(word: string): boolean {
    const length = word.length
    if (length === 0 || length > this.maxLength) return false
    const query = this.query
    for (let i = 0; i < length; i++) {
      const c = word.charCodeAt(i)
      if (c > MAX_BYTE) return false
      query[i] = c
    }
    // The last block whose first word is not after the word.
    let lo = 0, hi = this.blockCount - 1, block = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const at = this.dataStart + this.view.getUint32(HEADER + 4 * mid, true)
      const order = compare(query, length, this.bytes, at + 1, this.bytes[at]!)
      if (order === 0) return true
      if (order > 0) { block = mid; lo = mid + 1 } else hi = mid - 1
    }
    if (block < 0) return false
    return this.inBlock(block, length)
  }

  private inBlock(block: number, length: number): boolean {
    const bytes = this.bytes, scratch = this.scratch, query = this.query
    let at = this.dataStart + this.view.getUint32(HEADER + 4 * block, true)
    let size = bytes[at]!
    scratch.set(bytes.subarray(at + 1, at + 1 + size))
    at += 1 + size
    const last = Math.min(BLOCK, this.count - block * BLOCK)
    for (let k = 1; k < last; k++) {
      const shared = bytes[at]!, rest = bytes[at + 1]!
      for (let i = 0; i < rest; i++) scratch[shared + i] = bytes[at + 2 + i]!
      size = shared + rest
      at += 2 + rest
      const order = compare(query, length, scratch, 0, size)
      if (order === 0) return true
      if (order < 0) return false
    }
    return false
  }
}

/** Order of `a[0, aLength)` against `b[bStart, bStart + bLength)`: negative, 0 or positive. */
function compare(a: Uint8Array, aLength: number, b: Uint8Array, bStart: number, bLength: number): number {
  const n = Math.min(aLength, bLength)
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[bStart + i]!
    if (d !== 0) return d
  }
  return aLength - bLength
}
