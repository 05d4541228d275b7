/**
 * The chunked decoder (src/read/line-decoder.ts) gives, after each chunk, exactly the lines the
 * whole file's first bytes complete (its parts are cut from what has been read, so the lines must
 * come when the bytes do, not later), and in all the lines of decoding the whole file.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {decode} from '../../src/read/decode.js'
import {LineDecoder} from '../../src/read/line-decoder.js'

/** Line breaks in `bytes` that are surely complete: CRLF once, a CR at the very end not (an LF may follow). */
function completeBreaks(bytes: Uint8Array): number {
  let count = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) count++
    else if (bytes[i] === 0x0d) {
      if (i === bytes.length - 1) break
      count++
      if (bytes[i + 1] === 0x0a) i++
    }
  }
  return count
}

const piece = fc.constantFrom('a', 'line', ' ', 'é', '✓', '€', '\n', '\r', '\r\n', '\n\n', '\xe9', '\x93', '\xe9', '\n')
/** Pieces as bytes: `\xe9`/`\x93` alone are Windows-1252 bytes, not UTF-8. */
const toBytes = (pieces: string[]) => Buffer.concat(pieces.map((p) => (p === '\xe9' || p === '\x93' ? Buffer.from([p.charCodeAt(0)]) : Buffer.from(p, 'utf8'))))

describe('LineDecoder', () => {
  it('gives after each chunk the lines its bytes complete, and in all the whole file\'s lines', () => {
    fc.assert(fc.property(fc.array(piece, {minLength: 1, maxLength: 60}), fc.array(fc.integer({min: 1, max: 9}), {minLength: 1, maxLength: 8}), (pieces, sizes) => {
      const bytes = toBytes(['x', ...pieces])
      const wholeMessages = new Messages('a.txt'), chunkMessages = new Messages('a.txt')
      const whole = decode(bytes, 'a.txt', wholeMessages)
      const decoder = new LineDecoder(chunkMessages)
      const got: string[] = []
      let at = 0
      for (let k = 0; at < bytes.length; k++) {
        const size = sizes[k % sizes.length]!
        got.push(...decoder.push(bytes.subarray(at, at + size)))
        at = Math.min(bytes.length, at + size)
        expect(got.length).toBe(completeBreaks(bytes.subarray(0, at)))
      }
      got.push(...decoder.end())
      expect(whole.ok && got).toEqual(whole.ok && whole.doc.lines)
      // The first line that is not UTF-8, at its place.
      const cp1252 = (messages: Messages) => messages.list.filter((d) => d.rule === 'read/windows-1252').map((d) => [d.line, d.column, d.message])
      expect(cp1252(chunkMessages)).toEqual(cp1252(wholeMessages))
    }), {numRuns: 2000})
  })
})
