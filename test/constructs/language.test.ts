import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/constructs/language.js'

describe('detectLanguage', () => {
  it('tells Portuguese from Spanish by their short words', () => {
    expect(detectLanguage('A iniciativa reúne 81 municípios em 10 países da América Latina e Central, inclusive no Brasil.')).toBe('pt')
    expect(detectLanguage('La iniciativa reúne a 69 integrantes en la región y los gobiernos locales de las Américas.')).toBe('es')
  })

  it('reads a text without telling words as Spanish', () => {
    expect(detectLanguage('Ciudades Solidarias 2024')).toBe('es')
    expect(detectLanguage('')).toBe('es')
  })
})
