import {describe, expect, it} from 'vitest'
import {isSpace, pieceCount, wordCount} from '../../src/text/word-count.js'

describe('word counts', () => {
  it('treats as white space exactly what \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpace(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)))
  })

  it('counts like split(/\\s+/), with and without the empty ends', () => {
    const texts = ['', ' ', 'a', ' a  b ', 'uno dos\ttres\ncuatro', '\u00a0Quito,\u2003Ecuador ', 'a\u200bb c']
    for (const text of texts) {
      expect(pieceCount(text)).toBe(text.split(/\s+/).length)
      expect(wordCount(text)).toBe(text.split(/\s+/).filter(Boolean).length)
    }
  })

  it('stops past the limit with a count above it', () => {
    const long = 'palabra '.repeat(1000)
    expect(pieceCount(long, 8)).toBe(9)
    expect(wordCount(long, 8)).toBe(9)
    expect(pieceCount('uno dos tres', 8)).toBe(3)
    expect(wordCount('uno dos tres', 2)).toBe(3)
  })
})
