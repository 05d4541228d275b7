import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/constructs/language.js'
import {foldSameLength} from '../../src/constructs/spanish-numbers.js'
import {PORTUGUESE_MARKERS, SPANISH_MARKERS} from '../../src/vocab/language-words.js'

/** The reading by regex that the word scan replaced, kept as its spec. */
function byRegex(text: string): 'es' | 'pt' {
  let es = 0, pt = 0
  for (const [word] of foldSameLength(text.slice(0, 20_000)).matchAll(/[a-z]+/g)) {
    if (SPANISH_MARKERS.has(word)) es++
    else if (PORTUGUESE_MARKERS.has(word)) pt++
  }
  return pt > es ? 'pt' : 'es'
}

describe('detectLanguage', () => {
  it('tells Portuguese from Spanish by their short words', () => {
    expect(detectLanguage('A iniciativa reúne 81 municípios em 10 países da América Latina e Central, inclusive no Brasil.')).toBe('pt')
    expect(detectLanguage('La iniciativa reúne a 69 integrantes en la región y los gobiernos locales de las Américas.')).toBe('es')
  })

  it('reads a text without telling words as Spanish', () => {
    expect(detectLanguage('Ciudades Solidarias 2024')).toBe('es')
    expect(detectLanguage('')).toBe('es')
  })

  it('counts the longest telling words, and not longer words that hold one', () => {
    expect(detectLanguage('También, tambien; o')).toBe('es')
    expect(detectLanguage('tambienx tambienx o')).toBe('pt')
  })

  it('counts the words the regex reading counted, glued to letters, digits and accents or not', () => {
    const words = [...SPANISH_MARKERS, ...PORTUGUESE_MARKERS]
    const piece = fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()), 'ação', 'não', 'región', 'x', '81', ' ', ', ', '-', 'ñ', '\n', 'municipios')
    fc.assert(fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
      const text = pieces.join('')
      expect(detectLanguage(text)).toBe(byRegex(text))
    }), {numRuns: 2000})
  })
})
