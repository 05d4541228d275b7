/**
 * Detection tries the line signals (`/^[ \t]*label/m`) together, only at line starts: it must
 * find exactly the signals that testing each pattern on the whole folded sample finds.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {detect, heldTexts, matchSignals, requiredText, requiredTexts} from '../../src/detect/detect.js'
import {FORMATS} from '../../src/formats/registry.js'
import {stripAccents} from '../../src/text/fold.js'
import {ROOT} from '../helpers/golden.js'
import {INITIATIVES, MEMBERSHIP_CUES, OTHER_NETWORKS} from '../../src/vocab/networks.js'

/** Every signal tested on its own over the whole sample, as `format: name`. */
function naive(lines: string[]): string[] {
  const folded = stripAccents(lines.join('\n') + '\n').replace(/ {2,}/g, ' ')
  return FORMATS.flatMap((f) => f.signals.filter((s) => s.pattern.test(folded)).map((s) => `${f.id}: ${s.name}`)).sort()
}

function found(lines: string[]): string[] {
  return detect({path: 'x.txt', lines, encoding: 'utf-8', bom: false, eol: 'lf'}).evidence.map((e) => e.replace(/ \([+-]?\d+\)$/, '')).sort()
}

function documents(dir: string): string[][] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8').split(/\r\n|\r|\n/))
}

const DOCS = [...documents(join(ROOT, 'fixtures/samples')), ...documents(join(ROOT, 'fixtures/cases'))]
const LINES = DOCS.flat().filter((l) => l.trim())

describe('detection signals', () => {
  it('finds the signals each pattern finds alone, in every sample and case', () => {
    expect(DOCS.length).toBeGreaterThan(40)
    for (const lines of DOCS) expect(found(lines)).toEqual(naive(lines))
  })

  it('finds the same signals one by one (the first document of a process) as together', () => {
    for (const lines of DOCS) {
      const folded = stripAccents(lines.join('\n') + '\n').replace(/ {2,}/g, ' ')
      expect([...matchSignals(folded, true)].map((s) => s.name).sort()).toEqual([...matchSignals(folded, false)].map((s) => s.name).sort())
    }
  })

  it('finds them in documents mixed from lines of every format, indented or not', () => {
    const line = fc.tuple(fc.constantFrom(...LINES), fc.constantFrom('', '  ', '\t', '\u2028')).map(([text, lead]) => lead + text)
    fc.assert(fc.property(fc.array(line, {maxLength: 60}), (lines) => {
      expect(found(lines)).toEqual(naive(lines))
    }), {numRuns: 300})
  })

  it('finds the network signals where names overlap, repeat, and sit near cues, headlines and line ends', () => {
    // Names inside longer names (`ciudades interculturales` in `red de ciudades interculturales`),
    // cues before and after, full stops, line breaks: the signals tried only at each name must
    // find what their patterns find anywhere.
    const names = [...INITIATIVES.flatMap((i) => i.variants), ...OTHER_NETWORKS]
    const piece = fc.oneof(
      fc.constantFrom(...names), fc.constantFrom(...MEMBERSHIP_CUES), fc.constantFrom(' ', '. ', '.', '\n', ', ', ' de la ', 'x'.repeat(100)),
      fc.constantFrom('red de ', 'la ', 'se ', ' 2024'))
    fc.assert(fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
      const lines = pieces.join('').split('\n')
      expect(found(lines)).toEqual(naive(lines))
    }), {numRuns: 500})
  })

  it('looks first for the longest text every match of a signal holds, and only where there is one', () => {
    expect(requiredText(/pacto mundial (?:para|sobre) la migracion/)).toBe('pacto mundial ')
    expect(requiredText(/\ba?n?o de inicio\b/)).toBe('o de inicio')
    expect(requiredText(/logros ?\/ ?resultados/)).toBe('resultados')
    expect(requiredText(/\bpmm\b/)).toBe('pmm')
    expect(requiredText(/objetivo\tideas/)).toBe('objetivo\tideas')
    expect(requiredText(/<p>[^<]*<\/p>\t/)).toBe('</p>\t')
    expect(requiredText(/abcd+e/)).toBe('abcd')
    expect(requiredText(/abcd{0,2}e/)).toBe('abc')
    expect(requiredText(/ab(?:cdefgh)?ij/)).toBeNull()
    expect(requiredText(/\u00e9tude/)).toBe('tude')
    expect(requiredText(/[abcdef]xy(?<![a-z]bcd)z/)).toBeNull()
    // An alternative may hold other text; a flag may change what matches; too short.
    expect(requiredText(/name of entity|submitting/)).toBeNull()
    expect(requiredText(/pacto mundial/i)).toBeNull()
    expect(requiredText(/ab?c/)).toBeNull()
  })
})

describe('the texts the signals require', () => {
  it('are found in one search as one `includes` each finds them, where they start together or overlap', () => {
    const texts = ['principales compromisos', 'principal', 'pacto mundial ', 'mundial', 'o de inicio', 'de inicio', 'abcabc', 'bca', 'ca', 'a.b', '(es)', 'x\ty']
    const required = requiredTexts(texts)
    const piece = fc.constantFrom(...texts, 'principales', 'pacto ', 'abc', 'b', 'c', ' ', 'axb', 'de', '\t', 'y', '(', 'es)')
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
      const text = pieces.join('')
      expect([...heldTexts(text, required)].sort()).toEqual(texts.filter((t) => text.includes(t)).sort())
    }), {numRuns: 3000})
    expect(heldTexts('los principales compromisos', required)).toEqual(new Set(['principales compromisos', 'principal']))
    expect(heldTexts('anything', null).size).toBe(0)
  })
})
