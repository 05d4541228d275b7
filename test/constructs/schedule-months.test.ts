import {describe, expect, it} from 'vitest'
import {compareScheduleMonths, formatMonths, monthRange, monthsNamedIn} from '../../src/constructs/schedule-months.js'

describe('months named in a schedule', () => {
  it('reads "de abril a noviembre" as a range', () => {
    expect(monthsNamedIn('Cada sábado del mes, de abril a noviembre.')).toEqual([4, 5, 6, 7, 8, 9, 10, 11])
  })

  it('reads "Septiembre, octubre y noviembre" as a list', () => {
    expect(monthsNamedIn('Septiembre, octubre y noviembre de cada año.')).toEqual([9, 10, 11])
  })

  it('reads "Enero a diciembre" as the whole year', () => {
    expect(monthsNamedIn('Enero a diciembre, una vez al mes.')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('unites several ranges: "Febrero a marzo 2022 … Julio a diciembre"', () => {
    const text = 'Febrero a marzo 2022: Formalización de solicitudes de refugio. Febrero a diciembre 2022: Acompañamiento. Julio a diciembre 2022: Curso de español.'
    expect(monthsNamedIn(text)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('reads "entre los meses de abril y noviembre" and "desde marzo hasta junio" as ranges', () => {
    expect(monthsNamedIn('entre los meses de abril y noviembre')).toEqual([4, 5, 6, 7, 8, 9, 10, 11])
    expect(monthsNamedIn('desde marzo hasta junio')).toEqual([3, 4, 5, 6])
  })

  it('wraps a range past December', () => {
    expect(monthsNamedIn('de noviembre a febrero')).toEqual([1, 2, 11, 12])
    expect(monthRange(11, 2)).toEqual([11, 12, 1, 2])
  })

  it('names no month in text without month names, and ignores abbreviations used as words', () => {
    expect(monthsNamedIn('Inicia el año 2022. Se realizan dos programas al año.')).toEqual([])
    expect(monthsNamedIn('Taller en la playa de Mar del Plata')).toEqual([])
  })
})

describe('compareScheduleMonths', () => {
  it('agrees when the text names the marked months', () => {
    expect(compareScheduleMonths('En el mes de noviembre de manera anual', [11])).toMatchObject({agrees: true})
  })

  it('shows both sides when they disagree', () => {
    expect(compareScheduleMonths('De febrero a junio.', [2, 3, 4])).toEqual({agrees: false, named: [2, 3, 4, 5, 6], marked: [2, 3, 4], missing: [5, 6], extra: []})
  })

  it('is null when the text names no month', () => {
    expect(compareScheduleMonths('Todo el año.', [1, 2])).toBeNull()
  })

  it('formats months as runs', () => {
    expect(formatMonths([4, 5, 6, 7, 8, 9, 10, 11])).toBe('abril–noviembre')
    expect(formatMonths([2, 3, 7])).toBe('febrero, marzo, julio')
    expect(formatMonths([1, 2, 3, 7])).toBe('enero–marzo, julio')
  })
})
