/**
 * OCR specks (src/formats/gobernanza/noise.ts) and value pieces (lines.ts) are found by scanning
 * the line, not by listing its tokens with a regex: they must give what the token lists gave, on
 * every line, whatever `from`. The page header (furniture.ts) is told by edit distance after a
 * cheaper bound: it must tell what the distance alone told. The references here are those
 * earlier readings, kept as the spec.
 */
import fc from 'fast-check'
import {distance} from 'fastest-levenshtein'
import {describe, expect, it} from 'vitest'
import {allowedDistance} from '../../src/constructs/label-match.js'
import {isHeaderLine} from '../../src/formats/gobernanza/furniture.js'
import {PAGE_HEADER} from '../../src/formats/gobernanza/labels.js'
import {fold} from '../../src/text/fold.js'
import {pieceOf} from '../../src/formats/gobernanza/lines.js'
import {isNoiseLine, leadingNoise, trailingNoise, type Span} from '../../src/formats/gobernanza/noise.js'
import {contentEnd, contentStart} from '../../src/text/trim.js'
import {NOISE_MARKS} from '../../src/vocab/ocr-confusions.js'

const LETTER = /^\p{L}$/u
const isMarks = (token: string) => token.length > 0 && token.length <= 3 && [...token].every((ch) => NOISE_MARKS.includes(ch))
const tokens = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({text: m[0], start: m.index, end: m.index + m[0].length}))
const lastToken = (text: string) => /(\S*)\s*$/.exec(text)![1]!

const reference = {
  isNoiseLine(text: string): boolean {
    if (/[\p{L}\p{N}]{2}/u.test(text)) return false
    const list = tokens(text)
    return list.length > 0 && list.every((t) => isMarks(t.text) || LETTER.test(t.text)) && list.some((t) => isMarks(t.text))
  },
  trailingNoise(text: string, from = 0): Span | null {
    const last = lastToken(text)
    if (!isMarks(last) && !LETTER.test(last)) return null
    const list = tokens(text).filter((t) => t.start >= from)
    let first = list.length
    while (first > 0 && (isMarks(list[first - 1]!.text) || LETTER.test(list[first - 1]!.text))) first--
    const tail = list.slice(first)
    const marks = tail.filter((t) => isMarks(t.text)).length
    if (tail.length === 0 || marks === 0) return null
    if (first !== 0 && (tail.length < 3 || marks * 2 < tail.length)) return null
    return {start: first === 0 ? from : list[first - 1]!.end, end: text.length}
  },
  pieceOf(line: number, text: string, from = 0) {
    const rawStart = text.slice(from).search(/\S/)
    if (rawStart < 0) return null
    const lead = leadingNoise(text, from + rawStart)
    const trail = reference.trailingNoise(text, lead?.end ?? from + rawStart)
    const start = lead?.end ?? from + rawStart
    const end = trail ? text.slice(0, trail.start).trimEnd().length : text.trimEnd().length
    return end <= start ? null : {line, start, end, rawStart: from + rawStart, rawEnd: text.trimEnd().length}
  },
}

/** Lines of OCR'd slides: words, single letters, specks, runs of white space of every kind. */
const line = fc.array(fc.constantFrom('Descripcion', 'de', 'y', 'a', 'L', 'é', '2015', '.', ',', ';', '. .', ']', '|', '°', '!!', '....', '-', ' ', '  ', '\t', '\u00a0', '\u2003', '\ufeff', '𝐀'), {maxLength: 14}).map((parts) => parts.join(''))

const KEYS = PAGE_HEADER.map((line) => fold(line))
const WHOLE = fold(PAGE_HEADER.join(' '))
function headerByDistance(text: string): boolean {
  if (text.length < Math.min(...KEYS.map((k) => k.length)) - 4 || text.trim().length > WHOLE.length + 8) return false
  const folded = fold(text)
  const near = (key: string) => Math.abs(folded.length - key.length) <= allowedDistance(key.length) && distance(folded, key) <= allowedDistance(key.length)
  return folded.length >= 10 && (KEYS.some(near) || near(WHOLE))
}

describe('the page header of OCR slides', () => {
  it('is told as the edit distance alone told it, through any OCR damage', () => {
    const edit = fc.tuple(fc.nat(120), fc.constantFrom('', 'a', 'E', 'é', 'Ó', ' ', '  ', '.', 'ñ', '✓', 'x'), fc.nat(2))
    const line = fc.tuple(fc.constantFrom(...PAGE_HEADER, PAGE_HEADER.join(' '), 'PRIMERA CONSULTA A MIGRANTES Y REFUGIADOS', 'Año de inicio 2015'), fc.array(edit, {maxLength: 6}))
      .map(([text, edits]) => edits.reduce((t, [at, insert, cut]) => t.slice(0, at % (t.length + 1)) + insert + t.slice(at % (t.length + 1) + cut), text))
    fc.assert(fc.property(line, (text) => {
      expect(isHeaderLine(text)).toBe(headerByDistance(text))
    }), {numRuns: 3000})
    expect(isHeaderLine(PAGE_HEADER[0]!.replace('A', '4'))).toBe(true)
  })
})

describe('OCR specks and value pieces', () => {
  it('are found as the token lists found them, from any column', () => {
    fc.assert(fc.property(line, fc.nat(40), (text, at) => {
      const from = Math.min(at, text.length)
      expect(isNoiseLine(text)).toBe(reference.isNoiseLine(text))
      expect(trailingNoise(text, from)).toEqual(reference.trailingNoise(text, from))
      expect(pieceOf(7, text, from)).toEqual(reference.pieceOf(7, text, from))
    }), {numRuns: 3000})
  })

  it('read the lines of the slides', () => {
    expect(isNoiseLine('. . p . .')).toBe(true)
    expect(isNoiseLine('entre chilenos y')).toBe(false)
    expect(trailingNoise('Descripcion . . s L .')).toEqual({start: 11, end: 21})
    expect(trailingNoise('… entre chilenos y')).toBeNull()
    expect(pieceOf(3, '. formar a chilenos . , ;  ')).toEqual({line: 3, start: 2, end: 19, rawStart: 0, rawEnd: 25})
  })

  it('scan white space as `\\s` does', () => {
    expect(contentStart(' \t\u00a0\ufeffx')).toBe(4)
    expect(contentStart('ab', 2)).toBe(-1)
    expect(contentEnd('x\u2028 \u3000')).toBe(1)
    expect(contentEnd('   ')).toBe(0)
  })
})
