import {describe, expect, it} from 'vitest'
import {figuresInText} from '../../src/constructs/figures.js'
import {composeWords, parseSpanishNumber, scanNumbers} from '../../src/constructs/spanish-numbers.js'

const values = (text: string) => scanNumbers(text, undefined, 'pt').map((n) => [n.raw, n.value])

describe('Portuguese number words', () => {
  it.each([
    ['oito', 8], ['duas', 2], ['dezesseis', 16], ['dezasseis', 16], ['vinte', 20], ['vinte e cinco', 25],
    ['cem', 100], ['cento e vinte', 120], ['cento e vinte e cinco', 125], ['trezentas e quarenta', 340],
    ['mil', 1000], ['dois mil e quinhentos', 2500], ['um milhão', 1_000_000], ['Três', 3],
  ])('reads `%s` as %d', (text, value) => {
    expect(parseSpanishNumber(text, 'pt')).toBe(value)
  })

  it('reads counts in a sentence, digits with a decimal comma and `milhões`', () => {
    expect(values('oito municípios (Chiquimula e Jutiapa) e duas províncias')).toEqual([['oito', 8], ['duas', 2]])
    expect(values('incluindo 8,1 milhões de pessoas')).toEqual([['8,1 milhões', 8_100_000]])
  })

  it('does not read the Portuguese `dos` (of the) nor a lone article as counts', () => {
    expect(values('a adesão dos governos locais')).toEqual([])
    const [um] = scanNumbers('um novo integrante', undefined, 'pt')
    expect(um).toMatchObject({value: 1, article: true})
  })

  it('keeps Spanish reading Spanish words only', () => {
    expect(parseSpanishNumber('dos')).toBe(2)
    expect(parseSpanishNumber('duas')).toBeNull()
    expect(composeWords(['treinta', 'y', 'cinco'])).toEqual({value: 35, used: 3})
    expect(composeWords(['trinta', 'e', 'cinco'], 'pt')).toEqual({value: 35, used: 3})
  })
})

describe('Portuguese counts', () => {
  const figures = (text: string) => figuresInText(text, undefined, 'pt').map((f) => [f.value, f.label])

  it('reads counts and ends their labels before contractions, places and numbers', () => {
    expect(figures('o relatório reconheceu 27 práticas de 17 municípios das regiões Norte e Sul')).toEqual([[27, 'práticas'], [17, 'municípios']])
    expect(figures('a iniciativa reúne 81 municípios, províncias e autoridades municipais em 10 países')).toEqual([[81, 'municípios'], [10, 'países']])
    expect(figures('com a incorporação de oito municípios e duas províncias')).toEqual([[8, 'municípios'], [2, 'províncias']])
  })

  it('keeps qualifiers and millions, and leaves durations and money out', () => {
    expect(figures('quase 20 milhões de pessoas deslocadas')).toEqual([[20_000_000, 'pessoas deslocadas (quase)']])
    expect(figures('durante 5 anos, com R$ 300 mil')).toEqual([])
  })
})
