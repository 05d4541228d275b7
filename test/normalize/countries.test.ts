import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {loadCountries, withoutTermId} from '../../src/normalize/countries.js'

const code = async (text: string) => (await loadCountries()).find(text)?.code ?? null

describe('countries', () => {
  it('reads names in Spanish, English and Portuguese, folding case and accents', async () => {
    expect(await code('Perú')).toBe('PE')
    expect(await code('PERU')).toBe('PE')
    expect(await code('Brazil')).toBe('BR')
    expect(await code('Brasil')).toBe('BR')
    expect(await code('Países Baixos')).toBe('NL')
    expect(await code('Estados Unidos')).toBe('US')
    expect(await code('República Dominicana')).toBe('DO')
  })

  it('drops a site term id, a qualifier in parentheses and the state form of an official long name', async () => {
    expect(await code('Colombia (100)')).toBe('CO')
    expect(await code('Bolivia (Estado Plurinacional de)')).toBe('BO')
    expect(await code('Venezuela (República Bolivariana de)')).toBe('VE')
    expect(await code('República Oriental del Uruguay')).toBe('UY')
    expect(await code('República Federativa do Brasil')).toBe('BR')
    expect(await code('Republic of Colombia')).toBe('CO')
    expect(await code('República Argentina')).toBe('AR')
    expect(await code('Bahamas, The')).toBe('BS')
  })

  it('tells how a name was read, and reads ISO codes only when written in capitals', async () => {
    const countries = await loadCountries()
    expect(countries.find('Chile')).toEqual({code: 'CL', how: 'name'})
    expect(countries.find('Estado Plurinacional de Bolivia')).toEqual({code: 'BO', how: 'normalized'})
    expect(countries.find('PER')).toEqual({code: 'PE', how: 'code'})
    expect(countries.find('CO')).toEqual({code: 'CO', how: 'code'})
    expect(countries.find('co')).toBeNull()
    expect(countries.name('PE')).toBe('Peru')
  })

  it('reads no country from a scope or an unknown name', async () => {
    expect(await code('Global (23641)')).toBeNull()
    expect(await code('Regional')).toBeNull()
    expect(await code('Atlantis')).toBeNull()
    expect(await code('')).toBeNull()
  })

  it('finds countries named in running text: capitalised, longest name first, each once', async () => {
    const countries = await loadCountries()
    expect(countries.mentions('Integración de migrantes venezolanos en Colombia y Perú, y otra vez Colombia').map((m) => [m.code, m.text]))
      .toEqual([['CO', 'Colombia'], ['PE', 'Perú']])
    const [dr] = countries.mentions('Apoyo en la República Dominicana')
    expect(dr).toEqual({code: 'DO', how: 'name', text: 'República Dominicana', start: 12, end: 32})
    expect(countries.mentions('Los jóvenes irán a la escuela')).toEqual([])
  })

  it('drops a term id at the end (`Chile (152)`) as the plain pattern does, in time linear in the blanks', () => {
    const plain = (text: string) => text.replace(/\s*\(\s*\d+\s*\)\s*$/, '')
    expect(withoutTermId('Chile (152) ')).toBe('Chile')
    expect(withoutTermId('Chile (152) x')).toBe('Chile (152) x')
    const piece = fc.constantFrom('Chile', ' ', '\t', '\n', '(', ')', '152', '7', 'x', '\u00a0')
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
      expect(withoutTermId(pieces.join(''))).toBe(plain(pieces.join('')))
    }), {numRuns: 3000})
    // Half a million blanks before a letter: the plain pattern took seconds here.
    expect(withoutTermId(`Chile${' '.repeat(500_000)}x`)).toBe(`Chile${' '.repeat(500_000)}x`)
  })
})
