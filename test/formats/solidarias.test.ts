import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {MAX_MARKS} from '../../src/constructs/markdown-budget.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {ParseContext} from '../../src/formats/context.js'
import {markdownHeading, type Block} from '../../src/formats/solidarias/blocks.js'
import {toPlainText} from '../../src/formats/solidarias/plain-text.js'
import type {NetworkReport} from '../../src/schema/records.js'
import {parseFixture, parseText} from '../helpers/parse.js'

const CHILE = 'fixtures/samples/solidarias-acnur-chile-2023.txt'
const GUATEMALA = 'fixtures/samples/solidarias-minex-guatemala-2024.txt'
const report = (result: {records: unknown[]}) => result.records[0] as NetworkReport
const rules = (result: {diagnostics: Array<{rule: string}>}) => result.diagnostics.map((d) => d.rule)

describe('solidarias: ACNUR Chile report', () => {
  it('reads counts, commitments and country; places the highlights and the status paragraph by their role', async () => {
    const result = await parseFixture(CHILE)
    const record = report(result)
    expect(result.format).toBe('solidarias')
    expect(record).toMatchObject({initiative: 'Ciudades Solidarias', country: 'CL', date: null, members: [], tags: [], sourceUrl: null})
    expect(record.figures).toEqual([{value: 6, label: 'Convenios con Ciudades Solidarias'}, {value: 1, label: 'Convenio con Regiones Solidarias'}])
    expect(record.commitments.map((c) => c.split(' ')[0])).toEqual(['Incorporar', 'Promover', 'Generar', 'Establecer'])
    // Two `■` highlights and the closing `A la fecha, …` paragraph feed no field, but say what they are.
    expect(result.unmapped).toEqual([])
    expect((result.metadata.highlights as string[]).map((h) => h.split(' ').slice(0, 3).join(' '))).toEqual(['La iniciativa de', 'Durante 2023, destacan'])
    expect((result.metadata.status as string[])[0]).toMatch(/^A la fecha, la iniciativa ha reforzado/)
    expect(result.coverage).toEqual({lines: 11, placed: 11})
  })

  it('keeps `■` highlights out of the commitments and removes `**` emphasis', async () => {
    const result = await parseFixture(CHILE)
    expect(report(result).commitments.some((c) => c.includes('destacan'))).toBe(false)
    expect(result.metadata.lead).toContain('para la inclusión de personas refugiadas en sus comunidades, que')
    expect(JSON.stringify(result.metadata)).not.toContain('**')
    expect(result.metadata).not.toHaveProperty('body')
  })
})

describe('solidarias: MINEX Guatemala press release', () => {
  it('reads the members with their departments', async () => {
    const record = report(await parseFixture(GUATEMALA))
    expect(record.members).toEqual([
      {name: 'Ciudad de Guatemala', admin1: 'Guatemala'}, {name: 'San Benito', admin1: 'Petén'}, {name: 'Flores', admin1: 'Petén'},
      {name: 'Huehuetenango', admin1: 'Huehuetenango'}, {name: 'Livingston', admin1: 'Izabal'}, {name: 'Puerto Barrios', admin1: 'Izabal'},
      {name: 'Esquipulas', admin1: 'Chiquimula'}, {name: 'Gobernación departamental de Huehuetenango', admin1: 'Huehuetenango'},
    ].map((m) => ({...m, country: 'GT'})))
  })

  it('reads date, country, counts, tags and source URL', async () => {
    const record = report(await parseFixture(GUATEMALA))
    expect(record).toMatchObject({country: 'GT', date: '2024-09-25', commitments: []})
    expect(record.figures).toEqual([{value: 19, label: 'municipios'}, {value: 2, label: 'gobernaciones departamentales'}, {value: 2, label: 'departamentos'}])
    expect(record.tags).toEqual(['Ciudades Solidarias', 'migración', 'canciller', 'Carlos Ramiro Martínez', 'IGM', 'Acnur', 'movilidad humana', 'OEA', 'Refugiados'])
    expect(record.sourceUrl).toBe('http://209.126.109.93/comunicado/autoridades-del-minex-participan-en-la-ii-conferencia-nacional-de-ciudades-solidarias-en')
  })

  it('puts the header, the page action, the page links, the quotes and the participants in metadata', async () => {
    const {metadata, unmapped} = await parseFixture(GUATEMALA)
    expect(metadata).toMatchObject({header: ['Comunicado', 'Ministerio de Relaciones Exteriores -MINEX-'], documentKind: 'Comunicado',
      publisher: 'Ministerio de Relaciones Exteriores -MINEX-', dateLines: ['25 Septiembre, 2024'], pageActions: ['DESCARGAR ARCHIVOS (XLS y/o CSV)']})
    expect(metadata.links).toHaveLength(11)
    expect((metadata.links as Array<{url: string}>)[0]).toEqual({text: 'http://209.126.109.93/comunicado', url: 'http://209.126.109.93/comunicado'})
    // The counts (line 14, rejoined with 16) and the member list (line 18) feed fields; the other
    // paragraphs say what they are: an event (12), the minister's words (20, 22), who took part
    // (24), the ministry's closing commitment (26).
    expect(unmapped).toEqual([])
    expect(metadata).toMatchObject({
      events: [expect.stringMatching(/^En la actividad, que finaliza el 26 de septiembre/)],
      quotes: [expect.stringMatching(/Canciller Carlos Ramiro Martínez resaltó que/), expect.stringMatching(/^Añadió que/)],
      participants: [expect.stringMatching(/^La conferencia contó con la participación/)],
      statements: [expect.stringMatching(/reafirma el compromiso de continuar/)],
    })
  })

  it('rejoins the sentence cut by a blank line, and with --no-repair only reports it', async () => {
    const repaired = await parseFixture(GUATEMALA)
    expect(rules(repaired)).toContain('paragraph/rejoined')
    // Line 16 continues the paragraph of line 14, whose counts feed `figures`: placed with it.
    expect(repaired.unmapped.some((u) => u.line === 16)).toBe(false)
    const raw = await parseFixture(GUATEMALA, {repair: false})
    expect(rules(raw)).toContain('paragraph/rejoined')
    expect(report(raw).members.find((m) => m.name === 'Huehuetenango')).toEqual({name: 'Huehuetenango', admin1: null, country: 'GT'})
  })

  it('records where members, date and tags were read', async () => {
    const result = await parseFixture(GUATEMALA)
    const places = result.fieldPlaces!.get(result.records[0]!)!
    expect(places.members).toMatchObject({line: 18, column: 99})
    expect(places.date).toMatchObject({line: 8})
    expect(places.tags).toMatchObject({line: 30})
    expect(places.sourceUrl).toMatchObject({line: 42})
  })
})

describe('solidarias: variants', () => {
  it('reads a press release without tags', async () => {
    const text = [
      '- Comunicado', '', '12 de marzo de 2024', '',
      'Quito, 12 de marzo de 2024. ACNUR Ecuador y doce municipios de la red de Ciudades Solidarias firmaron un acuerdo.', '',
      'Source URL:', '', '<https://www.example.org/comunicado/quito>', '',
    ].join('\n')
    const result = await parseText(text, {kind: 'solidarias'})
    expect(report(result)).toMatchObject({country: 'EC', date: '2024-03-12', tags: [], sourceUrl: 'https://www.example.org/comunicado/quito',
      figures: [{value: 12, label: 'municipios'}]})
    expect(result.unmapped).toEqual([])
  })

  it('reads a count over two lines and a title heading', async () => {
    const text = '# Ciudades Solidarias 2024\n\nMás de 4.000\npersonas atendidas\n\n1.300\n\nfamilias refugiadas\n'
    const result = await parseText(text, {kind: 'solidarias'})
    expect(report(result).figures).toEqual([{value: 4000, label: 'personas atendidas (más de)'}, {value: 1300, label: 'familias refugiadas'}])
    expect(result.metadata.title).toBe('Ciudades Solidarias 2024')
  })

  it('warns about a commitments heading with nothing under it and about unknown places', async () => {
    const text = 'ACNUR Chile y Ciudades Solidarias.\n\nLas comunas de Arica, Iquique y Springfield firmaron.\n\nPrincipales compromisos:\n\nEn Chile, la red sigue.\n'
    const result = await parseText(text, {kind: 'solidarias'})
    expect(rules(result)).toEqual(expect.arrayContaining(['commitments/empty', 'members/unknown-place']))
    const unknown = result.diagnostics.find((d) => d.rule === 'members/unknown-place')!
    expect(unknown).toMatchObject({severity: 'warning', line: 3, actual: 'Springfield'})
    expect(report(result).members.map((m) => m.name)).toEqual(['Arica', 'Iquique', 'Springfield'])
  })

  it('warns when the date line and the dateline disagree, and when a date does not exist', async () => {
    const text = '25/09/2024\n\nGuatemala, 24 de septiembre de 2024. Ciudades Solidarias se reúne el 31 de febrero de 2025.\n'
    const result = await parseText(text, {kind: 'solidarias'})
    expect(report(result).date).toBe('2024-09-25')
    expect(rules(result)).toEqual(expect.arrayContaining(['date/conflict', 'date/invalid']))
  })

  it('assumes the initiative, with a warning, when the text never names it', async () => {
    const result = await parseText('Informe anual de la red.\n', {kind: 'solidarias'})
    expect(report(result).initiative).toBe('Ciudades Solidarias')
    expect(rules(result)).toContain('initiative/missing')
  })
})

describe('solidarias: Markdown in a paragraph', () => {
  const plain = async (raw: string) => {
    const block: Block = {kind: 'paragraph', marker: null, lines: [1], raw, lineTexts: [raw], text: '', folded: '', links: []}
    const ctx = new ParseContext({path: 'news.txt', lines: [raw], encoding: 'utf-8', bom: false, eol: 'none'}, new Messages('news.txt'), {repair: true}, 'solidarias')
    await toPlainText(ctx, [block])
    return block
  }

  it.each([
    ['para la **inclusión de personas** en sus comunidades', 'para la inclusión de personas en sus comunidades'],
    ['A la fecha, **la iniciativa** enfocadas, **entregando herramientas.**', 'A la fecha, la iniciativa enfocadas, entregando herramientas.'],
    ['**Principales compromisos:**', 'Principales compromisos:'],
    ['2024. El **Canciller** dijo', '2024. El Canciller dijo'],
    ['snake_case y palabra*estrella* y foo**bar**baz', 'snake_case y palabraestrella y foobarbaz'],
    ['* no es lista *ni esto', '* no es lista *ni esto'],
    ['texto (**negrita**), fin', 'texto (negrita), fin'],
  ])('reads `%s` as `%s`', async (raw, text) => {
    expect((await plain(raw)).text).toBe(text)
  })

  it('keeps the text of a link and collects the link', async () => {
    const block = await plain('apoyo de [ACNUR](https://www.acnur.org/ecuador) y de <https://example.org>')
    expect(block.text).toBe('apoyo de ACNUR y de https://example.org')
    expect(block.links).toEqual([{text: 'ACNUR', url: 'https://www.acnur.org/ecuador'}, {text: 'https://example.org', url: 'https://example.org'}])
  })

  it('gives `folded` the same length as `text`', async () => {
    const block = await plain('Añadió   que **según** él')
    expect(block.text).toBe('Añadió que según él')
    expect(block.folded).toBe('anadio que segun el')
  })
})

describe('solidarias: commitments', () => {
  it('reads bullets under each commitments heading and stops at the first other block', async () => {
    const text = 'Ciudades Solidarias.\n\n## Compromisos\n\n- Fortalecer mesas.\n• Ampliar la oferta.\n\nTexto suelto.\n\n' +
      'Compromisos asumidos:\n\n1. Incluir a la población.\n2) Garantizar\n   el acceso.\n'
    const result = await parseText(text, {kind: 'solidarias'})
    expect(report(result).commitments).toEqual(['Fortalecer mesas.', 'Ampliar la oferta.', 'Incluir a la población.', 'Garantizar el acceso.'])
    expect(result.metadata.commitmentHeadings).toEqual(['Compromisos', 'Compromisos asumidos:'])
    expect(result.unmapped.map((u) => u.text)).toEqual(['Texto suelto.'])
  })

  it('in paragraph form, ends at a paragraph that no longer opens with an infinitive', async () => {
    const text = 'Ciudades Solidarias.\n\nPrincipales compromisos:\n\nIncorporar a la población.\n\nPromover la integración.\n\nLa red sigue creciendo.\n'
    const result = await parseText(text, {kind: 'solidarias'})
    expect(report(result).commitments).toEqual(['Incorporar a la población.', 'Promover la integración.'])
    expect(result.unmapped.map((u) => u.text)).toEqual(['La red sigue creciendo.'])
  })
})

describe('solidarias on hostile input', () => {
  it('keeps a paragraph of `**` × 3,000 around a word as written, and says its Markdown was not read', async () => {
    const run = `${'**'.repeat(3000)}palabra${'**'.repeat(3000)}`
    const result = await parseText(`Ciudades Solidarias en Chile.\n\n${run}\n`, {kind: 'solidarias'})
    expect(result.diagnostics.filter((d) => d.rule === 'markdown/not-read')).toMatchObject([{line: 3, severity: 'warning', actual: String(MAX_MARKS + 1)}])
    // A paragraph that holds nothing of the report is listed as unmapped, whole, as written.
    expect(result.unmapped).toEqual([{line: 3, text: run}])
  })

  it('reads Markdown headings as the pattern `^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$` does', () => {
    const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
    const line = fc.string({unit: fc.constantFrom(' ', '\t', '#', 'a', '\u2028', '\u00a0'), maxLength: 14})
    fc.assert(fc.property(line, (text) => {
      const m = HEADING.exec(text)
      expect(markdownHeading(text)).toEqual(m ? [m[1], m[2]] : null)
    }), {numRuns: 5000})
  })
})

describe('members at the end of a sentence', () => {
  it('keep their name without the full stop, and are one member', async () => {
    const text = [
      'Porto Alegre e Canoas aderem à Iniciativa Cidades Solidárias do ACNUR',
      '',
      'BRASÍLIA, 20 de junho de 2023 (ACNUR) – A Iniciativa Cidades Solidárias recebeu as adesões dos municípios de Porto Alegre e Canoas.',
      '',
      'Com as novas adesões, a iniciativa passa a contar com 24 municípios brasileiros.',
    ].join('\n')
    const result = await parseText(text)
    const report = result.records[0] as NetworkReport
    expect(report.members.map((m) => m.name)).toEqual(['Porto Alegre', 'Canoas'])
  })
})
