/** The pieces of the `catalog` reader, one by one: label lines, furniture, objectives, principles, SDGs, dates, title, language. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readDates, readEnd} from '../../src/formats/catalog/dates.js'
import {furnitureKind} from '../../src/formats/catalog/furniture.js'
import {joinedItem, itemPlace, splitItems, subItem, type Item} from '../../src/formats/catalog/items.js'
import {readCatalogLabel} from '../../src/formats/catalog/label-line.js'
import {pageLanguage} from '../../src/formats/catalog/language.js'
import {readObjectives} from '../../src/formats/catalog/objectives.js'
import {readPrinciples} from '../../src/formats/catalog/principles.js'
import {readSdg} from '../../src/formats/catalog/sdg.js'
import {readPreamble} from '../../src/formats/catalog/title.js'

const label = (text: string) => readCatalogLabel({line: 1, text})
const items = (...texts: string[]): Item[] => texts.map((text, i) => ({text, line: i + 1, start: 0}))

describe('catalog label lines', () => {
  it('reads a label alone on its line, with its value inline after `:`, or after a tab', () => {
    expect(label('Tipo de práctica')).toMatchObject({id: 'practiceType', inline: null, glued: false})
    expect(label('País: Perú')).toMatchObject({id: 'country', printed: 'País', inline: {line: 1, text: 'Perú', offset: 6}})
    expect(label('Type of practice\tPolicy')).toMatchObject({id: 'practiceType', inline: {text: 'Policy'}})
    expect(label('Público-alvo')).toMatchObject({id: 'priorityGroup'})
  })

  it('takes a spelling written with a colon in the vocabulary only with its colon', () => {
    expect(label('Local')).toBeNull()
    expect(label('Local:')).toMatchObject({id: 'place', inline: null})
    expect(label('Local: Lima Metropolitana, Perú')).toMatchObject({id: 'place', inline: {text: 'Lima Metropolitana, Perú'}})
    expect(label('Data')).toBeNull()
    expect(label('Data: 2020')).toMatchObject({id: 'dates'})
  })

  it('reads a value glued to its label by a table copy, and a date or objective label followed by a number', () => {
    expect(label('Country of implementationColombia (100)')).toMatchObject({id: 'country', glued: true, inline: {text: 'Colombia (100)', offset: 25}})
    expect(label('PaísColombia')).toMatchObject({id: 'country', glued: true, inline: {text: 'Colombia'}})
    expect(label('Fechas 2019 - Presente')).toMatchObject({id: 'dates', glued: false, inline: {text: '2019 - Presente'}})
    expect(label('GCM Objectives 16 17')).toMatchObject({id: 'pmmObjectives', inline: {text: '16 17'}})
    expect(label('Partners are the city and IOM')).toBeNull()
  })

  it('does not read an item of a list of objectives as a misspelt label, and reads a label that opens with a digit', () => {
    expect(label('Objective 6: Facilitate fair and ethical recruitment')).toBeNull()
    expect(label('2030 Agenda migration-relevant and related target Labels:')).toMatchObject({id: 'sdgTargets'})
    expect(label('16')).toBeNull()
  })

  it('reads a value longer than a line of prose after a form question', () => {
    const objectives = Array.from({length: 6}, (_, i) => `${i + 1}. An objective statement that is long enough`).join('; ')
    expect(label(`Please select the main three GCM objectives the pledge is/are meant to support: ${objectives}`)).toMatchObject({id: 'pmmObjectives', inline: {text: objectives}})
  })

  it('tolerates a typo in a label, and says how far it is', () => {
    expect(label('Benefisiarios')).toMatchObject({id: 'priorityGroup', variant: 'Beneficiarios', distance: 1})
  })
})

describe('catalog site furniture', () => {
  it('knows navigation, share buttons, footers and cookie notices in three languages', () => {
    expect(furnitureKind('Skip to main content')).toBe('line')
    expect(furnitureKind('Saltar al contenido principal')).toBe('line')
    expect(furnitureKind('  Compartir  ')).toBe('line')
    expect(furnitureKind('*References to Kosovo shall be understood to be in the context of resolution 1244 (1999).')).toBe('line')
    expect(furnitureKind('Este site usa cookies para melhorar sua experiência.')).toBe('line')
    expect(furnitureKind('20 liked this page.')).toBe('line')
  })

  it('tells a breadcrumb from a list of partners separated by slashes', () => {
    expect(furnitureKind('Inicio / Hub / Repositorio de Prácticas')).toBe('breadcrumb')
    expect(furnitureKind('Home > Casa del Migrante')).toBe('breadcrumb')
    expect(furnitureKind('OIM / ACNUR / UNICEF')).toBeNull()
  })

  it('marks the start of a list of other content and the parts of a form', () => {
    expect(furnitureKind('Contenido más reciente')).toBe('related')
    expect(furnitureKind('Latest content')).toBe('related')
    expect(furnitureKind('Section IV')).toBe('section')
    expect(furnitureKind('Sección II')).toBe('section')
    expect(furnitureKind('La práctica se inició en 2019.')).toBeNull()
  })
})

describe('GCM objectives on a page', () => {
  const numbers = (...texts: string[]) => readObjectives(items(...texts)).objectives.map((o) => o.number)

  it('reads bare numbers, one per line or several on a line', () => {
    expect(numbers('16', '17')).toEqual([16, 17])
    expect(numbers('7, 15, 16')).toEqual([7, 15, 16])
    expect(numbers('15 16 y 23')).toEqual([15, 16, 23])
  })

  it('reads numbered names and `Objective N` forms, and a name alone in Spanish or English, whole or cut short', () => {
    expect(numbers('16 - Inclusión y cohesión social', 'Objective 2: Minimize the adverse drivers')).toEqual([16, 2])
    expect(numbers('7. Address and reduce vulnerabilities in  migration; 15. Provide access to basic services for migrants')).toEqual([7, 15])
    expect(numbers('Empower migrants and societies to realize full inclusion and social cohesion')).toEqual([16])
    expect(numbers('Eliminate all forms of discrimination and promote…')).toEqual([17])
    expect(numbers('Remesas', 'Inclusion and social cohesion', 'SALVAR VIDAS')).toEqual([20, 16, 8])
  })

  it('reads `10.7 …` as an SDG target, never objective 10', () => {
    const read = readObjectives(items('10.7 Facilitate orderly, safe, regular and responsible migration', '10'))
    expect(read.sdgTargets.map((t) => t.target)).toEqual(['10.7'])
    expect(read.objectives.map((o) => o.number)).toEqual([10])
    expect(read.objectives[0]!.item.line).toBe(2)
  })

  it('keeps a number whose printed name is another objective, and reports it; leaves what it cannot read', () => {
    const read = readObjectives(items('16 - Remesas', 'International Organizations', '31'))
    expect(read.objectives.map((o) => o.number)).toEqual([16])
    expect(read.mismatches).toEqual([{item: expect.objectContaining({line: 1}), number: 16, named: 20}])
    expect(read.unknown.map((i) => i.text)).toEqual(['International Organizations', '31'])
  })
})

describe('guiding principles and SDGs on a page', () => {
  it('reads principles by Hub label in Spanish or English, with term ids, letters or a typo', () => {
    const read = readPrinciples(items('People-centred (738); Human rights (259)', '(j) Whole-of-society approach', 'Centrado en las personas', 'Perspectiva infantil, Enfoque pangubernamental', 'Solidarity'))
    expect(read.principles.map((p) => p.id)).toEqual(['people-centred', 'human-rights', 'whole-of-society', 'child-sensitive', 'whole-of-government'])
    expect(read.fuzzy.map((f) => f.expected)).toEqual(['Centrada en las personas'])
    expect(read.unknown.map((i) => i.text)).toEqual(['Solidarity'])
  })

  it('reads SDG targets anywhere in an item, goals by number or icon name, and nothing else', () => {
    const read = readSdg(items('10.7 Facilitate orderly, safe migration', 'Meta 8.8; SDG 10.c', 'Goal 1: End poverty', '16', 'Reducción de las desigualdades', '18.2', 'Otro'))
    expect(read.targets.map((t) => t.target)).toEqual(['10.7', '8.8', '10.c'])
    expect(read.goals.map((g) => g.goal)).toEqual([1, 16, 10])
    expect(read.unknown.map((i) => i.text)).toEqual(['18.2', 'Otro'])
  })
})

describe('practice dates', () => {
  it.each([
    ['2019 - Presente', {startYear: 2019, endYear: null, ongoing: true}],
    ['2018 - Present', {startYear: 2018, endYear: null, ongoing: true}],
    ['2021 - 2031', {startYear: 2021, endYear: 2031, ongoing: null}],
    ['2019 –', {startYear: 2019, endYear: null, ongoing: true}],
    ['Desde 2020', {startYear: 2020, endYear: null, ongoing: true}],
    ['Since the year 2015', {startYear: 2015, endYear: null, ongoing: true}],
    ['enero de 2020 a diciembre de 2022', {startYear: 2020, endYear: 2022, ongoing: null}],
    ['12/19/2019', {startYear: 2019, endYear: null, ongoing: null}],
    ['2016 - 2018 (finalizado)', {startYear: 2016, endYear: 2018, ongoing: false}],
    ['2021', {startYear: 2021, endYear: null, ongoing: null}],
    ['Em andamento desde 2019', {startYear: 2019, endYear: null, ongoing: true}],
    ['Sin fecha', {startYear: null, endYear: null, ongoing: null}],
  ])('reads `%s`', (text, expected) => {
    expect(readDates(text)).toMatchObject(expected)
  })

  it('reads an `End:` value: a year, words for a practice still running or without a closing date, or for one that ended', () => {
    expect(readEnd('Currently in force')).toMatchObject({endYear: null, ongoing: true})
    expect(readEnd('To be confirmed')).toMatchObject({endYear: null, ongoing: true})
    expect(readEnd('December 2024')).toMatchObject({endYear: 2024, ongoing: null})
    expect(readEnd('Completed')).toMatchObject({ongoing: false})
    expect(readEnd('')).toMatchObject({endYear: null, ongoing: null})
  })
})

describe('the lines before the first label', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({line: i + 1, text}))

  it('takes the last line that is not a sentence as the title, the short lines above it as the menu, the rest as text', () => {
    const pre = readPreamble(lines('GFMD Platform', 'Policy Database', 'Local Labour Desks for Migrant Workers in Montevideo', '', 'Desks in three centres register job seekers.'), false)
    expect(pre.title).toEqual({text: 'Local Labour Desks for Migrant Workers in Montevideo', line: 3, start: 0})
    expect(pre.navigation.map((s) => s.text)).toEqual(['GFMD Platform', 'Policy Database'])
    expect(pre.text.map((s) => s.line)).toEqual([5])
  })

  it('joins a title wrapped onto a line in lower case, and does not take the first line of a wrapped sentence', () => {
    expect(readPreamble(lines('Casa del Migrante: atención integral', 'para personas refugiadas'), false).title?.text).toBe('Casa del Migrante: atención integral para personas refugiadas')
    const pre = readPreamble(lines('Casa de Acogida en Lima', 'La Casa ofrece alojamiento temporal y orientación a personas', 'migrantes recién llegadas.'), false)
    expect(pre.title?.text).toBe('Casa de Acogida en Lima')
    expect(pre.text.map((s) => s.line)).toEqual([2, 3])
  })

  it('takes no title when a label gives it', () => {
    expect(readPreamble(lines('Some heading of the site'), true)).toEqual({title: null, titleLines: [], navigation: [], text: lines('Some heading of the site'), datelines: []})
  })

  it('does not take a date or a byline under the title for the title', () => {
    for (const date of ['12 May 2023', '3 de mayo de 2022', 'Tuesday, May 9, 2023 - 10:15', '07/31/2022', 'By Ana Pérez']) {
      const pre = readPreamble(lines('Casa del Migrante en Lima', date), false)
      expect(pre.title?.text).toBe('Casa del Migrante en Lima')
      expect(pre.datelines).toEqual([{line: 2, text: date}])
    }
    expect(readPreamble(lines('Estrategia Migratoria Regional 2021'), false).title?.text).toBe('Estrategia Migratoria Regional 2021')
  })
})

describe('page language', () => {
  it('is the language most labels are written in; a spelling of two languages counts half for each', () => {
    expect(pageLanguage(['Tipo de práctica', 'Fechas', 'País'], '')).toBe('es')
    expect(pageLanguage(['Objetivo', 'Público-alvo', 'Parceiros'], '')).toBe('pt')
    expect(pageLanguage(['Type of practice', 'País', 'Summary'], '')).toBe('en')
  })

  it('falls back on the function words of the text, and says nothing when neither tells', () => {
    expect(pageLanguage(['Objetivo'], 'O centro atende as pessoas migrantes com uma equipe que não cobra pelos serviços da cidade')).toBe('pt')
    expect(pageLanguage([], 'Short')).toBeNull()
  })
})

describe('catalog items', () => {
  /** What `splitItems` gives when the separator is tried at every position (its plain reading). */
  const plainSplit = (text: string, separator: RegExp) => {
    const out: Array<[string, number]> = []
    let from = 0
    const piece = (to: number) => {
      const raw = text.slice(from, to)
      if (raw.trim()) out.push([raw.trim(), from + raw.length - raw.trimStart().length])
    }
    for (const m of text.matchAll(separator)) { piece(m.index); from = m.index + m[0].length }
    piece(text.length)
    return out
  }
  const SEPARATORS = [/\s*;\s*/g, /\s*,\s*(?:(?:and|y|e)\s+)?/g, /\s*[;,/]\s*|\s+(?:y|and|e)\s+/g, /\s*[,/y&]\s*|\s+/g, /\s+(?:y|e|and|&)\s+/g]

  it('splits at a separator as its plain reading does, although only a run of white space\'s start is tried', () => {
    const text = fc.string({unit: fc.constantFrom(' ', '\t', ';', ',', '/', '&', 'y', 'e', 'and', 'a', 'Lima'), maxLength: 30}).map((t) => t.trim())
    fc.assert(fc.property(text, fc.constantFrom(...SEPARATORS), (t, separator) => {
      const split = splitItems([{text: t, line: 1, start: 0}], separator).map((i) => [i.text, i.start])
      expect(split).toEqual(plainSplit(t, separator))
    }), {numRuns: 500})
  })

  it('splits a value with a long run of spaces in it at a cost that does not grow with its square', () => {
    const text = `Chile${' '.repeat(200_000)}Perú; Bolivia`
    expect(splitItems([{text, line: 3, start: 5}], /\s*;\s*/g).map((i) => [i.text.length, i.start])).toEqual([[200_009, 5], [7, 200_016]])
  })

  it('places the parts of a title wrapped over two lines on the lines they are on', () => {
    const title = joinedItem([{line: 4, text: 'Casa de acogida para migrantes '}, {line: 5, text: '  en Lima, Perú'}])
    expect(title).toEqual({text: 'Casa de acogida para migrantes en Lima, Perú', line: 4, start: 0, continued: [{at: 31, line: 5, start: 2}]})
    expect(itemPlace(title)).toEqual({line: 4, column: 1, endLine: 5, endColumn: 16})
    expect(itemPlace(title, 34, 38)).toEqual({line: 5, column: 6, endLine: 5, endColumn: 10})
    expect(subItem(title, 34, 38)).toEqual({text: 'Lima', line: 5, start: 5})
  })
})
