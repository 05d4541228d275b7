import {describe, expect, it} from 'vitest'
import {findComuna, findGtDepartment, findGtMunicipio, nearestComunas} from '../../src/normalize/gazetteer.js'

describe('findComuna', () => {
  it('finds the official comuna from upper case, missing accents and "Municipalidad de"', () => {
    expect(findComuna('PUENTE ALTO')).toEqual({municipality: {name: 'Puente Alto', code: '13201', region: 'Metropolitana de Santiago'}, how: 'exact'})
    expect(findComuna('SAN JOAQUIN')?.municipality.code).toBe('13129')
    expect(findComuna('Ilustre Municipalidad de Ñuñoa')?.municipality).toEqual({name: 'Ñuñoa', code: '13120', region: 'Metropolitana de Santiago'})
    expect(findComuna('Municipalidad de Quilicura.')?.municipality.code).toBe('13125')
  })
  it('knows aliases and tolerates one typo', () => {
    expect(findComuna('Til Til')).toMatchObject({municipality: {name: 'Tiltil', code: '13303'}, how: 'alias'})
    expect(findComuna('Puente Alta')).toMatchObject({municipality: {name: 'Puente Alto'}, how: 'fuzzy'})
  })
  it('returns null for a place that is not a comuna, and suggests the nearest', () => {
    expect(findComuna('Springfield')).toBeNull()
    expect(nearestComunas('Puente Altos')[0]).toBe('Puente Alto')
  })
})

describe('Guatemala', () => {
  it('finds municipalities with their department, including "Ciudad de Guatemala"', () => {
    expect(findGtMunicipio('Flores', 'Petén')).toEqual({name: 'Flores', department: 'Petén', how: 'exact'})
    expect(findGtMunicipio('Municipalidad de la Ciudad de Guatemala')?.department).toBe('Guatemala')
    expect(findGtMunicipio('Ciudad de Guatemala')?.department).toBe('Guatemala')
    expect(findGtDepartment('peten')).toBe('Petén')
  })
})

describe('prefixes', () => {
  it('keeps an article that belongs to the name', () => {
    expect(findComuna('Municipalidad de El Bosque')?.municipality.code).toBe('13105')
    expect(findComuna('I. Municipalidad de La Florida')?.municipality.code).toBe('13110')
  })
})
