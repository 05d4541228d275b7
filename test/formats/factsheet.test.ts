import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {renderFactsheet} from '../../src/export/markdown.js'
import {atxHeading} from '../../src/formats/factsheet/scan.js'
import {roundTrip, withOrigin} from '../helpers/round-trip.js'
import {emptyPractice, type AnyRecord, type Practice} from '../../src/schema/records.js'
import {allRecords, annexPractice, governancePractice, networkReport, pmmObjective, practice} from '../export/fixtures.js'
import {fixtureInputs, ROOT} from '../helpers/golden.js'
import {parseFixture, parseText} from '../helpers/parse.js'

const rules = (result: {diagnostics: Array<{rule: string}>}) => result.diagnostics.map((d) => d.rule)

describe('factsheet round trip', () => {
  it('reads every record type back to the same record, with the cited source restored', async () => {
    const records = allRecords()
    const back = await roundTrip(records)
    expect(back.records).toEqual(records)
    for (const result of back.results) {
      expect(result.format).toBe('factsheet')
      expect(result.diagnostics).toEqual([])
      expect(result.unmapped).toEqual([])
      expect(result.coverage.placed).toBe(result.coverage.lines)
    }
  })

  it('gives the parsed record a source that points at the fact sheet, and keeps the cited one in metadata', async () => {
    const text = await renderFactsheet(practice())
    const result = await parseText(text, {}, 'fichas/puente-alto.md')
    const [record] = result.records
    expect(record!.source).toEqual({format: 'factsheet', path: 'fichas/puente-alto.md', startLine: 1, endLine: text.trimEnd().split('\n').length})
    expect(result.metadata.origins).toEqual([{line: 1, source: practice().source}])
    expect(withOrigin(record!, result.metadata)).toEqual(practice())
  })

  it('round-trips the fields of a repository page: dates, type, principles, SDG targets, partners, places, URL, language', async () => {
    const record = practice({
      municipality: {name: 'Lima', code: null, region: 'Lima'}, country: 'PE', startYear: 2019, endYear: 2031, ongoing: true,
      practiceType: 'Policy (including law, public measure)', guidingPrinciples: ['people-centred', 'whole-of-society'],
      sdgTargets: ['10.7', '10.c'], partners: ['OIM', 'ACNUR; Cruz Roja'],
      places: [{name: 'Lima', country: 'PE', admin1: 'Lima'}, {name: 'Callao', country: 'PE', admin1: null}],
      sourceUrl: 'https://migrationnetwork.un.org/practice/example', language: 'en',
    })
    const back = await roundTrip([record])
    expect(back.records).toEqual([record])
    expect(back.markdown[0]).toContain('| Callao    | PE   |                       |')
    expect(back.results[0]!.diagnostics).toEqual([])
  })

  it('leaves out the places table when the municipality is the only locality, and reads it back from the municipality', async () => {
    const markdown = (await roundTrip([practice()])).markdown[0]!
    expect(markdown).not.toContain('## Localidades')
    expect((await roundTrip([practice()])).records[0]!).toMatchObject({places: [{name: 'Puente Alto', country: 'CL', admin1: 'Metropolitana de Santiago'}]})
  })

  it('reports a guiding principle or an SDG target it does not know', async () => {
    const text = `${await renderFactsheet(practice())}\n## Principios rectores del PMM\n\n- Solidaridad\n\n## Metas de los ODS\n\n- 18.1\n`
    const result = await parseText(text, {}, 'ficha.md')
    expect(rules(result)).toEqual(expect.arrayContaining(['factsheet/unknown-principle', 'factsheet/invalid-value']))
    expect(result.records[0]).toMatchObject({guidingPrinciples: [], sdgTargets: []})
    expect(result.unmapped.map((u) => u.text)).toEqual(['- Solidaridad', '- 18.1'])
  })

  it('round-trips a practice with every field absent', async () => {
    const empty = {...emptyPractice({format: 'ficha', path: 'x.txt', startLine: 1, endLine: 1}), id: 'sin-titulo'}
    expect((await roundTrip([empty])).records).toEqual([empty])
  })

  it('round-trips text that looks like Markdown, HTML or a formula', async () => {
    const tricky = [
      '<script>alert(1)</script>', '# not a heading', '- not a list\n* nor this\n1. nor this', '**bold** _em_ `code` [l](u)',
      '| a | b |', '> quote', '---', '=SUM(A1)', 'a\\b', '[x] not a task', 'tab\there', 'line one\nline two',
      'para\n\n\nwith three newlines', '&amp; &copy; &#65;', '<!-- practices:factsheet v1 practice -->', 'http://example.com/x_y_',
      '  leading spaces', 'Otra: with colon', 'Indicador: looks like a label', '_Sin información_', 'Sin información',
    ]
    for (const value of tricky) {
      const record = practice({
        title: value, description: value, departments: [value], categoryOther: value, schedule: value,
        selloLines: [{line: 'vinculacion-comunitaria', rationale: value}], objectives: [value], indicators: [{indicator: value, verification: value}],
        municipality: {name: value.trim() || 'x', code: null, region: value}, link: {text: value, url: null},
      })
      const back = await roundTrip([record])
      expect(back.records, `value ${JSON.stringify(value)}\n${back.markdown[0]}`).toEqual([record])
    }
  })

  it('round-trips 300 pseudo-random texts made of Markdown-significant characters', async () => {
    const alphabet = ['a', 'ñ', ' ', '  ', '\n', '\n\n', '#', '*', '_', '-', '+', '1.', '>', '<', '[', ']', '(', ')', '`', '|', '\\', '!', '&', ';', ':', '~', '=', '\t', 'x', 'http://a.b', '<b>', '&amp;']
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const records: Practice[] = []
    for (let i = 0; i < 300; i++) {
      let value = ''
      const length = 1 + Math.floor(random() * 12)
      for (let j = 0; j < length; j++) value += alphabet[Math.floor(random() * alphabet.length)]
      // Records hold trimmed, non-empty text (parsers trim every value they read).
      value = value.trim() || 'x'
      records.push(practice({id: `p${i}`, description: value, departments: [value], title: value, selloLines: [{line: 'politicas-locales', rationale: value}]}))
    }
    const back = await roundTrip(records)
    for (const [i, record] of records.entries()) expect(back.records[i], back.markdown[i]).toEqual(record)
  })

  it('round-trips the records the parsers produce for every sample and case document', async () => {
    for (const input of fixtureInputs()) {
      const parsed = await parseFixture(input)
      const back = await roundTrip(parsed.records)
      expect(back.records, input).toEqual(parsed.records)
    }
  })
})

const handWritten = `Some notes before the sheet are not part of it.

# Feria de emprendimiento migrante

- **País:** Chile

## Líneas Sello
- Vinculación comunitaria: se vincula con ferias locales.

## Categoría



- [X] Emprendimiento
- ☑ Capacitaciones
- ☐ NNA
- [ ] Otra: Ferias

## Municipalidad

Puente Alto

## Fechas de implementación

| Marzo | Abril | Mayo |
|---|---|---|
| x |  | ✓ |

Cada otoño.

## Breve descripción

Una feria.

- con stands
- y talleres
`

describe('factsheet written by hand', () => {
  it('takes sections in any order, `[X]`, glyphs, plain labels and extra blank lines', async () => {
    const result = await parseText(handWritten, {kind: 'factsheet'}, 'feria.md')
    expect(result.records).toHaveLength(1)
    const record = result.records[0] as Practice
    expect(record.title).toBe('Feria de emprendimiento migrante')
    expect(record.country).toBe('CL')
    expect(record.categories).toEqual(['emprendimiento', 'capacitaciones'])
    expect(record.categoryOther).toBe('Ferias')
    expect(record.selloLines).toEqual([{line: 'vinculacion-comunitaria', rationale: 'se vincula con ferias locales.'}])
    expect(record.months).toEqual([3, 5])
    expect(record.schedule).toBe('Cada otoño.')
    // A list right after a paragraph ends that paragraph's text (as the exporter writes it).
    expect(record.description).toBe('Una feria.\n- con stands\n- y talleres')
    expect(record.id).toBe('puente-alto-feria-de-emprendimiento-migrante')
  })

  it('looks a comuna given by name up in the gazetteer, and reports it as a repair', async () => {
    const result = await parseText(handWritten, {kind: 'factsheet'}, 'feria.md')
    const record = result.records[0] as Practice
    expect(record.municipality).toEqual({name: 'Puente Alto', code: '13201', region: 'Metropolitana de Santiago'})
    const lookup = result.diagnostics.find((d) => d.rule === 'factsheet/municipality-lookup')!
    expect(lookup).toMatchObject({severity: 'info', line: 21, actual: 'Puente Alto', expected: 'Puente Alto'})
  })

  it('reports a misspelt comuna, category and Sello line with their own rules, the spelling read as suggestion', async () => {
    const text = handWritten.replace('Puente Alto', 'Puente Altoo').replace('Capacitaciones', 'Capacitacions').replace('Vinculación comunitaria', 'Vinculacion comunitria')
    const result = await parseText(text, {kind: 'factsheet'}, 'feria.md')
    const record = result.records[0] as Practice
    expect(record.municipality).toEqual({name: 'Puente Alto', code: '13201', region: 'Metropolitana de Santiago'})
    expect(record.categories).toEqual(['emprendimiento', 'capacitaciones'])
    expect(record.selloLines.map((l) => l.line)).toEqual(['vinculacion-comunitaria'])
    const repairs = result.diagnostics.filter((d) => d.rule.endsWith('/fuzzy-match'))
    expect(repairs.map((d) => [d.severity, d.rule, d.actual, d.suggestion])).toEqual([
      ['info', 'sello-lines/fuzzy-match', 'Vinculacion comunitria', 'Vinculación comunitaria'],
      ['info', 'category/fuzzy-match', 'Capacitacions', 'Capacitaciones'],
      ['info', 'municipality/fuzzy-match', 'Puente Altoo', 'Puente Alto'],
    ])
  })

  it('does not look the comuna up under --no-repair', async () => {
    const result = await parseText(handWritten, {kind: 'factsheet', repair: false}, 'feria.md')
    expect((result.records[0] as Practice).municipality).toEqual({name: 'Puente Alto', code: null, region: null})
    expect(rules(result)).not.toContain('factsheet/municipality-lookup')
  })

  it('reports a month table with 3 columns as month-table/cell-count', async () => {
    const result = await parseText(handWritten, {kind: 'factsheet'}, 'feria.md')
    expect(result.diagnostics.find((d) => d.rule === 'month-table/cell-count')).toMatchObject({severity: 'warning', line: 25, message: 'Unexpected 3 month columns, expected 12 (`Enero` … `Diciembre`)'})
  })

  it('leaves the lines before the title unmapped, and places every other line', async () => {
    const result = await parseText(handWritten, {kind: 'factsheet'}, 'feria.md')
    expect(result.unmapped).toEqual([{line: 1, text: 'Some notes before the sheet are not part of it.'}])
  })

  it('when a section is unknown, reports factsheet/unknown-section with the nearest label and leaves its lines', async () => {
    const text = '<!-- practices:factsheet v1 practice -->\n# T\n\n## Financiamento del proyecto\n\nFondos.\n\n## Forma de financiamento\n\nRecursos propios.\n'
    const result = await parseText(text, {}, 'a.md')
    const unknown = result.diagnostics.find((d) => d.rule === 'factsheet/unknown-section')!
    expect(unknown).toMatchObject({severity: 'warning', line: 4, actual: 'Financiamento del proyecto', suggestion: 'Forma de financiamiento'})
    expect(result.unmapped.map((u) => u.line)).toEqual([4, 6])
    expect((result.records[0] as Practice).funding).toBe('Recursos propios.')
    expect(result.diagnostics.find((d) => d.rule === 'label/fuzzy-match')).toMatchObject({severity: 'info', line: 8, actual: 'Forma de financiamento', expected: 'Forma de financiamiento'})
  })

  it('refuses a misspelt section under --no-repair', async () => {
    const text = '<!-- practices:factsheet v1 practice -->\n# T\n\n## Forma de financiamento\n\nRecursos propios.\n'
    const result = await parseText(text, {repair: false}, 'a.md')
    expect((result.records[0] as Practice).funding).toBeNull()
    expect(rules(result)).toContain('factsheet/unknown-section')
  })

  it('reports an unknown category and a second copy of a section', async () => {
    const text = '<!-- practices:factsheet v1 -->\n# T\n## Categoría\n- [x] Salud mental\n- [x] NNA\n## Categoría\n- [x] Cooperativas\n'
    const result = await parseText(text, {}, 'a.md')
    expect((result.records[0] as Practice).categories).toEqual(['nna'])
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.line])).toEqual([
      ['factsheet/unknown-category', 4], ['factsheet/duplicate-section', 6], ['factsheet/unexpected-content', 7],
    ])
  })

  it('reports an unreadable year or code as an error and keeps the field empty', async () => {
    const text = '<!-- practices:factsheet v1 practice -->\n# T\n## Año de inicio\ndos mil quince\n## Municipalidad\nPuente Alto\n- **Código:** 1320\n'
    const result = await parseText(text, {}, 'a.md')
    const record = result.records[0] as Practice
    expect(record.startYear).toBeNull()
    expect(record.municipality).toEqual({name: 'Puente Alto', code: null, region: null})
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.line, d.actual])).toEqual([
      ['factsheet/invalid-value', 4, 'dos mil quince'], ['factsheet/invalid-value', 7, '1320'],
    ])
  })

  it('reads several sheets from one file, one record each', async () => {
    const text = (await renderFactsheet(practice())) + '\n' + (await renderFactsheet(networkReport()))
    const result = await parseText(text, {}, 'all.md')
    expect(result.records.map((r) => r.type)).toEqual(['practice', 'network-report'])
    expect(result.records.map((r) => withOrigin(r, result.metadata))).toEqual([practice(), networkReport()])
  })

  it('tells the record type from the sections when the marker has none', async () => {
    const text = '# Objetivo 3: INFORMACIÓN\n\n## Objetivo\n\nProporcionar información exacta.\n\n## Ideas clave del compromiso\n\nLanzar un portal.\n'
    const result = await parseText(text, {kind: 'factsheet'}, 'o.md')
    expect(result.records).toEqual([expect.objectContaining({type: 'pmm-objective', number: 3, shortName: 'INFORMACIÓN', statement: 'Proporcionar información exacta.', keyIdeas: 'Lanzar un portal.', localActions: null})])
  })

  it('reports a PMM objective sheet without its statement as factsheet/missing-field and yields no record', async () => {
    const text = '<!-- practices:factsheet v1 pmm-objective -->\n# Objetivo 3: INFORMACIÓN\n'
    const result = await parseText(text, {}, 'o.md')
    expect(result.records).toEqual([])
    expect(result.diagnostics).toEqual([expect.objectContaining({severity: 'warning', rule: 'document/no-records', line: 1}),
      expect.objectContaining({severity: 'error', rule: 'factsheet/missing-field', line: 2})])
  })

  it('recognises the index.md of an export and yields no records and no diagnostics', async () => {
    const result = await parseText('<!-- practices:index v1 -->\n\n# Fichas de buenas prácticas\n\n| Ficha |\n| --- |\n| [A](a.md) |\n', {}, 'index.md')
    expect(result.format).toBe('factsheet')
    expect(result.records).toEqual([])
    expect(result.diagnostics).toEqual([])
    expect(result.unmapped).toEqual([])
  })

  it('warns about a marker of another version', async () => {
    const result = await parseText('<!-- practices:factsheet v2 practice -->\n# T\n', {}, 'a.md')
    expect(result.diagnostics).toEqual([expect.objectContaining({rule: 'factsheet/version', severity: 'warning', actual: 'v2', expected: 'v1'})])
  })

  it('reads hand-made figures, members as a list, and an invalid date', async () => {
    const text = '<!-- practices:factsheet v1 network-report -->\n# Red\n- Iniciativa: Ciudades Solidarias\n- Fecha: 25/09/2024\n## Cifras\n- 6 Convenios\n- muchos municipios\n## Miembros\n- San Benito (Petén)\n- Flores\n'
    const result = await parseText(text, {}, 'r.md')
    expect(result.records[0]).toMatchObject({initiative: 'Ciudades Solidarias', date: null, figures: [{value: 6, label: 'Convenios'}],
      members: [{name: 'San Benito', admin1: 'Petén'}, {name: 'Flores', admin1: null}]})
    expect(result.diagnostics.map((d) => [d.rule, d.line])).toEqual([['factsheet/invalid-value', 4], ['factsheet/invalid-value', 7]])
  })
})

describe('factsheet detection', () => {
  it('detects a fact sheet by its marker, whatever other format words it contains', async () => {
    const records: AnyRecord[] = [practice(), governancePractice(), annexPractice(), pmmObjective(), networkReport()]
    for (const record of records) {
      const result = await parseText(await renderFactsheet(record), {}, 'sheet.md')
      expect(result.format).toBe('factsheet')
    }
  })
})

describe('factsheet on hostile input', () => {
  const sheet = async (body: string, heading = '## Breve descripción') =>
    (await renderFactsheet(practice({description: null}))).replace('## Forma de financiamiento', `${heading}\n\n${body}\n\n## Forma de financiamiento`)

  it('is not taken for a fact sheet when one marker line sits inside another document', async () => {
    const ficha = readFileSync(join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt'), 'utf8').split('\n')
    ficha.splice(30, 0, '<!-- practices:factsheet v1 practice -->')
    const result = await parseText(ficha.join('\n'))
    expect(result.format).toBe('ficha')
    expect(result.records).toHaveLength(7)
    expect(result.detection!.evidence).toContain('factsheet: fact sheet marker on a later line (+2)')
  })

  it('keeps a list nested 3,000 deep as text, and says its Markdown was not read', async () => {
    const result = await parseText(await sheet(`${'- '.repeat(3000)}x`), {}, 'sheet.md')
    const record = result.records[0] as Practice
    expect(record.description).toBe(`${'- '.repeat(3000)}x`)
    expect(result.diagnostics).toMatchObject([{rule: 'markdown/not-read', severity: 'warning', actual: '33'}])
  })

  it('reads a heading followed by a run of spaces, and `**` × 3,000', async () => {
    const spaces = await parseText(await sheet('Texto.', `## Breve descripción${' '.repeat(100_000)}`), {}, 'sheet.md')
    expect((spaces.records[0] as Practice).description).toBe('Texto.')
    const stars = await parseText(await sheet('*'.repeat(6000)), {}, 'sheet.md')
    expect(stars.diagnostics.map((d) => d.rule)).toEqual(['markdown/not-read'])
  })

  it('reads ATX headings as the pattern `^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$` does', () => {
    const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
    const line = fc.string({unit: fc.constantFrom(' ', '\t', '#', 'a', 'b', '\u2028', '\u00a0'), maxLength: 14})
    fc.assert(fc.property(line, (text) => {
      const m = ATX.exec(text)
      const got = atxHeading(text)
      expect(got ? [got.level, got.text] : null).toEqual(m ? [m[1], m[2]] : null)
    }), {numRuns: 5000})
  })
})
