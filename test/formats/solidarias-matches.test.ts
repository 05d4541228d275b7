import {describe, expect, it} from 'vitest'
import {matchesOf} from '../../src/formats/solidarias/matches.js'

describe('matchesOf', () => {
  it('gives what matchAll gives, empty matches and astral characters included, and leaves the pattern reset', () => {
    const cases: Array<[RegExp, string]> = [[/;/g, 'a; b; c'], [/(?:en|na)\s+(\p{Lu}\p{L}*)/gu, 'en Chile y na Guatemala'], [/x*/g, 'axxb'], [/\p{L}*/gu, '𝒜b c'], [/;/g, '']]
    for (const [pattern, text] of cases) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m])
      expect(matchesOf(pattern, text).map((m) => [m.index, ...m])).toEqual(expected)
      expect(pattern.lastIndex).toBe(0)
    }
  })

  it('starts from the beginning whatever the pattern was left at', () => {
    const pattern = /\d+/g
    pattern.lastIndex = 5
    expect(matchesOf(pattern, '12 345 6').map((m) => m[0])).toEqual(['12', '345', '6'])
  })

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError)
  })
})
