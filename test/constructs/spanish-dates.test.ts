import {describe, expect, it} from 'vitest'
import {findDates, parseSpanishDate} from '../../src/constructs/spanish-dates.js'

describe('parseSpanishDate', () => {
  it.each([
    ['25 de septiembre de 2024', '2024-09-25'],
    ['25 Septiembre, 2024', '2024-09-25'],
    ['25 Septiembre 2024', '2024-09-25'],
    ['5 y 6 de diciembre del año 2023', '2023-12-05'],
    ['del 5 al 7 de octubre de 2022', null],
    ['5 al 7 de octubre de 2022', '2022-10-05'],
    ['septiembre 25, 2024', '2024-09-25'],
    ['Septiembre 25 de 2024', '2024-09-25'],
    ['25/09/2024', '2024-09-25'],
    ['25-09-2024', '2024-09-25'],
    ['2024-09-25', '2024-09-25'],
    ['1° de mayo de 2024', '2024-05-01'],
    ['3 de setiembre de 2021', '2021-09-03'],
    ['12 sept. 2023', '2023-09-12'],
    ['25 de septiembre de 2024.', '2024-09-25'],
  ])('reads `%s` as %s', (text, iso) => {
    expect(parseSpanishDate(text)?.iso ?? null).toBe(iso)
  })

  it('is null for text that is more than a date', () => {
    expect(parseSpanishDate('Guatemala, 25 de septiembre de 2024')).toBeNull()
  })
})

describe('findDates', () => {
  it('finds a dateline date with its offsets in the original text', () => {
    const text = 'Guatemala, 25 de septiembre de 2024. El Canciller …'
    const [date] = findDates(text)
    expect(date).toMatchObject({iso: '2024-09-25', raw: '25 de septiembre de 2024', start: 11})
  })

  it('keeps offsets right after accented letters', () => {
    const text = 'Añadió que según él, el 3 de marzo de 2024 hubo reunión'
    const [date] = findDates(text)
    expect(text.slice(date!.start, date!.end)).toBe('3 de marzo de 2024')
  })

  it('finds incomplete dates with iso null', () => {
    expect(findDates('que finaliza el 26 de septiembre, se')).toMatchObject([{day: 26, month: 9, year: null, iso: null}])
    expect(findDates('Durante diciembre de 2023 hubo')).toMatchObject([{day: null, month: 12, year: 2023, iso: null}])
  })

  it('flags a day the month does not have', () => {
    expect(findDates('el 31 de febrero de 2024')).toMatchObject([{invalid: true, iso: null}])
    expect(findDates('el 29 de febrero de 2024')).toMatchObject([{invalid: false, iso: '2024-02-29'}])
  })

  it('does not read a year alone or a count as a date', () => {
    expect(findDates('Durante 2023, 19 municipios y 2 departamentos')).toEqual([])
  })
})

describe('findDates on long runs', () => {
  it('reads up to eight more days before the month', () => {
    expect(findDates('5, 6, 7, 8, 9, 10, 11, 12 y 13 de diciembre de 2023')).toMatchObject([{iso: '2023-12-05'}])
  })

  it('reads a date after a long run of spaces, and a run of `5 y 5 y …`, at a cost linear in the text', () => {
    expect(findDates(`5 de diciembre${' '.repeat(100_000)}de 2023`)).toMatchObject([{day: 5, month: 12, year: 2023, iso: '2023-12-05'}])
    expect(findDates('5 y '.repeat(50_000))).toEqual([])
  })
})
