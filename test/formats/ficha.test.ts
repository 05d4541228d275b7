/**
 * The ficha parser on the seed, its rewrites (other marks, CRLF + BOM, Windows-1252, one sheet
 * per file) and the hand-written cases in fixtures/cases/ficha/.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/index.js'
import type {Practice} from '../../src/schema/records.js'
import {ROOT, UPDATE} from '../helpers/golden.js'
import {parseFixture, parseText} from '../helpers/parse.js'
import {SEED, seedText, seedVariants, withBallotBoxes, withCrlfBom, withGfmTasks, withQuotedInputs, withWindows1252} from './ficha-variants.js'

type Result = Awaited<ReturnType<typeof parseFixture>>
const practices = (result: Result) => result.records as Practice[]
/** Records without `source` (path and line numbers differ between files). */
const content = (result: Result) => practices(result).map(({source: _source, ...rest}) => rest)
const byTitle = (result: Result, title: string) => practices(result).find((r) => r.title === title)!
const rules = (result: Result) => result.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.line}`)

describe('ficha: the seed document', async () => {
  const seed = await parseFixture(SEED)

  it('is detected as ficha and yields its 7 sheets in order', () => {
    expect(seed.format).toBe('ficha')
    expect(practices(seed).map((r) => [r.title, r.municipality?.name, r.source.startLine])).toEqual([
      ['Operativos interinstitucionales en asentamientos precarios', 'Puente Alto', 13],
      ['Recepción y acogida de la comunidad afgana', 'El Bosque', 77],
      ['Incubadora Cooperativa de trabajo: Jatún Newén', 'Recoleta', 155],
      ['Festival Multicultural', 'San Joaquín', 223],
      ['Escuela de Mujeres Catherine Flon', 'San Joaquín', 292],
      ['Capacitación en Oficios', 'Quinta Normal', 362],
      ['Academia Municipal Abierta: AMA Integración', 'Arica', 429],
    ])
  })

  it('places every non-blank line, with no diagnostic', () => {
    expect(seed.coverage).toEqual({lines: 255, placed: 255})
    expect(seed.unmapped).toEqual([])
    expect(seed.diagnostics).toEqual([])
  })

  it('keeps the introduction as document metadata, not as a practice', () => {
    expect(seed.metadata.introduction).toMatchObject({heading: 'INTRODUCCIÓN', startLine: 5, endLine: 11})
    expect((seed.metadata.introduction as {text: string}).text).toMatch(/^En respuesta a la complejidad/)
  })

  it('reads the grid printed without a `Categoría` label on the first sheet', () => {
    const sheet = byTitle(seed, 'Operativos interinstitucionales en asentamientos precarios')
    expect(sheet.categories).toEqual(['acogida-atencion', 'nna', 'otra'])
    expect(sheet.categoryOther).toBe('Regularización')
    expect(sheet.priorityGroup).toBe('Niñas, niños y adolescentes que viven en asentamientos precarios y que se encuentran en situación irregular.')
  })

  it('keeps categoryOther null where `Otra: Regularización` is printed unchecked', () => {
    const sheet = byTitle(seed, 'Capacitación en Oficios')
    expect(sheet.categories).toEqual(['sociolaboral', 'emprendimiento', 'capacitaciones'])
    expect(sheet.categoryOther).toBeNull()
  })

  it('binds month marks by position, leading empty cells included', () => {
    expect(practices(seed).map((r) => r.months)).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      [],
      [11],
      [4, 5, 6, 7, 8, 9, 10, 11],
      [9, 10, 11],
      [],
    ])
  })

  it('reads start years from the schedule, else the description', () => {
    expect(practices(seed).map((r) => r.startYear)).toEqual([null, 2022, 2015, 2022, 2022, 2018, 2022])
  })

  it('splits the El Bosque departments printed over two lines without commas', () => {
    expect(byTitle(seed, 'Recepción y acogida de la comunidad afgana').departments).toEqual([
      'Oficina de Migración, Refugio e Interculturalidad', 'Dirección de Salud', 'Dirección de Educación', 'Oficina de Gestión Territorial', 'OMIL',
    ])
  })

  it('reads Sello lines with their rationale, bold or plain, full or short', () => {
    expect(practices(seed).map((r) => r.selloLines.map((l) => l.line))).toEqual([
      ['politicas-locales', 'acceso-informacion'],
      ['politicas-locales', 'acceso-informacion', 'fortalecimiento-institucional'],
      ['politicas-locales', 'acceso-informacion', 'vinculacion-comunitaria'],
      ['politicas-locales', 'vinculacion-comunitaria', 'estrategias-formativas'],
      ['acceso-informacion'],
      ['politicas-locales', 'estrategias-formativas'],
      ['politicas-locales', 'estrategias-formativas'],
    ])
    expect(byTitle(seed, 'Capacitación en Oficios').selloLines[1]).toEqual({
      line: 'estrategias-formativas',
      rationale: 'ya que desde la municipalidad trabajan en una acción que permite entregar capacitación específica a quienes lo requieren en el territorio.',
    })
  })

  it('locates fields in the original file', () => {
    const sheet = byTitle(seed, 'Festival Multicultural')
    const places = seed.fieldPlaces!.get(sheet)!
    expect(places.title).toMatchObject({line: 223})
    expect(places.municipality).toMatchObject({line: 228})
    expect(places.months).toMatchObject({line: 255})
    expect(places.startYear).toMatchObject({line: 257})
  })
})

describe('ficha: the seed rewritten', async () => {
  const seed = content(await parseFixture(SEED))

  it('fixture files are exactly the rewrites of the seed', () => {
    for (const [path, bytes] of seedVariants()) {
      const file = join(ROOT, path)
      if (UPDATE) {
        mkdirSync(dirname(file), {recursive: true})
        writeFileSync(file, bytes)
      }
      expect(existsSync(file), path).toBe(true)
      expect(Buffer.compare(readFileSync(file), Buffer.from(bytes)), path).toBe(0)
    }
  })

  it.each([
    ['☒/☐ glyphs', withBallotBoxes],
    ['GFM task items', withGfmTasks],
    ["<input type='checkbox' checked='checked' />", withQuotedInputs],
  ])('with %s marks yields the same records', async (_name, rewrite) => {
    const result = await parseText(rewrite(seedText()), {}, 'rewritten.txt')
    expect(content(result)).toEqual(seed)
    expect(result.diagnostics).toEqual([])
  })

  it('with CRLF line ends and a UTF-8 BOM yields the same records', async () => {
    const result = await parseText(withCrlfBom(seedText()), {}, 'crlf.txt')
    expect(content(result)).toEqual(seed)
    expect(result.coverage.placed).toBe(result.coverage.lines)
  })

  it('as Windows-1252 bytes yields the same records, with the decoding reported as info', async () => {
    const result = await parseText(withWindows1252(seedText()), {}, 'cp1252.txt')
    expect(content(result)).toEqual(seed)
    expect(rules(result)).toEqual(['info read/windows-1252 5'])
  })

  it('as a folder with one sheet per file yields the same records as the single document', async () => {
    let out = ''
    const io = {stdout: {write: (s: string) => (out += s)}, stderr: {write: () => true}, stdin: Readable.from([]), env: {}}
    const code = await run(['parse', join(ROOT, 'fixtures/cases/ficha/one-sheet-per-file'), '--format', 'jsonl'], io)
    expect(code).toBe(0)
    const records = out.trim().split('\n').map((line) => JSON.parse(line) as Practice)
    expect(records.map(({source: _source, ...rest}) => rest)).toEqual(seed)
  })
})

describe('ficha: variations', () => {
  it('a sheet missing `Breve descripción` has description null and a ficha/missing-section warning', async () => {
    const result = await parseFixture('fixtures/cases/ficha/missing-description.txt')
    const [sheet] = practices(result)
    expect(sheet!.description).toBeNull()
    expect(sheet!.innovation).toBe('El huerto reúne a vecinos chilenos y extranjeros.')
    expect(sheet!.months).toEqual([3, 4, 5])
    expect(sheet!.startYear).toBe(2021)
    expect(result.diagnostics).toMatchObject([{severity: 'warning', rule: 'ficha/missing-section', line: 1, expected: 'Breve descripción'}])
  })

  it('reads labels in upper case without accents, in another order, and a typo as info', async () => {
    const result = await parseFixture('fixtures/cases/ficha/labels-upper-no-accents.txt')
    const [sheet] = practices(result)
    expect(sheet).toMatchObject({
      title: 'FERIA DE EMPRENDEDORAS MIGRANTES',
      municipality: {name: 'Estación Central', code: '13106'},
      departments: ['Oficina de Fomento Productivo', 'Oficina de Migrantes'],
      categories: ['emprendimiento'],
      priorityGroup: 'Mujeres migrantes emprendedoras.',
      months: [12],
      startYear: 2019,
      description: 'Feria navideña de emprendedoras migrantes en la plaza de la comuna.',
      selloLines: [{line: 'estrategias-formativas', rationale: 'ya que se capacita a las emprendedoras.'}],
    })
    expect(result.diagnostics).toMatchObject([{severity: 'info', rule: 'label/fuzzy-match', line: 17, actual: 'GRUPO PRIORITARO', expected: 'Grupo prioritario'}])
  })

  it('with --no-repair, leaves a fuzzy label unapplied and its section unmapped', async () => {
    const result = await parseFixture('fixtures/cases/ficha/labels-upper-no-accents.txt', {repair: false})
    expect(practices(result)[0]!.priorityGroup).toBeNull()
    expect(result.unmapped.map((u) => u.line)).toEqual([17, 18])
    expect(rules(result)).toContain('warning label/fuzzy-match 17')
  })

  it('when the month row has 13 cells, reports month-table/cell-count on that line and leaves months empty', async () => {
    const result = await parseFixture('fixtures/cases/ficha/month-row-13-cells.txt')
    expect(practices(result)[0]!.months).toEqual([])
    expect(result.diagnostics).toMatchObject([{severity: 'error', rule: 'month-table/cell-count', line: 17, column: 25}])
  })

  it('when the month row is 10 tabs then one mark, reads November only', async () => {
    const result = await parseFixture('fixtures/cases/ficha/month-row-november.txt')
    const [sheet] = practices(result)
    expect(sheet!.months).toEqual([11])
    expect(sheet!.categories).toEqual(['acogida-atencion', 'otra'])
    expect(sheet!.categoryOther).toBe('Conmemoración')
    expect(sheet!.municipality?.name).toBe('Santiago')
    expect(result.diagnostics).toEqual([])
  })

  it('reads rows of ✓ ✔ ☑, a GFM grid and a comuna wrapped over two lines; warns when the schedule disagrees', async () => {
    const result = await parseFixture('fixtures/cases/ficha/month-row-checks.txt')
    const [sheet] = practices(result)
    expect(sheet!.months).toEqual([2, 3, 4])
    expect(sheet!.categories).toEqual(['capacitaciones'])
    expect(sheet!.municipality).toEqual({name: 'Pedro Aguirre Cerda', code: '13121', region: 'Metropolitana de Santiago'})
    expect(result.diagnostics).toMatchObject([{severity: 'warning', rule: 'schedule/month-mismatch', line: 21, actual: 'febrero–abril', expected: 'febrero–junio'}])
  })

  it('with no month table, months is [] and the free text stays in schedule', async () => {
    const result = await parseFixture('fixtures/cases/ficha/no-month-table.txt')
    const [sheet] = practices(result)
    expect(sheet!.months).toEqual([])
    expect(sheet!.schedule).toBe('Reuniones mensuales de marzo a diciembre, a partir de 2020.')
    expect(sheet!.startYear).toBe(2020)
    expect(sheet!.municipality?.name).toBe('Valparaíso')
    expect(sheet!.selloLines).toEqual([{line: 'politicas-locales', rationale: 'ya que institucionaliza la participación.'}])
    expect(result.diagnostics).toMatchObject([
      {severity: 'warning', rule: 'checkbox-grid/unknown-label', line: 12, actual: 'Salud mental'},
      {severity: 'warning', rule: 'sello-lines/unknown-line', line: 35, actual: 'Participación ciudadana'},
    ])
    expect(result.unmapped.map((u) => u.line)).toEqual([12, 35])
  })

  it('reads categories written as free text, as a reported repair', async () => {
    const result = await parseFixture('fixtures/cases/ficha/free-text-categories.txt')
    expect(practices(result)[0]!.categories).toEqual(['acogida-atencion', 'nna'])
    expect(rules(result)).toEqual(['info checkbox-grid/free-text 10'])
  })

  it('keeps page furniture out of fields and joins a sentence split by a page break', async () => {
    const result = await parseFixture('fixtures/cases/ficha/page-furniture.txt')
    const [sheet] = practices(result)
    expect(sheet!.title).toBe('Taller de derechos laborales')
    expect(sheet!.months).toEqual([5, 6])
    expect(sheet!.description).toBe('Talleres sobre el Código del Trabajo para personas migrantes de la comuna.')
    expect(result.metadata.pageFurniture).toEqual({
      pageBreaks: [19, 37],
      pageNumbers: [{line: 18, text: 'Página 1'}, {line: 36, text: 'Página 2'}, {line: 47, text: 'Página 3'}],
      runningHeaders: [{text: 'Fichas de Buenas Prácticas 2023', lines: [1, 19, 37]}],
    })
    expect(result.coverage.placed).toBe(result.coverage.lines)
  })

  it('does not take a value repeated without page breaks for a running header', async () => {
    const result = await parseFixture(SEED)
    expect(result.metadata.pageFurniture).toBeUndefined()
  })
})

describe('ficha: diagnostics', () => {
  const sheet = (parts: {comuna?: string; grid?: string; sello?: string; title?: string}) => [
    parts.title ?? 'Práctica de prueba', '', 'MUNICIPALIDAD', parts.comuna ?? 'Arica', '',
    'Departamento/Oficinas municipales que participan', 'OMIL', '',
    'Categoría', parts.grid ?? '☒ Sociolaboral', '',
    'Grupo prioritario', 'Migrantes.', '', 'Fechas de implementación', 'Todo el año.', '',
    'Forma de financiamiento', 'Propio.', '', 'Sostenibilidad en el tiempo', 'Anual.', '',
    'Breve descripción', 'Texto.', '', 'Elemento innovador/creativo del proyecto o actividad', 'Texto.', '',
    'Líneas Sello', parts.sello ?? 'Vinculación comunitaria, ya que convoca.', '',
  ].join('\n')

  it('when the comuna is unknown, warns municipality/unknown naming the nearest comunas and leaves the line', async () => {
    const result = await parseText(sheet({comuna: 'PUENTE ALTOS DEL SUR'}))
    expect(practices(result)[0]!.municipality).toBeNull()
    expect(practices(result)[0]!.country).toBe('CL')
    const [d] = result.diagnostics
    expect(d).toMatchObject({severity: 'warning', rule: 'municipality/unknown', line: 4, actual: 'PUENTE ALTOS DEL SUR'})
    expect(d!.suggestion).toContain('Puente Alto')
    expect(result.unmapped).toEqual([{line: 4, text: 'PUENTE ALTOS DEL SUR'}])
  })

  it('reads a comuna with a typo as a reported repair', async () => {
    const result = await parseText(sheet({comuna: 'RECOLTA'}))
    expect(practices(result)[0]!.municipality?.name).toBe('Recoleta')
    expect(result.diagnostics).toMatchObject([{severity: 'info', rule: 'municipality/fuzzy-match', actual: 'RECOLTA', expected: 'Recoleta', suggestion: 'Recoleta'}])
  })

  it('reads `Municipalidad de X` on one line', async () => {
    const text = sheet({}).replace('MUNICIPALIDAD\nArica', 'Municipalidad de Puente Alto')
    expect(practices(await parseText(text))[0]!.municipality?.code).toBe('13201')
  })

  it('when a grid label is unknown, warns checkbox-grid/unknown-label with the nearest category', async () => {
    const result = await parseText(sheet({grid: '☒ Cooperativismo'}))
    expect(practices(result)[0]!.categories).toEqual([])
    expect(result.diagnostics).toMatchObject([{rule: 'checkbox-grid/unknown-label', line: 10, suggestion: 'Cooperativas'}])
  })

  it('when a Sello line is unknown, warns sello-lines/unknown-line with a suggestion', async () => {
    const result = await parseText(sheet({sello: '**Fortalecimiento comunitario**, ya que convoca.'}))
    expect(practices(result)[0]!.selloLines).toEqual([])
    expect(result.diagnostics).toMatchObject([{rule: 'sello-lines/unknown-line', line: 31}])
  })

  it('reads a title wrapped over two lines as one title', async () => {
    const result = await parseText(sheet({title: 'Academia Municipal Abierta: AMA\n\nIntegración'}))
    expect(practices(result)[0]!.title).toBe('Academia Municipal Abierta: AMA Integración')
  })

  it('does not take the only line under a label for the next sheet\'s title', async () => {
    const first = sheet({title: 'Primera práctica'}).replace('Líneas Sello\nVinculación comunitaria, ya que convoca.\n', '')
      .replace('Grupo prioritario\nMigrantes.\n\n', '') + '\nLíneas Sello\nVinculación comunitaria, ya que convoca.\n\nGrupo prioritario\n\nMujeres haitianas\n\n'
    const result = await parseText(first + sheet({title: 'Segunda práctica', comuna: 'Arica'}))
    expect(practices(result).map((r) => [r.title, r.priorityGroup])).toEqual([
      ['Primera práctica', 'Mujeres haitianas'],
      ['Segunda práctica', 'Migrantes.'],
    ])
  })

  it('with --no-repair reads the seed the same way (it needs no repair)', async () => {
    const result = await parseFixture(SEED, {repair: false})
    expect(content(result)).toEqual(content(await parseFixture(SEED)))
  })

  it('reports a document without any sheet as ficha/no-sheet', async () => {
    const result = await parseText('Solo un párrafo.\n', {kind: 'ficha'})
    expect(result.records).toEqual([])
    expect(rules(result)).toContain('error ficha/no-sheet 1')
  })
})
