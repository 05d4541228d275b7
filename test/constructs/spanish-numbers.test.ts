import {describe, expect, it} from 'vitest'
import {composeWords, parseDigits, parseSpanishNumber, scanNumbers} from '../../src/constructs/spanish-numbers.js'

describe('parseDigits', () => {
  it('reads a dot or comma before three digits as a thousands separator', () => {
    expect(parseDigits('4.000')).toBe(4000)
    expect(parseDigits('1.300')).toBe(1300)
    expect(parseDigits('12.345.678')).toBe(12345678)
    expect(parseDigits('4,000')).toBe(4000)
  })

  it('reads any other dot or comma as the decimal mark', () => {
    expect(parseDigits('4,5')).toBe(4.5)
    expect(parseDigits('12.5')).toBe(12.5)
    expect(parseDigits('1.300.000,50')).toBe(1300000.5)
    expect(parseDigits('4000,25')).toBe(4000.25)
  })

  it('rejects digit groups that are neither thousands nor a decimal', () => {
    expect(parseDigits('1.2.3')).toBeNull()
    expect(parseDigits('1.000,000.5')).toBeNull()
  })
})

describe('number words', () => {
  it.each([
    ['doce', 12], ['diecinueve', 19], ['veintiún', 21], ['veintidós', 22], ['treinta y cinco', 35],
    ['cien', 100], ['ciento veinte', 120], ['doscientas', 200], ['mil', 1000], ['mil doscientos', 1200],
    ['dos mil trescientos', 2300], ['cien mil', 100000], ['un millón doscientos mil', 1200000], ['Doce', 12],
  ])('reads `%s` as %d', (text, value) => {
    expect(parseSpanishNumber(text)).toBe(value)
  })

  it('multiplies digits by a following `mil` or `millones`', () => {
    expect(parseSpanishNumber('4 mil')).toBe(4000)
    expect(parseSpanishNumber('1,5 millones')).toBe(1500000)
  })

  it('stops composing at a word that cannot continue the numeral', () => {
    expect(composeWords(['veinte', 'dos'])).toEqual({value: 20, used: 1})
    expect(composeWords(['treinta', 'y', 'municipios'])).toEqual({value: 30, used: 1})
    expect(parseSpanishNumber('veinte y')).toBeNull()
  })
})

describe('scanNumbers', () => {
  it('finds digits and words in running text with their offsets', () => {
    const text = 'En Guatemala, 19 municipios y doce gobernaciones; más de 4.000 personas'
    expect(scanNumbers(text).map((t) => [t.value, t.raw, text.slice(t.start, t.end)])).toEqual([
      [19, '19', '19'], [12, 'doce', 'doce'], [4000, '4.000', '4.000'],
    ])
  })

  it('marks a lone `un`/`una` as the article it usually is', () => {
    const [una, veintiun] = scanNumbers('una perspectiva y veintiún municipios')
    expect(una).toMatchObject({value: 1, article: true})
    expect(veintiun).toMatchObject({value: 21, article: false})
  })

  it('ignores digits of addresses, dates, times and ordinals', () => {
    expect(scanNumbers('http://209.126.109.93/x el 25/09/2024 a las 10:30, 2do lugar')).toEqual([])
  })
})

describe('scanNumbers on long runs', () => {
  it('reads a numeral from at most 24 words, so a run of number words costs the same per word', () => {
    const tokens = scanNumbers('cien millones '.repeat(100))
    expect(tokens[0]!.raw.trim().split(' ')).toHaveLength(24)
    expect(tokens.map((t) => t.raw.trim().split(' ').length).reduce((a, b) => a + b)).toBe(200)
    expect(scanNumbers('novecientos noventa y nueve millones novecientos noventa y nueve mil novecientos noventa y nueve')).toMatchObject([{value: 999_999_999}])
  })
})
