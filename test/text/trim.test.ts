import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {squashSpaces, trimEndWhere, withoutEnding} from '../../src/text/trim.js'

describe('trimEndWhere', () => {
  it('removes what `replace(/[…]+$/, "")` removes', () => {
    expect(trimEndWhere('Convenios (2023). ;', /[\s.;]/)).toBe('Convenios (2023)')
    expect(trimEndWhere('...', /[.]/)).toBe('')
    expect(trimEndWhere('abc', /[.]/)).toBe('abc')
  })

  it('gives the regex\'s answer on any text, code units without `u`, code points with it', () => {
    const classes = [/[\s.;]/, /[.:]/, /[\s:;,–-]/, /[_.…\s]/u, /[^\p{L}'’]/u]
    const text = fc.string({unit: fc.constantFrom(' ', '\t', '.', ';', ':', '-', '–', 'a', 'ñ', '’', '😀', '\ud83d', '\ude00', '\u00a0', '_', '…'), maxLength: 12})
    fc.assert(fc.property(text, fc.constantFrom(...classes), (value, char) => {
      const pattern = new RegExp(`${char.source}+$`, char.flags)
      expect(trimEndWhere(value, char)).toBe(value.replace(pattern, ''))
    }), {numRuns: 2000})
  })

  it('is linear on a long run that does not reach the end (the regex is quadratic there)', () => {
    const text = `x${' '.repeat(1_000_000)}x`
    expect(trimEndWhere(text, /\s/)).toBe(text)
  })
})

describe('withoutEnding', () => {
  const piece = fc.constantFrom('Quito', ' ', '\t', '\n', '\u00a0', '(', ')', '152', 'Ecuador', 'x', '((')
  const cases: Array<[RegExp, RegExp, boolean]> = [
    [/\([^()]*\)$/, /\s*\([^()]*\)$/, false],
    [/\(\d+\)$/, /\s*\(\d+\)\s*$/, true],
    [/\(\s*\d+\s*\)$/, /\s*\(\s*\d+\s*\)\s*$/, true],
  ]

  it('removes what the plain pattern removes', () => {
    expect(withoutEnding('Quito (Ecuador)', /\([^()]*\)$/)).toBe('Quito')
    expect(withoutEnding('Quito (Ecuador) ', /\([^()]*\)$/)).toBe('Quito (Ecuador) ')
    expect(withoutEnding('Quito (Ecuador) ', /\([^()]*\)$/, true)).toBe('Quito')
    for (const [group, plain, spaceAfter] of cases) {
      fc.assert(fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
        const text = pieces.join('')
        expect(withoutEnding(text, group, spaceAfter)).toBe(text.replace(plain, ''))
      }), {numRuns: 2000})
    }
  })

  it('reads half a million blanks before a letter at once (the plain pattern takes seconds)', () => {
    const text = `Quito${' '.repeat(500_000)}x`
    for (const [group, , spaceAfter] of cases) expect(withoutEnding(text, group, spaceAfter)).toBe(text)
  })
})

describe('squashSpaces', () => {
  it('makes each run of white space one space and trims, as `replace(/\\s+/g, " ").trim()` does', () => {
    expect(squashSpaces('  a \t b\n\u00a0c  ')).toBe('a b c')
    expect(squashSpaces('a b')).toBe('a b')
    // A run of one character that is not a space, and runs that start or end with a space.
    expect(squashSpaces('a\nb\tc')).toBe('a b c')
    expect(squashSpaces('a \n\nb\u00a0 c')).toBe('a b c')
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'é', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', 'x y'), {maxLength: 12}), (parts) => {
      const text = parts.join('')
      expect(squashSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim())
    }))
  })
})
