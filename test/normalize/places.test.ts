import {describe, expect, it} from 'vitest'
import {loadPlaces, stripLocalGovernment} from '../../src/normalize/places.js'

const resolve = async (name: string, country?: string, admin1?: string) => (await loadPlaces()).resolve({name, country, admin1})

describe('places', () => {
  it('resolves a Chilean comuna with the official gazetteer: name, region and CUT code', async () => {
    expect(await resolve('PUENTE ALTO')).toEqual({found: {name: 'Puente Alto', country: 'CL', admin1: 'Metropolitana de Santiago', how: 'exact',
      municipality: {name: 'Puente Alto', code: '13201', region: 'Metropolitana de Santiago'}}})
    expect(await resolve('Municipalidad de Santiago', 'CL')).toMatchObject({found: {name: 'Santiago', municipality: {code: '13101'}}})
  })

  it('resolves a Guatemalan municipio with its department', async () => {
    expect(await resolve('Quetzaltenango', 'GT')).toMatchObject({found: {name: 'Quetzaltenango', country: 'GT', admin1: 'Quetzaltenango'}})
    expect(await resolve('Ciudad de Guatemala')).toMatchObject({found: {name: 'Ciudad de Guatemala', country: 'GT', admin1: 'Guatemala'}})
  })

  it('resolves other Latin-American localities with GeoNames, first-level division by name', async () => {
    expect(await resolve('Barranquilla')).toEqual({found: {name: 'Barranquilla', country: 'CO', admin1: 'Atlántico', how: 'exact', municipality: null}})
    expect(await resolve('Cucuta', 'CO')).toMatchObject({found: {name: 'Cúcuta', admin1: 'Norte de Santander'}})
    expect(await resolve('City of São Paulo')).toMatchObject({found: {name: 'São Paulo', country: 'BR', admin1: 'São Paulo'}})
  })

  it('drops a qualifier such as `Metropolitana` only when the whole name is unknown', async () => {
    expect(await resolve('Lima Metropolitana', 'PE')).toEqual({found: {name: 'Lima', country: 'PE', admin1: 'Lima', how: 'qualifier', municipality: null}})
    expect(await resolve('Distrito Metropolitano de Quito')).toMatchObject({found: {name: 'Quito', country: 'EC', admin1: 'Pichincha', how: 'exact'}})
  })

  it('uses the division the text gives among namesakes, and reports the rest as ambiguous', async () => {
    expect(await resolve('Boa Vista', 'BR')).toEqual({ambiguous: [{country: 'BR', admin1: 'Paraíba'}, {country: 'BR', admin1: 'Roraima'}]})
    expect(await resolve('Boa Vista', 'BR', 'Roraima')).toMatchObject({found: {name: 'Boa Vista', admin1: 'Roraima'}})
    expect(await resolve('Medellín', 'CO', 'Departamento de Antioquia')).toMatchObject({found: {admin1: 'Antioquia'}})
  })

  it('takes the seat of the division of the same name among namesakes in several countries', async () => {
    expect(await resolve('Lima')).toMatchObject({found: {name: 'Lima', country: 'PE', admin1: 'Lima'}})
    expect(await resolve('Santiago')).toHaveProperty('ambiguous')
  })

  it('knows nothing outside Latin America and the Caribbean, nor unknown names', async () => {
    expect(await resolve('Madrid', 'ES')).toEqual({unknown: true})
    expect(await resolve('Springfield Norte', 'PE')).toEqual({unknown: true})
    expect(await resolve('')).toEqual({unknown: true})
  })

  it('tells a first-level division by name', async () => {
    const places = await loadPlaces()
    expect(places.admin1('Departamento de Antioquia', 'CO')).toBe('Antioquia')
    expect(places.admin1('Rio Grande do Sul', 'BR')).toBe('Rio Grande do Sul')
    expect(places.admin1('Región de Valparaíso', 'CL')).toBe('Valparaíso')
    expect(places.admin1('Petén', 'GT')).toBe('Petén')
    expect(places.admin1('Barranquilla', 'CO')).toBeNull()
  })

  it('strips the local government before a name in Spanish, English and Portuguese', () => {
    expect(stripLocalGovernment('Municipalidad Metropolitana de Lima')).toBe('Lima')
    expect(stripLocalGovernment('the City of Barranquilla')).toBe('Barranquilla')
    expect(stripLocalGovernment('la Municipalidad de La Florida')).toBe('La Florida')
    expect(stripLocalGovernment('Prefeitura Municipal de Porto Alegre')).toBe('Porto Alegre')
    expect(stripLocalGovernment("Mayor's Office of Bogotá")).toBe('Bogotá')
    expect(stripLocalGovernment('Municipalidad de El Bosque')).toBe('El Bosque')
    expect(stripLocalGovernment('Cidade de São Paulo')).toBe('São Paulo')
  })
})
