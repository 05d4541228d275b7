import {describe, expect, it} from 'vitest'
import {cuedYears, findStartYear, scheduleYears} from '../../src/constructs/start-year.js'

describe('start year', () => {
  it('takes the earliest year of the schedule: "2015: se gesta… 2019: se formaliza" → 2015', () => {
    expect(findStartYear('2015: se gesta la idea y generan los liderazgos. 2019: Se formaliza la cooperativa.', null)).toEqual({year: 2015, from: 'schedule', match: '2015'})
  })

  it('reads "Inicia el año 2022" → 2022', () => {
    expect(findStartYear('Inicia el año 2022. Se realizan dos programas al año.', null)?.year).toBe(2022)
  })

  it('reads "desde el 2022" → 2022', () => {
    expect(findStartYear('En el mes de noviembre de manera anual, desde el 2022.', null)?.year).toBe(2022)
  })

  it('is null when no year is stated', () => {
    expect(findStartYear('Enero a diciembre, una vez al mes.', 'Se coordinan operativos con más de 4.000 asistentes.')).toBeNull()
    expect(findStartYear(null, null)).toBeNull()
  })

  it('falls back to a cued year in the description, the earliest one', () => {
    expect(findStartYear('Cada sábado del mes, de abril a noviembre.', 'El año 2022 la municipalidad identifica la necesidad. Se crea en 2023.')).toEqual({year: 2022, from: 'description', match: '2022'})
    expect(findStartYear(null, 'Desde el año 2021, la Oficina identificó la llegada.')?.year).toBe(2021)
  })

  it('ignores uncued years and counts in the description', () => {
    expect(cuedYears('Participaron 2020 personas; en 2023 se evaluó.')).toEqual([])
  })

  it('ignores a year that closes a period in the schedule', () => {
    expect(scheduleYears('Se ejecuta hasta el 2025, con fondos de 2023.')).toEqual([2023])
  })

  it('does not read parts of larger numbers as years', () => {
    expect(scheduleYears('Más de 12.2019 personas y 20231 inscritos.')).toEqual([])
  })
})
