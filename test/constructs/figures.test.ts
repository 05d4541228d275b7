import {describe, expect, it} from 'vitest'
import {figureLine, figuresInText, numberLine} from '../../src/constructs/figures.js'

const pairs = (text: string) => figuresInText(text).map((f) => [f.value, f.label])

describe('figureLine', () => {
  it('takes the rest of a count line as its label', () => {
    expect(figureLine('6 Convenios con Ciudades Solidarias')).toMatchObject({value: 6, label: 'Convenios con Ciudades Solidarias', qualifier: null})
    expect(figureLine('1 Convenio con Regiones Solidarias.')).toMatchObject({value: 1, label: 'Convenio con Regiones Solidarias'})
  })

  it('reads number words and keeps `más de` in the label', () => {
    expect(figureLine('Doce municipios')).toMatchObject({value: 12, label: 'municipios'})
    expect(figureLine('Más de 4.000 personas atendidas')).toMatchObject({value: 4000, label: 'personas atendidas (más de)', qualifier: 'más de'})
    expect(figureLine('+1.300 familias')).toMatchObject({value: 1300, label: 'familias (más de)'})
  })

  it('ends the label of a line where a clause starts', () => {
    expect(figureLine('doce municipios firmaron cartas de compromiso')).toMatchObject({value: 12, label: 'municipios'})
  })

  it('is null for years, dates, long sentences and article words', () => {
    expect(figureLine('2023 Informe anual')).toBeNull()
    expect(figureLine('25 de septiembre de 2024')).toBeNull()
    expect(figureLine('Una ciudad que acoge')).toBeNull()
    expect(figureLine('19 municipios se han convertido en Ciudades Solidarias durante los últimos años y siguen creciendo.')).toBeNull()
  })
})

describe('numberLine', () => {
  it('reads a lone count whose label is on the next line', () => {
    expect(numberLine('Más de 4.000')).toEqual({value: 4000, qualifier: 'más de'})
    expect(numberLine('4.000')).toEqual({value: 4000, qualifier: null})
    expect(numberLine('2024')).toBeNull()
  })
})

describe('figuresInText', () => {
  it('splits a list of counts into one figure each', () => {
    expect(pairs('En Guatemala, 19 municipios, 2 gobernaciones departamentales y 2 departamentos se han convertido en Ciudades Solidarias'))
      .toEqual([[19, 'municipios'], [2, 'gobernaciones departamentales'], [2, 'departamentos']])
  })

  it('reads qualifiers, number words and millions', () => {
    expect(pairs('atendieron a más de 4.000 personas refugiadas; doce municipios firmaron'))
      .toEqual([[4000, 'personas refugiadas (más de)'], [12, 'municipios']])
    expect(pairs('cerca de 1,5 millones de personas venezolanas')).toEqual([[1500000, 'personas venezolanas (cerca de)']])
  })

  it('does not count years, dates, shares, money, durations, ordinals or identifiers', () => {
    expect(pairs('los Planes de México (2004) y Brasil (2014); Durante 2023 hubo un 30 % más; el 26 de septiembre; ' +
      'los días 5 y 6 de diciembre; la Ley 21.325; $ 4.000 y 300 dólares; en 10 años; el Objetivo 16; 2do lugar; 1° puesto'))
      .toEqual([])
  })

  it('ends a label at `de la` and keeps it short', () => {
    expect(pairs('doce municipios de la red de Ciudades Solidarias firmaron')).toEqual([[12, 'municipios']])
    expect(pairs('con 120 funcionarios municipales capacitados en temas de protección internacional')).toEqual([[120, 'funcionarios municipales capacitados']])
  })

  it('gives no figure when the number is followed by a preposition', () => {
    expect(pairs('de 19 a 25 personas')).toEqual([[25, 'personas']])
  })
})

describe('figures: the word before a number', () => {
  it('skips white space and drops `.°º:#` after it (`N°:` is `n`, a reference)', () => {
    expect(pairs('Resolución N°: 1.234 personas beneficiadas')).toEqual([])
    expect(pairs('la Ley   21.325 personas')).toEqual([])
    expect(pairs('más de   1.234 personas beneficiadas')).toEqual([[1234, 'personas beneficiadas (más de)']])
  })

  it('reads each number of a long run of dates and counts once', () => {
    const text = '5 de diciembre de '.repeat(2000) + ' y 12 municipios'
    expect(pairs(text)).toEqual([[12, 'municipios']])
  })
})
