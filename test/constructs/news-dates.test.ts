import {describe, expect, it} from 'vitest'
import {readDateline} from '../../src/constructs/dateline.js'
import {relation, resolveRelative} from '../../src/constructs/relative-dates.js'
import {findDates, parseSpanishDate} from '../../src/constructs/spanish-dates.js'

const first = (text: string, language: 'es' | 'pt' = 'es') => findDates(text, undefined, language)[0]!

describe('Portuguese and English dates', () => {
  it.each([
    ['12 de maio de 2022', '2022-05-12'], ['16 de março de 2024', '2024-03-16'], ['1º de dezembro de 2023', '2023-12-01'],
    ['14 Mar 2024', '2024-03-14'], ['12 May 2022', '2022-05-12'], ['setembro 5, 2021', '2021-09-05'],
  ])('reads `%s` as %s', (text, iso) => {
    expect(parseSpanishDate(text, 'pt')?.iso).toBe(iso)
  })

  it('reads a Portuguese date in running text, and leaves `dez municípios` alone', () => {
    expect(findDates('a live será no dia 16 de maio, às 14h30', undefined, 'pt')).toMatchObject([{day: 16, month: 5, year: null, iso: null}])
    expect(findDates('dez municípios de 2022', undefined, 'pt')).toEqual([])
  })

  it('keeps Spanish reading Spanish months, and English ones too', () => {
    expect(parseSpanishDate('25 Septiembre, 2024')?.iso).toBe('2024-09-25')
    expect(parseSpanishDate('12 May 2022')?.iso).toBe('2022-05-12')
    expect(parseSpanishDate('12 de maio de 2022')).toBeNull()
  })
})

describe('datelines', () => {
  it('reads place, country, date without a year and agency', () => {
    const line = readDateline('QUITO, Ecuador, 11 de noviembre (ACNUR) – En las Américas, la mayoría …')!
    expect(line).toMatchObject({places: ['QUITO', 'Ecuador'], agency: 'ACNUR', raw: 'QUITO, Ecuador, 11 de noviembre (ACNUR)'})
    expect(line.date).toMatchObject({day: 11, month: 11, year: null})
  })

  it('reads a Portuguese dateline with its year', () => {
    const line = readDateline('São Paulo, 12 de maio de 2022 (ACNUR) – A Agência da ONU …', 'pt')!
    expect(line.places).toEqual(['São Paulo'])
    expect(line.date?.iso).toBe('2022-05-12')
  })

  it('reads a state between city and date, `a` before the date, and `.-` after it', () => {
    expect(readDateline('Tijuana, Baja California, a 6 de mayo de 2025. El Ayuntamiento …')).toMatchObject({places: ['Tijuana', 'Baja California'], date: {iso: '2025-05-06'}})
    expect(readDateline('Coyhaique, 8 de agosto de 2023.- En dependencias del GORE …')?.date?.iso).toBe('2023-08-08')
  })

  it('reads a place and a dash without a date', () => {
    expect(readDateline('Tegucigalpa – La Alcaldía Municipal del Distrito Central …')).toMatchObject({places: ['Tegucigalpa'], date: null, agency: null})
    expect(readDateline('SÃO PAULO, Brasil - Representantes de las municipalidades …')).toMatchObject({places: ['SÃO PAULO', 'Brasil'], date: null})
  })

  it('is not a sentence that starts with a name or a date', () => {
    expect(readDateline('La Municipalidad de Puerto Varas recibió el Sello Migrante.')).toBeNull()
    expect(readDateline('El 13 de diciembre de 2024, el alcalde recibió la placa.')).toBeNull()
    expect(readDateline('Santiago. El encuentro reunió a 40 comunas.')).toBeNull()
  })
})

describe('dates without a year', () => {
  const resolve = (text: string, published: string | null, language: 'es' | 'pt' = 'es') => resolveRelative(text, first(text, language), published)

  it('places `del año pasado` in the year before the publication', () => {
    expect(resolve('El 18 de octubre del año pasado, la Municipalidad se hizo parte del programa.', '2024-12-13'))
      .toMatchObject({iso: '2023-10-18', how: 'previous-year', raw: '18 de octubre del año pasado'})
  })

  it('places `deste ano`, `el pasado …` and `el próximo …`', () => {
    expect(resolve('o encontro de 16 de maio deste ano', '2022-05-12', 'pt')).toMatchObject({iso: '2022-05-16', how: 'same-year'})
    expect(resolve('obtenida el pasado 11 de diciembre', '2024-12-14')).toMatchObject({iso: '2024-12-11', how: 'past', raw: 'pasado 11 de diciembre'})
    expect(resolve('obtenida el pasado 20 de diciembre', '2025-01-05')).toMatchObject({iso: '2024-12-20', how: 'past'})
    expect(resolve('se firmará el próximo 3 de febrero', '2024-12-20')).toMatchObject({iso: '2025-02-03', how: 'next'})
  })

  it('reads a bare day and month as the publication year, or the year before when far ahead', () => {
    expect(resolve('QUITO, Ecuador, 11 de noviembre (ACNUR) –', '2009-11-12')).toMatchObject({iso: '2009-11-11', how: 'implied'})
    expect(resolve('el 28 de diciembre', '2024-01-03')).toMatchObject({iso: '2023-12-28', how: 'implied'})
  })

  it('resolves nothing without a publication date, nor a date that has its year', () => {
    expect(resolve('El 18 de octubre del año pasado', null)).toBeNull()
    expect(resolve('el 18 de octubre de 2023', '2024-12-13')).toBeNull()
    expect(resolve('el 29 de febrero del año pasado', '2024-03-01')).toBeNull()
  })

  it('tells how the words around a date place it', () => {
    const text = 'el 5 de junio del presente año'
    expect(relation(text, first(text)).how).toBe('same-year')
  })
})

describe('weekdays before a date without a year', () => {
  it('reads `el pasado martes 25 de septiembre` as past', () => {
    const text = 'la reunión iniciada el pasado martes 25 de septiembre'
    expect(resolveRelative(text, first(text), '2018-09-28')).toMatchObject({iso: '2018-09-25', how: 'past', raw: 'pasado martes 25 de septiembre'})
  })
})
