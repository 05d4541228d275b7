import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fold, slugify, stripAccents} from '../../src/text/fold.js'

describe('fold', () => {
  it('removes case, accents and ñ, and collapses white space', () => {
    expect(fold('  Descripción\t DEL  Niño ')).toBe('descripcion del nino')
    expect(fold('LÍNEAS SELLO')).toBe('lineas sello')
    expect(fold('São Paulo, Curaçao')).toBe('sao paulo, curacao')
  })
  it('folds accents outside the fast table through Unicode normalisation', () => {
    expect(fold('Ǹ Ḿ ő')).toBe('n m o')
  })
  it('leaves other symbols alone', () => {
    expect(fold('N° ✓ ☒ “x”')).toBe('n° ✓ ☒ “x”')
  })
  it('strips what Unicode decomposition strips, whatever the run of characters (table letters, marks, symbols)', () => {
    const char = fc.constantFrom('a', 'E', ' ', 'á', 'É', 'ñ', 'Ç', 'ü', 'ő', 'Ǹ', '\u0301', '\u0323', '✓', '–', 'ß', 'İ', 'ﬁ', '한', '𝐀')
    fc.assert(fc.property(fc.array(char, {maxLength: 12}), (chars) => {
      const text = chars.join('')
      expect(stripAccents(text)).toBe(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
    }), {numRuns: 3000})
  })
})

describe('slugify', () => {
  it('makes ASCII kebab-case, limited in length, never empty', () => {
    expect(slugify('Puente Alto Operativos interinstitucionales')).toBe('puente-alto-operativos-interinstitucionales')
    expect(slugify('../../x')).toBe('x')
    expect(slugify('¿¡!?')).toBe('untitled')
    expect(slugify('a'.repeat(100), 10)).toBe('aaaaaaaaaa')
  })
})
