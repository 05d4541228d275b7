/** The `catalog` format end to end: detection, records, placement of every line, repairs, validate requirements. */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Practice} from '../../src/schema/records.js'
import {cli} from '../helpers/cli.js'
import {parseText} from '../helpers/parse.js'

const page = (...lines: string[]) => lines.join('\n') + '\n'
const rules = (result: {diagnostics: Array<{rule: string}>}) => result.diagnostics.map((d) => d.rule)

/** A Hub practice page in Spanish, as a browser saves it as text. */
const HUB_ES = page(
  'Saltar al contenido principal',
  'Repositorio de Prácticas',
  'Escuela abierta para niñas y niños migrantes en Cúcuta',
  'Objetivos del PMM',
  '15 - Acceso a los servicios básicos',
  'Principios Rectores del Pacto Mundial para la Migración',
  'Perspectiva infantil',
  'Fechas',
  '2020 - Presente',
  'Tipo de práctica',
  'Programa/proyecto',
  'País:',
  'Colombia',
  'Resumen',
  'Las escuelas del municipio reciben a niñas y niños migrantes sin papeles y les dan clases de nivelación.',
)

describe('catalog format', () => {
  it('detects a Hub page by its labels, although it names the Pacto Mundial para la Migración (PMM)', async () => {
    const result = await parseText(HUB_ES)
    expect(result.format).toBe('catalog')
    expect(result.detection!.scores.pmm).toBeGreaterThan(0)
    expect(result.detection!.scores.catalog).toBeGreaterThan(result.detection!.scores.pmm)
  })

  it('reads one practice with the fields of the page', async () => {
    const [record] = (await parseText(HUB_ES)).records as Practice[]
    expect(record).toMatchObject({
      type: 'practice', title: 'Escuela abierta para niñas y niños migrantes en Cúcuta', country: 'CO', pmmObjectives: [15],
      guidingPrinciples: ['child-sensitive'], startYear: 2020, endYear: null, ongoing: true, schedule: '2020 - Presente',
      practiceType: 'Programa/proyecto', language: 'es', places: [{name: 'Cúcuta', country: 'CO', admin1: 'Norte de Santander'}],
      source: {format: 'catalog', path: 'input.txt', startLine: 3, endLine: 15},
    })
  })

  it('places every line: site furniture in metadata, the rest in fields', async () => {
    const result = await parseText(HUB_ES)
    expect(result.unmapped).toEqual([])
    expect(result.coverage).toEqual({lines: 15, placed: 15})
    expect(result.metadata.furniture).toEqual([
      {line: 1, text: 'Saltar al contenido principal', kind: 'line'},
      {line: 2, text: 'Repositorio de Prácticas', kind: 'line'},
    ])
  })

  it('keeps a list of other practices after `Latest content` out of the last field, up to the next label of this practice', async () => {
    const result = await parseText(page(
      'Mobile clinics for migrants', 'Type of practice', 'Service delivery', 'Latest content', 'Another practice in Chile', 'GCM Objectives',
      'A third practice', 'Summary', 'Clinics visit the border towns every week.',
    ))
    const [record] = result.records as Practice[]
    expect(record).toMatchObject({practiceType: 'Service delivery', description: 'Clinics visit the border towns every week.', pmmObjectives: []})
    expect((result.metadata.furniture as Array<{line: number; kind: string}>).map((f) => [f.line, f.kind])).toEqual([[4, 'related'], [5, 'related'], [6, 'related'], [7, 'related']])
  })

  it('ends a list of other content printed above the practice at its first blank line, and keeps a date under the title out of the fields', async () => {
    const result = await parseText(page(
      'Latest content', 'Cash assistance for returnees in Honduras', 'GCM Objectives', 'Back to results', '',
      'Digital Consular Registry for Nationals Abroad', '12 May 2023', 'Primary GCM Objectives', '14 - Consular protection',
      'Type of practice', 'Capacity-building', 'Country:', 'El Salvador', 'Summary', 'Nationals abroad register online.',
    ))
    expect(result.records[0]).toMatchObject({title: 'Digital Consular Registry for Nationals Abroad', pmmObjectives: [14], country: 'SV', source: {startLine: 6, endLine: 15}})
    expect((result.metadata.furniture as Array<{line: number}>).map((f) => f.line)).toEqual([1, 2, 3, 4])
    expect(result.metadata.fields).toEqual([{field: 'published', label: '', value: '12 May 2023', line: 7}])
    expect(result.unmapped).toEqual([])
  })

  it('reads a locality written with its state code, and the division from a state label', async () => {
    const result = await parseText(page('NOME DA PRÁTICA', 'Comitê Municipal de Atenção a Migrantes', 'MUNICÍPIO/UF', 'Porto Alegre/RS', 'DESCRIÇÃO', 'O comitê reúne secretarias.'), {kind: 'catalog'})
    expect(result.records[0]).toMatchObject({places: [{name: 'Porto Alegre', country: 'BR', admin1: 'Rio Grande do Sul'}], country: 'BR', language: 'pt',
      municipality: {name: 'Porto Alegre', code: null, region: 'Rio Grande do Sul'}})
  })

  it('gives a one-value label (`Updated on:`) its first line only; the title and summary below it are the page\'s', async () => {
    const result = await parseText(page('Updated on:', '12 Jul 2022', '', 'Support for local governments in migration processes', '', 'The pledge funds peer learning.', '',
      'Pledging entity', 'Member State', 'GCM Objectives', '23'), {kind: 'catalog'})
    expect(result.records[0]).toMatchObject({title: 'Support for local governments in migration processes', description: 'The pledge funds peer learning.', pmmObjectives: [23]})
    expect(result.metadata.fields).toEqual([
      {field: 'published', label: 'Updated on', value: '12 Jul 2022', line: 1},
      {field: 'submission', label: 'Pledging entity', value: 'Member State', line: 8},
    ])
  })

  it('reads a field of 150,000 lines (places, a responsible entity) without running out of stack', async () => {
    const many = Array.from({length: 150_000}, () => '«')
    for (const label of ['País:', 'Entidad responsable:']) {
      const result = await parseText(HUB_ES.replace('Resumen\n', `${label}\n${many.join('\n')}\nResumen\n`), {kind: 'catalog'})
      expect(rules(result)).not.toContain('internal/crash')
      expect((result.records[0] as Practice).title).toBe('Escuela abierta para niñas y niños migrantes en Cúcuta')
    }
  }, 60_000)

  it('leaves an objective it cannot read unmapped, with the line to fix', async () => {
    const result = await parseText(page('Community kitchens in Arica', 'GCM Objectives', '16', 'International Organizations', 'Summary', 'Kitchens run by migrant women.'))
    expect((result.records[0] as Practice).pmmObjectives).toEqual([16])
    expect(result.unmapped).toEqual([{line: 4, text: 'International Organizations'}])
    expect(result.diagnostics).toContainEqual(expect.objectContaining({rule: 'catalog/unknown-objective', severity: 'warning', line: 4, actual: 'International Organizations'}))
  })

  it('infers the country from the place or the title, as a reported repair; not under --no-repair', async () => {
    const text = page('Welcome desks in the Port of Guatemala', 'Summary', 'Desks at the port.', 'Dates', '2019 - 2020')
    const repaired = await parseText(text, {kind: 'catalog'})
    expect((repaired.records[0] as Practice).country).toBe('GT')
    expect(repaired.diagnostics).toContainEqual(expect.objectContaining({rule: 'catalog/country-inferred', severity: 'info', actual: 'Guatemala', expected: 'GT'}))
    const plain = await parseText(text, {kind: 'catalog', repair: false})
    expect((plain.records[0] as Practice).country).toBeNull()
    expect(rules(plain)).toContain('catalog/country-inferred')
  })

  it('points a country read from the second line of a wrapped title at that line', async () => {
    const text = page('Welcome desks for people arriving by sea', '  at the Port of Guatemala', 'Summary', 'Desks at the port.', 'Dates', '2019 - 2020')
    const result = await parseText(text, {kind: 'catalog'})
    expect((result.records[0] as Practice).title).toBe('Welcome desks for people arriving by sea at the Port of Guatemala')
    expect((result.records[0] as Practice).country).toBe('GT')
    expect(result.diagnostics).toContainEqual(expect.objectContaining({rule: 'catalog/country-inferred', line: 2, column: 18, endLine: 2, endColumn: 27, actual: 'Guatemala'}))
  })

  it('reads a misspelt label as a reported repair, and leaves it under --no-repair', async () => {
    const text = page('Huertos urbanos interculturales', 'Resumen', 'Huertos en plazas.', 'Benefisiarios', 'Familias migrantes.')
    const repaired = await parseText(text, {kind: 'catalog'})
    expect((repaired.records[0] as Practice).priorityGroup).toBe('Familias migrantes.')
    expect(repaired.diagnostics).toContainEqual(expect.objectContaining({rule: 'label/fuzzy-match', severity: 'info', actual: 'Benefisiarios', expected: 'Beneficiarios'}))
    const plain = await parseText(text, {kind: 'catalog', repair: false})
    expect((plain.records[0] as Practice).priorityGroup).toBeNull()
    expect(plain.unmapped.map((u) => u.line)).toEqual([4, 5])
  })

  it('reads text between the title and the first label as the summary when no label gives one, and says so', async () => {
    const result = await parseText(page('Skip to main content', 'Legal clinic for migrants in Quito', 'A clinic gives free legal advice.', 'Type of practice', 'Service delivery', 'Country:', 'Ecuador'))
    expect(result.records[0]).toMatchObject({title: 'Legal clinic for migrants in Quito', description: 'A clinic gives free legal advice.', country: 'EC', language: 'en'})
    expect(result.diagnostics).toContainEqual(expect.objectContaining({rule: 'catalog/unlabelled-summary', line: 3}))
  })

  it('yields nothing from a page without a title or any label, with a warning', async () => {
    const result = await parseText(page('Skip to main content', 'Share'), {kind: 'catalog'})
    expect(result.records).toEqual([])
    expect(rules(result)).toEqual(['document/no-records'])
  })
})

describe('validate on a practice-repository page', () => {
  async function validate(text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'practices-catalog-'))
    writeFileSync(join(dir, 'page.txt'), text)
    const result = await cli(['validate', join(dir, 'page.txt'), '--reporter', 'json'])
    const report = JSON.parse(result.stdout) as {diagnostics: Array<{rule: string; severity: string; message: string; line: number}>}
    return {code: result.code, found: report.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.severity, d.rule, d.message])}
  }

  it('passes a page with title, summary, objectives, dates and country', async () => {
    expect(await validate(HUB_ES)).toEqual({code: 0, found: []})
  })

  it('makes a page without a title or a summary an error', async () => {
    const {code, found} = await validate(page('Repository of Practices', 'GCM Objectives', '9', 'Dates', '2017 - 2019', 'Country:', 'Ecuador'))
    expect(code).toBe(1)
    expect(found).toEqual([
      ['error', 'validate/required-section', 'Unexpected practice without a title, expected a title'],
      ['error', 'validate/required-section', 'Unexpected practice without a title without `Summary`, expected a `Summary` section with text'],
    ])
  })

  it('warns about a page without objectives, dates or country', async () => {
    const {code, found} = await validate(page('Repository of Practices', 'Shelter network for women on the move', 'Type of practice', 'Service delivery', 'Summary', 'Shelters along the route.'))
    expect(code).toBe(0)
    expect(found.map(([severity, rule]) => `${severity} ${rule}`)).toEqual(['warning validate/missing-section', 'warning validate/missing-section', 'warning validate/missing-section'])
    expect(found.map(([, , message]) => message)).toEqual([
      'Unexpected practice `Shelter network for women on the move` without `GCM Objectives`, expected a `GCM Objectives` section',
      'Unexpected practice `Shelter network for women on the move` without `Dates`, expected a `Dates` section',
      'Unexpected practice `Shelter network for women on the move` without `Country`, expected a `Country` section',
    ])
  })
})
