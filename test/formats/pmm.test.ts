import {describe, expect, it} from 'vitest'
import type {DocumentResult} from '../../src/pipeline/index.js'
import type {PmmObjective, Practice} from '../../src/schema/records.js'
import {parseFixture, parseText} from '../helpers/parse.js'

const HEADER = 'Objetivo\tIdeas clave del compromiso\tAcciones pertinentes orientadas a AL'
const SEED = 'fixtures/samples/pmm-handbook-oim.txt'

const objectives = (r: DocumentResult) => r.records.filter((x): x is PmmObjective => x.type === 'pmm-objective')
const practices = (r: DocumentResult) => r.records.filter((x): x is Practice => x.type === 'practice')
const rules = (r: DocumentResult, rule: string) => r.diagnostics.filter((d) => d.rule === rule)
const parsePmm = (lines: string[], repair = true) => parseText(lines.join('\n'), {kind: 'pmm', repair}, 'handbook.txt')

describe('pmm format', () => {
  it('reads a 4-cell double row as two objectives with their printed labels', async () => {
    const r = await parsePmm([
      ' <p>1 DATOS</p>\t<p>Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica</p>\t <p>2 REDUCIR LOS FACTORES ADVERSOS</p>\t<p>Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen</p>',
    ])
    expect(objectives(r).map((o) => [o.number, o.shortName, o.statement.slice(0, 20), o.keyIdeas])).toEqual([
      [1, 'DATOS', 'Recopilar y utilizar', null],
      [2, 'REDUCIR LOS FACTORES ADVERSOS', 'Minimizar los factor', null],
    ])
    expect(r.unmapped).toEqual([])
  })

  it('when a row lost its objective number, infers it from the statement and reports pmm/inferred-objective', async () => {
    const r = await parsePmm([HEADER, ' <p>Velar porque todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada.</p>\t<p>Cumplir el derecho.</p>\t<p>Expedir tarjetas.</p>'])
    expect(objectives(r)).toMatchObject([{number: 4, shortName: 'IDENTIDAD JURÍDICA Y DOCUMENTACIÓN', keyIdeas: 'Cumplir el derecho.', localActions: 'Expedir tarjetas.',
      statement: 'Velar porque todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada.'}])
    expect(rules(r, 'pmm/inferred-objective')).toMatchObject([{severity: 'info', line: 2, column: 5, expected: '4 IDENTIDAD JURÍDICA Y DOCUMENTACIÓN'}])
    expect(rules(r, 'pmm/reference-short-name')).toHaveLength(1)
  })

  it('with --no-repair, does not infer a lost number and leaves the row unmapped with pmm/unnumbered-objective', async () => {
    const r = await parsePmm([HEADER, ' <p>Abordar y reducir las vulnerabilidades en la migración</p>\t<p>a</p>\t<p>b</p>'], false)
    expect(objectives(r)).toEqual([])
    expect(r.unmapped.map((u) => u.line)).toEqual([2])
    expect(rules(r, 'pmm/unnumbered-objective')).toMatchObject([{severity: 'warning', line: 2, expected: '7 REDUCIR VULNERABILIDADES'}])
    expect(rules(r, 'coverage/unmapped')).toEqual([])
  })

  it('with --no-repair, reports but does not apply a country read from the title', async () => {
    const lines = ['Anexo I', '', HEADER, ' <p>1 DATOS</p>\t<p>a</p>\t<p>Censos Demográficos de Brasil (2022) Texto. Enlace: Censo</p>']
    const repaired = await parsePmm(lines)
    expect(practices(repaired)[0]).toMatchObject({country: 'BR', place: null})
    expect(rules(repaired, 'pmm-annex/country-from-title')).toMatchObject([{severity: 'info', expected: 'BR'}])
    const kept = await parsePmm(lines, false)
    expect(practices(kept)[0]).toMatchObject({country: null, place: null})
    expect(rules(kept, 'pmm-annex/country-from-title')).toHaveLength(1)
  })

  it('gives the country its title names to a place whose parentheses name cities', async () => {
    const lines = ['Anexo I', '', HEADER, ' <p>19 CONTRIBUCIÓN DE LOS MIGRANTES Y LAS DIÁSPORAS</p>\t<p>a</p>\t<p>Pichincha (Quito) y Azuay (Cuenca): Fortalecimiento de cinco Agencias de Desarrollo Social del Ecuador (2020-2022) Texto. Enlace: Agencias</p>']
    const r = await parsePmm(lines)
    expect(practices(r)[0]).toMatchObject({country: 'EC', place: {name: 'Pichincha (Quito) y Azuay (Cuenca)', country: 'EC'}, year: 2020, startYear: 2020})
    expect(rules(r, 'pmm-annex/country-from-title')).toMatchObject([{severity: 'info', expected: 'EC'}])
    expect(practices(await parsePmm(lines, false))[0]).toMatchObject({country: null, place: {country: null}})
  })

  it('when a printed number disagrees with the statement, keeps the number and warns pmm/objective-mismatch', async () => {
    const r = await parsePmm([' <p>5 VÍAS DE MIGRACIÓN REGULAR</p>\t<p>Reforzar la respuesta transnacional al tráfico ilícito de migrantes</p>'])
    expect(objectives(r)).toMatchObject([{number: 5, statement: 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes'}])
    expect(rules(r, 'pmm/objective-mismatch')).toMatchObject([{severity: 'warning', line: 1, actual: '5', expected: '9'}])
  })

  it('merges a table split across pages with a repeated header, and takes key ideas and actions from it', async () => {
    const r = await parsePmm([
      HEADER,
      ' <p>1 DATOS</p> <p>Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica.</p>\t<p>Ideas 1</p>\t<p>Acciones 1</p>',
      '', 'OIM', '',
      HEADER,
      ' <p>23 COOPERACIÓN INTERNACIONAL</p> <p>Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular.</p>\t<p>Ideas 23</p>\t<p>Acciones:</p><ol><li>una</li><li>otra</li></ol>',
    ])
    expect(objectives(r).map((o) => [o.number, o.keyIdeas, o.localActions])).toEqual([[1, 'Ideas 1', 'Acciones 1'], [23, 'Ideas 23', 'Acciones:\n1. una\n2. otra']])
    expect(rules(r, 'pmm-table/merged-continuation')).toMatchObject([{severity: 'info', line: 6}])
    expect((r.metadata.tables as {headerLines: number[]}[])[0]!.headerLines).toEqual([1, 6])
    expect(r.metadata.marks).toEqual([{line: 4, text: 'OIM'}])
    expect(r.unmapped).toEqual([])
  })

  it('reads annex rows as practices, with and without "Place (Country):"', async () => {
    const r = await parsePmm([
      'Anexo I: buenas prácticas', '', HEADER,
      ' <p>11 GESTIÓN DE FRONTERAS</p>\t<p>Mejorar la colaboración transfronteriza.</p>\t<p>Rivera (Uruguay): Observatorio Departamental (2018) Este Observatorio articula. Enlace: Observatorio (un.org)</p>',
      ' <p>Abordar y reducir las vulnerabilidades en la migración.</p>\t<p>Recabar la participación.</p>\t<p>Defensoras al parlante: mujeres migrantes (2021) Capacitaciones. Enlace: Defensoras (un.org)</p>',
    ])
    expect(practices(r)).toMatchObject([
      {title: 'Observatorio Departamental', place: {name: 'Rivera', country: 'UY'}, country: 'UY', year: 2018, pmmObjectives: [11],
        description: 'Este Observatorio articula.', link: {text: 'Observatorio (un.org)', url: null}, source: {format: 'pmm', startLine: 4, endLine: 4}},
      {title: 'Defensoras al parlante: mujeres migrantes', place: null, country: null, year: 2021, pmmObjectives: [7]},
    ])
    expect(r.metadata.annexActions).toEqual([
      {line: 4, objective: 11, text: 'Mejorar la colaboración transfronteriza.'},
      {line: 5, objective: 7, text: 'Recabar la participación.'},
    ])
    const place = r.fieldPlaces!.get(practices(r)[0]!)!
    expect(place.title).toMatchObject({line: 4, column: r.doc!.lines[3]!.indexOf('Observatorio Departamental') + 1})
  })

  it('when an annex cell has an unclosed <p>, still reads the practice and warns html/unclosed-tag at its column', async () => {
    const row = ' <p>15 ACCESO A SERVICIOS BÁSICOS</p>\t<p>Acción.</p>\t<p>Valparaíso (Chile): Salud intercultural (desde 2018) Ejes. <p>Enlace: Salud</p>'
    const r = await parsePmm(['Anexo I', '', HEADER, row])
    expect(practices(r)).toMatchObject([{title: 'Salud intercultural', country: 'CL', year: 2018, startYear: 2018, description: 'Ejes.', link: {text: 'Salud'}}])
    expect(rules(r, 'html/unclosed-tag')).toMatchObject([{severity: 'warning', line: 4, column: row.indexOf('<p>Valparaíso') + 1}])
  })

  it('warns when an annex cell looks truncated, keeping its text', async () => {
    const r = await parsePmm(['Anexo I', '', HEADER, ' <p>17 ELIMINAR LAS DISCRIMINACIONES</p>\t<p>Acción.</p>\t<p>El balón (desde 2019) Estrategia para promover la inte'])
    expect(practices(r)[0]).toMatchObject({title: 'El balón', description: 'Estrategia para promover la inte', link: null})
    expect(rules(r, 'html/truncated-cell')).toHaveLength(1)
  })

  it('places the cover, index, sections, lists and footnotes in metadata', async () => {
    const r = await parsePmm([
      'Manual de prueba', 'HANDBOOK', 'AUTORÍA', 'Ana Pérez', '', 'Índice', '', 'Introducción ....\t1', 'Anexo I\t9', '',
      'Introducción', '', 'Texto de la introducción¹.', '', '¹ Nota al pie.', '', '12',
      'Entidades que pueden formular compromisos', '', 'Academia', '', 'Sindicatos', '', 'Texto final.',
    ])
    expect(r.metadata).toMatchObject({
      title: 'Manual de prueba',
      cover: {kind: 'HANDBOOK', fields: {authorship: {label: {line: 3, text: 'AUTORÍA'}, values: [{line: 4, text: 'Ana Pérez'}]}}},
      index: {heading: {line: 6}, entries: [{line: 8, title: 'Introducción', page: 1}, {line: 9, title: 'Anexo I', page: 9}]},
      sections: [{title: 'Introducción', headingLines: [11], paragraphs: [{line: 13, text: 'Texto de la introducción¹.'}, {line: 24, text: 'Texto final.'}]}],
      footnotes: [{line: 15, mark: '¹', number: 1, text: 'Nota al pie.'}],
      pageNumbers: [{line: 17, text: '12'}],
      pledgeEntities: {heading: {line: 18}, items: [{line: 20, text: 'Academia'}, {line: 22, text: 'Sindicatos'}]},
    })
    expect(r.unmapped).toEqual([])
  })

  describe('on the IOM handbook seed', () => {
    it('reads all 23 objectives, each with a statement, and the 8 annex examples', async () => {
      const r = await parseFixture(SEED)
      expect(r.format).toBe('pmm')
      expect(objectives(r).map((o) => o.number)).toEqual(Array.from({length: 23}, (_, i) => i + 1))
      expect(objectives(r).filter((o) => o.keyIdeas && o.localActions).map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 7, 10, 12, 15, 16, 17, 19, 20, 21, 23])
      expect(objectives(r).find((o) => o.number === 13)).toMatchObject({shortName: 'Alternativas a la detención', source: {startLine: 98, endLine: 98}})
      expect(practices(r).map((p) => [p.place?.name ?? null, p.country, p.year, p.pmmObjectives])).toEqual([
        [null, 'BR', 2022, [1]],
        [null, null, 2021, [7]],
        ['Rivera', 'UY', 2018, [11]],
        ['Valparaíso', 'CL', 2018, [15]],
        ['Sucumbíos, Imbabura, Carchi y Esmeraldas', 'EC', 2020, [16]],
        [null, null, 2019, [17]],
        ['Pichincha (Quito), Guayas (Guayaquil), Manabí (Manta), Santo Domingo (Santo Domingo) y Azuay (Cuenca)', 'EC', 2020, [19]],
        ['Quilmes', 'AR', 2020, [23]],
      ])
    })

    it('places every non-blank line (coverage 100%) and infers the 16 lost objective numbers', async () => {
      const r = await parseFixture(SEED)
      expect(r.unmapped).toEqual([])
      expect(r.coverage.placed).toBe(r.coverage.lines)
      expect(rules(r, 'pmm/inferred-objective').map((d) => d.line)).toEqual([98, 102, 106, 110, 114, 118, 122, 126, 130, 134, 138, 305, 306, 307, 310, 311])
      expect(rules(r, 'pmm-table/merged-continuation').map((d) => d.line)).toEqual([174, 182, 304, 309, 313])
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    })
  })
})
