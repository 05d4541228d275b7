import {describe, expect, it} from 'vitest'
import type {Diagnostic} from '../../src/diagnostics/diagnostic.js'
import type {Practice} from '../../src/schema/records.js'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'
import {parseFixture, parseText} from '../helpers/parse.js'

const HEADER = ['BUENAS PRACTICAS CHILENAS EN RELACION A LA', 'GOBERNANZA MIGRATORIA EN LOS GOBIERNOS LOCALES', '']

async function parse(lines: string[], repair = true) {
  const result = await parseText([...HEADER, ...lines].join('\n'), {repair, kind: 'gobernanza'}, 'slides.txt')
  return {...result, practices: result.records as Practice[]}
}

const rules = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.rule === rule)

describe('gobernanza: start year', () => {
  it.each([
    ['Año de inicio 2015', 2015],
    ['Ano de inicio 2015', 2015],
    ['Ao de inicio 2014', 2014],
    ['AÑO DE INICIO 2013', 2013],
  ])('reads `%s`', async (line, year) => {
    const {practices} = await parse(['PROGRAMA DE PRUEBA PARA MIGRANTES', line, '', 'Descripción', 'Un programa.'])
    expect(practices[0]!.startYear).toBe(year)
  })

  it('reads a bare year under the title, and says it was inferred', async () => {
    const {practices, diagnostics} = await parse(['PROGRAMA DE PRUEBA PARA MIGRANTES', '', '2016', '', 'Descripción', 'Un programa.'])
    expect(practices[0]!.startYear).toBe(2016)
    expect(rules(diagnostics, 'field/inferred-by-order')[0]).toMatchObject({line: 6, actual: '2016', expected: 'Año de inicio 2016'})
  })

  it('reports a fuzzy label with what was printed and what was meant', async () => {
    const {diagnostics} = await parse(['PROGRAMA DE PRUEBA PARA MIGRANTES', 'Ao de inicio 2014', 'Descripción', 'Un programa.'])
    expect(rules(diagnostics, 'label/fuzzy-match')).toMatchObject([{line: 5, column: 1, endColumn: 13, actual: 'Ao de inicio', expected: 'Año de inicio'}])
  })
})

describe('gobernanza: label variants', () => {
  it('joins a label split over two lines (`Ministerio y Unidad (es)` / `responsable(s)`)', async () => {
    const {practices} = await parse([
      'PRIMERA CONSULTA A MIGRANTES', 'Año de inicio 2015', '', 'Ministerio y Unidad (es)', 'responsable(s)', '',
      'Oficina de Migrantes, Municipalidad de Quilicura', '', 'Descripción', 'Encuesta voluntaria.',
    ])
    expect(practices[0]!.responsible).toBe('Oficina de Migrantes, Municipalidad de Quilicura')
    expect(practices[0]!.municipality).toEqual({name: 'Quilicura', code: '13125', region: 'Metropolitana de Santiago'})
    expect(practices[0]!.country).toBe('CL')
  })

  it('reads a mangled label head (`WIS E R ELE`) from the tail below it, and reports it', async () => {
    const {practices, diagnostics} = await parse([
      'PROGRAMA DE MEDIADORES SOCIALES', '2015', '',
      'WIS E R ELE Oficina de Migrantes Municipalidad de Quilicura- Ministerio Desarrollo Social -',
      '(es) responsable (s) Fundación Henry Dunant', '', 'Descripción', 'Un taller.',
    ])
    expect(practices[0]!.responsible).toBe('Oficina de Migrantes Municipalidad de Quilicura- Ministerio Desarrollo Social - Fundación Henry Dunant')
    expect(practices[0]!.municipality?.code).toBe('13125')
    expect(rules(diagnostics, 'label/mangled')).toMatchObject([{line: 7, column: 1, endColumn: 12, actual: 'WIS E R ELE', expected: 'Ministerio y Unidad(es)'}])
  })

  it('reads a label with its value on the same line, split over two lines in both columns', async () => {
    const {practices, diagnostics} = await parse([
      'PROGRAMA DE MEDIADORES SOCIALES', 'Año de inicio 2015', '',
      'Principal (23) Formar mediadores que aporten a la resolución de conflictos entre chilenos y',
      'objetivo(s) migrantes', '',
      'Principal (es) Taller de formación de mediadores certificados por la Fundación', 'actividad(es) Henry Dunant',
    ])
    expect(practices[0]!.objectives).toEqual(['Formar mediadores que aporten a la resolución de conflictos entre chilenos y migrantes'])
    expect(practices[0]!.activities).toEqual(['Taller de formación de mediadores certificados por la Fundación Henry Dunant'])
    expect(rules(diagnostics, 'label/fuzzy-match')).toMatchObject([{line: 7, actual: 'Principal (23)', expected: 'Principal(es)'}])
  })

  it('reads `Principal(es) objetivo(s) Colaborar …` on one line', async () => {
    const {practices} = await parse(['PROGRAMA DE ASISTENCIA', 'Año de inicio 2014', 'Principal(es) objetivo(s) Colaborar en la protección de la población.'])
    expect(practices[0]!.objectives).toEqual(['Colaborar en la protección de la población.'])
  })

  it('drops label debris between a head and its tail (`Principal (es` / `o pal (es) …` / `actividad(es)`)', async () => {
    const {practices, diagnostics} = await parse([
      'PROGRAMA DE ASISTENCIA', 'Año de inicio 2014', '', 'Principal (es', '',
      'o pal (es) Proceso de acreditación de vulnerabilidad', 'actividad(es)',
    ])
    expect(practices[0]!.activities).toEqual(['Proceso de acreditación de vulnerabilidad'])
    expect(rules(diagnostics, 'label/mangled')).toMatchObject([{line: 9, actual: 'o pal (es)'}])
  })

  it('reads a label after noise (`Descripcion . . p . .`) and a value split around it', async () => {
    const {practices, diagnostics} = await parse([
      'PROGRAMA DE ASISTENCIA', 'Año de inicio 2014', '',
      'Programa de promoción y asistencia social, que consiste en la entrega de', '',
      'Descripcion . . p . . . .', 'beneficios sociales en temas de salud',
    ])
    expect(practices[0]!.description).toBe('Programa de promoción y asistencia social, que consiste en la entrega de beneficios sociales en temas de salud')
    expect(rules(diagnostics, 'ocr/noise')).toMatchObject([{line: 9, column: 13, actual: '. . p . . . .'}])
    expect(rules(diagnostics, 'field/inferred-by-layout')).toMatchObject([{line: 7, message: expect.stringContaining('at line 7,')}])
  })
})

describe('gobernanza: labels printed after their values', () => {
  const floating = [
    'PRIMERA CONSULTA A MIGRANTES', 'Ano de inicio 2015', 'Dos dias.', '',
    'Ministerio y Unidad (es)', 'responsable(s)', '', 'Oficina de Migrantes, Municipalidad de Quilicura', '',
    'Encuesta anónima y voluntaria', '', 'Configurar el universo de población migrante', '',
    '-Indicador 1: generación de reporte', '', 'Descripción', '', 'Principal(es) objetivo(s)', '', 'Logros/resultados', '',
    '-Medio de verificación 1: ejemplares impresos',
  ]

  it('assigns the value blocks by the template field order', async () => {
    const {practices} = await parse(floating)
    expect(practices[0]).toMatchObject({
      duration: 'Dos días.',
      description: 'Encuesta anónima y voluntaria',
      objectives: ['Configurar el universo de población migrante'],
      results: null,
      indicators: [{indicator: 'generación de reporte', verification: 'ejemplares impresos'}],
    })
  })

  it('marks each inferred field with an info diagnostic', async () => {
    const {diagnostics} = await parse(floating)
    expect(rules(diagnostics, 'label/floating').map((d) => [d.line, d.expected])).toEqual([[19, 'Descripción'], [21, 'Principal(es) objetivo(s)']])
    expect(rules(diagnostics, 'field/inferred-by-order').map((d) => d.line)).toEqual([6, 13, 15])
    expect(rules(diagnostics, 'label/empty').map((d) => d.line)).toEqual([23])
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  })

  it('leaves a block no rule explains unassigned, with a warning', async () => {
    const {practices, unmapped, diagnostics} = await parse([
      'PROGRAMA DE PRUEBA PARA MIGRANTES', 'Año de inicio 2015', '', 'Algo sin etiqueta.', '', 'Descripción Un programa.',
    ])
    expect(practices[0]!.description).toBe('Un programa.')
    expect(unmapped).toEqual([{line: 7, text: 'Algo sin etiqueta.'}])
    expect(rules(diagnostics, 'field/unassigned')).toMatchObject([{line: 7, severity: 'warning'}])
  })
})

describe('gobernanza: indicators', () => {
  it('pairs indicators and verifications by number, wherever they are printed', async () => {
    const {practices} = await parse([
      'PROGRAMA DE PRUEBA PARA MIGRANTES', 'Año de inicio 2015', 'Indicador 1: personas formadas', 'Indicador 2: talleres',
      'Logros/resultados', 'Medio de verificación 2: actas', 'Medio de verificacién 1:certificados',
    ])
    expect(practices[0]!.indicators).toEqual([
      {indicator: 'personas formadas', verification: 'certificados'},
      {indicator: 'talleres', verification: 'actas'},
    ])
  })

  it('leaves a verification without its indicator unmapped', async () => {
    const {unmapped, diagnostics} = await parse(['PROGRAMA DE PRUEBA PARA MIGRANTES', 'Año de inicio 2015', 'Medio de verificación 3: actas'])
    expect(unmapped.map((u) => u.line)).toEqual([6])
    expect(rules(diagnostics, 'indicator/unpaired')).toHaveLength(1)
  })
})

describe('gobernanza: OCR repair', () => {
  const damaged = ['PROGRAMA DE PRUEBA PARA MIGRANTES', 'Año de inicio 2015', 'Descripción', 'Encuesta andnima que conté con la poblacidn de Quilicura']

  it('repairs value text and reports every repair at its columns', async () => {
    const {practices, diagnostics} = await parse(damaged)
    expect(practices[0]!.description).toBe('Encuesta anónima que conté con la población de Quilicura')
    expect(rules(diagnostics, 'ocr/repair').map((d) => [d.line, d.column, d.endColumn, d.actual, d.expected])).toEqual([
      [7, 10, 17, 'andnima', 'anónima'],
      [7, 35, 44, 'poblacidn', 'población'],
    ])
  })

  it('with --no-repair keeps the text as printed and reports no repair', async () => {
    const {practices, diagnostics} = await parse(damaged, false)
    expect(practices[0]!.description).toBe('Encuesta andnima que conté con la poblacidn de Quilicura')
    expect(rules(diagnostics, 'ocr/repair')).toEqual([])
  })

  it('with --no-repair keeps the specks in a value, and drops them otherwise', async () => {
    const lines = ['PROGRAMA DE PRUEBA PARA MIGRANTES', 'Año de inicio 2015', 'Descripción', '. formar a chilenos y migrantes.']
    expect((await parse(lines, false)).practices[0]!.description).toBe('. formar a chilenos y migrantes.')
    const repaired = await parse(lines)
    expect(repaired.practices[0]!.description).toBe('formar a chilenos y migrantes.')
    expect(rules(repaired.diagnostics, 'ocr/repair')).toMatchObject([{line: 7, column: 1, endColumn: 2, actual: '.', expected: ''}])
  })
})

describe('gobernanza: furniture and bullet slides', () => {
  it('keeps the page header, slide titles, noise lines and bullet slides as metadata', async () => {
    const {metadata, unmapped} = await parse([
      'PROGRAMA DE PRUEBA PARA MIGRANTES', 'Año de inicio 2015', '. . p . .', '',
      'RELACION DINAMICA ENTRE MIGRACION Y CIUDAD', 'Compromisos del Ministerio', '',
      '« Mesa Intermunicipal de Migracion', '« Plan de trabajo de la Direccion', 'Regional', '',
    ])
    expect(unmapped).toEqual([])
    expect(metadata.pageHeader).toEqual({text: HEADER.slice(0, 2).join(' '), lines: [1, 2]})
    expect(metadata.slides).toEqual([
      {line: 4, title: 'PROGRAMA DE PRUEBA PARA MIGRANTES', kind: 'practice'},
      {line: 8, title: 'RELACION DINAMICA ENTRE MIGRACION Y CIUDAD', kind: 'bullets'},
    ])
    expect(metadata.ocrNoise).toEqual([{line: 6, text: '. . p . .'}])
    expect(metadata.bulletSlides).toEqual([{
      line: 8, title: 'RELACION DINAMICA ENTRE MIGRACION Y CIUDAD', subtitle: 'Compromisos del Ministerio',
      items: ['Mesa Intermunicipal de Migración', 'Plan de trabajo de la Dirección Regional'],
    }])
  })

  it('takes paragraphs as items on a slide without bullets', async () => {
    const {metadata} = await parse([
      'RELACION DINAMICA ENTRE MIGRACION Y CIUDAD', 'Conclusiones y Reflexiones Finales', '',
      'La ciudad como origen y destino', '', 'Fortalecimiento de la gobernanza', 'migratoria local.',
    ])
    expect((metadata.bulletSlides as Array<{items: string[]}>)[0]!.items).toEqual(['La ciudad como origen y destino', 'Fortalecimiento de la gobernanza migratoria local.'])
  })

  it('warns about a comuna that is not Chilean', async () => {
    const {practices, diagnostics} = await parse([
      'PROGRAMA DE PRUEBA PARA MIGRANTES', 'Año de inicio 2015', 'Ministerio y Unidad(es) responsable(s) Municipalidad de Atlantida',
    ])
    expect(practices[0]!.municipality).toBeNull()
    expect(practices[0]!.country).toBe('CL')
    expect(rules(diagnostics, 'municipality/unknown')).toMatchObject([{severity: 'warning', actual: 'Atlantida'}])
  })
})

describe('gobernanza: the seed slides', () => {
  it('places every line and reads three practices', async () => {
    const result = await parseFixture('fixtures/samples/gobernanza-minrel-slides.txt')
    expect(result.format).toBe('gobernanza')
    expect(result.coverage).toEqual({lines: 79, placed: 79})
    expect((result.records as Practice[]).map((p) => [p.title, p.startYear, p.municipality?.code])).toEqual([
      ['PRIMERA CONSULTA A MIGRANTES Y REFUGIADOS', 2015, '13125'],
      ['PROGRAMA DE ASISTENCIA PARA INMIGRANTES VULNERABLES', 2014, '13125'],
      ['PROGRAMA DE MEDIADORES SOCIALES INTERCULTURALES', 2015, '13125'],
    ])
  })
})

describe('gobernanza: command line', () => {
  const seed = `${ROOT}fixtures/samples/gobernanza-minrel-slides.txt`

  it('`parse --no-repair` keeps the OCR text and reports no repair', async () => {
    const result = await cli(['parse', seed, '--no-repair'])
    const document = JSON.parse(result.stdout).documents[0]
    expect(document.records[0].description).toContain('Encuesta andnima')
    expect(document.diagnostics.filter((d: Diagnostic) => d.rule === 'ocr/repair')).toEqual([])
  })

  it('`parse --coverage` reports every line of the seed placed', async () => {
    const result = await cli(['parse', seed, '--coverage'])
    expect(result.stderr).toContain('coverage 79/79 non-blank lines placed (100.0%), 0 unmapped')
    expect(JSON.parse(result.stdout).documents[0].records[0].description).toContain('Encuesta anónima')
  })
})

describe('gobernanza: the comuna after `Municipalidad de`', () => {
  it('reads a name up to its punctuation, and over at most 12 capitalised words', async () => {
    const {municipalitiesIn} = await import('../../src/formats/gobernanza/municipality.js')
    expect(municipalitiesIn('Oficina de Migrantes, Municipalidad de San José de Maipo, Chile').map((m) => [m.name, m.match?.municipality.code])).toEqual([['San José de Maipo', '13203']])
    const run = municipalitiesIn('Municipalidad de Quito '.repeat(10))
    expect(run).toHaveLength(10)
    // Twelve words, less the particle they end with.
    expect(run[0]!.name).toBe('Quito Municipalidad de Quito Municipalidad de Quito Municipalidad de Quito Municipalidad')
    expect(run.at(-1)!.name).toBe('Quito')
  })
})
