import {describe, expect, it} from 'vitest'
import {detect} from '../../src/detect/detect.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import type {Block} from '../../src/formats/solidarias/blocks.js'
import {countryCode, loadCountryNames} from '../../src/formats/solidarias/country-names.js'
import {findInitiative} from '../../src/formats/solidarias/initiative.js'
import {foldSameLength} from '../../src/constructs/spanish-numbers.js'
import {decode} from '../../src/read/decode.js'
import type {NetworkReport} from '../../src/schema/records.js'
import {parseText} from '../helpers/parse.js'

const report = (result: {records: unknown[]}) => result.records[0] as NetworkReport
const rules = (result: {diagnostics: Array<{rule: string}>}) => result.diagnostics.map((d) => d.rule)
const block = (text: string, line = 1): Block =>
  ({kind: 'paragraph', marker: null, lines: [line], raw: text, lineTexts: [text], text, folded: foldSameLength(text), links: []})
const detectText = (text: string) => {
  const decoded = decode(new TextEncoder().encode(text), 'x.txt', new Messages('x.txt'))
  if (!decoded.ok) throw new Error('not decoded')
  return detect(decoded.doc)
}

describe('initiative canonicalization', () => {
  it.each([
    ['A iniciativa Cidades Solidárias do ACNUR chega a 92 governos locais.', 'Ciudades Solidarias'],
    ['Gobierno Regional y ACNUR firman convenio «Magallanes Región Solidaria».', 'Ciudades Solidarias'],
    ['La Alcaldía firmó su convenio para ser Ciudad Solidaria.', 'Ciudades Solidarias'],
    ['Vicuña celebra la distinción Sello Migrante.', 'Sello Migrante'],
    ['The Migrant Seal is awarded by the State of Chile.', 'Sello Migrante'],
    ['El proyecto Ciudades Incluyentes, Comunidades Solidarias llega a Cúcuta.', 'Ciudades Incluyentes, Comunidades Solidarias'],
  ])('`%s` → %s', (text, name) => {
    expect(findInitiative([block(text)], null)?.name).toBe(name)
  })

  it('prefers the network the title names, then the one named most', () => {
    const title = block('Puerto Varas recibe el Sello Migrante')
    const body = [block('La comuna también integra Ciudades Solidarias.', 3), block('Ciudades Solidarias reúne 69 integrantes.', 5)]
    expect(findInitiative([title, ...body], title)?.name).toBe('Sello Migrante')
    expect(findInitiative([title, ...body], null)).toMatchObject({name: 'Ciudades Solidarias', count: 2})
  })
})

describe('country names', () => {
  it('reads Spanish, Portuguese and English names and leaves out names that are more often towns', async () => {
    await loadCountryNames()
    expect(['Perú', 'Equador', 'Brazil', 'México', 'El Salvador', 'República Dominicana', 'EE. UU.'].map(countryCode)).toEqual(['PE', 'EC', 'BR', 'MX', 'SV', 'DO', 'US'])
    expect(['Granada', 'Guadalupe', 'Mendoza'].map(countryCode)).toEqual([null, null, null])
  })
})

describe('report country and member countries', () => {
  it('takes the country of a Portuguese dateline', async () => {
    const text = 'Cidades Solidárias chega a Ibarra\n\nQUITO, Equador, 11 de novembro de 2023 (ACNUR) – O município de Ibarra aderiu à iniciativa Cidades Solidárias.\n'
    const record = report(await parseText(text))
    expect(record).toMatchObject({country: 'EC', date: '2023-11-11', members: [{name: 'Ibarra', admin1: null, country: 'EC'}]})
  })

  it('takes the country of a province in the dateline (`Mendoza` → AR), and of a mention (`en Honduras`)', async () => {
    const mendoza = report(await parseText('Ciudades Solidarias en Mendoza\n\nGodoy Cruz, Mendoza, 2 de mayo de 2024. El municipio se sumó a Ciudades Solidarias.\n'))
    expect(mendoza.country).toBe('AR')
    const honduras = report(await parseText('Ciudades Solidarias\n\nLa Alcaldía Municipal del Distrito Central recibió el reconocimiento de Ciudades Solidarias por su trabajo con personas refugiadas en Honduras.\n'))
    expect(honduras).toMatchObject({country: 'HN', members: [{name: 'Distrito Central', country: 'HN'}]})
  })

  it('gives a member the country the text names for it, over a gazetteer namesake', async () => {
    const text = 'Cidades Solidárias ganha novo integrante\n\nOutro novo integrante da iniciativa Cidades Solidárias é o município de Maipú, na Argentina.\n'
    const record = report(await parseText(text))
    expect(record.members).toEqual([{name: 'Maipú', admin1: null, country: 'AR'}])
  })

  it('leaves the report country empty for members in several countries, saying so', async () => {
    const text = 'Declaración de Ciudades Solidarias\n\nGobiernos locales firmantes:\n\n- Municipalidad de Arica (Chile)\n- Municipio de Quito (Ecuador)\n'
    const result = await parseText(text)
    expect(report(result)).toMatchObject({country: null, members: [{name: 'Arica', admin1: 'Arica y Parinacota', country: 'CL'}, {name: 'Quito', admin1: null, country: 'EC'}]})
    expect(rules(result)).toContain('country/several')
  })
})

describe('Sello Migrante news', () => {
  it('reads the awarded comuna through the CUT gazetteer, and the award date', async () => {
    const text = 'Sello Migrante para Vicuña\n\nEl 11 de diciembre de 2024, la Municipalidad de Vicuña recibió el Sello Migrante por su trabajo con la comunidad migrante.\n'
    expect(report(await parseText(text))).toMatchObject({initiative: 'Sello Migrante', country: 'CL', date: '2024-12-11',
      members: [{name: 'Vicuña', admin1: 'Coquimbo', country: 'CL'}]})
  })

  it('does not count comunas named for another reason (a training) as members', async () => {
    const text = 'Capacitación sobre el Sello Migrante\n\nLas municipalidades de Alhué, Curacaví y Melipilla participaron de una jornada de capacitación sobre el programa Sello Migrante.\n'
    expect(report(await parseText(text)).members).toEqual([])
  })

  it('leaves a date without a year out when there is no publication date', async () => {
    const text = 'Sello Migrante\n\nEl 18 de octubre del año pasado, la Municipalidad de Puerto Varas se hizo parte del programa Sello Migrante.\n'
    const result = await parseText(text)
    expect(report(result).date).toBeNull()
    expect(result.diagnostics.find((d) => d.rule === 'date/relative-unresolved')).toMatchObject({severity: 'info', actual: '18 de octubre del año pasado'})
  })
})

describe('detection of network news', () => {
  it('detects a Portuguese release', () => {
    expect(detectText('Cidades Solidárias do ACNUR chega a 92 governos locais\n\nO município de Maipú aderiu à iniciativa Cidades Solidárias.\n').format).toBe('solidarias')
  })

  it('leaves news that names no network unknown, however newsy it looks', () => {
    const d = detectText('Comunicado de prensa\n\nArica, 4 de mayo de 2024.- La feria reunió a 3 comunas y 120 personas.\n\nSource URL: <https://example.org/x>\n')
    expect(d.format).toBeNull()
    expect(d.evidence.some((e) => e.startsWith('solidarias: '))).toBe(true)
  })

  it('leaves a release that names a network once, in passing, unknown', () => {
    expect(detectText('Feria de salud en Arica\n\nLa feria de salud atendió a 120 personas en la plaza.\n\nEl hospital regional y otras instituciones colaboraron en la jornada, que se repetirá en junio.\n\nEl equipo del hospital presentó la experiencia el año pasado en un foro de Ciudades Solidarias.\n').format).toBeNull()
  })

  it('gives a catalogue page about the Sello Migrante to the catalog format, not to the news reader', () => {
    const d = detectText('Repository of Practices\n\nSello Migrante\n\nGCM Objectives\n\nCountry:\n\nChile\n\nSummary\n\nLas municipalidades que obtienen el Sello Migrante reciben asesoría.\n')
    expect(d.format).toBe('catalog')
    expect(d.evidence.some((e) => e.includes('(-3)'))).toBe(true)
  })
})

describe('documents without records', () => {
  it('warns at pipeline level when a known format yields no record', async () => {
    const result = await parseText('Nada que leer aquí.\n', {kind: 'ficha'})
    expect(result.records).toEqual([])
    expect(result.diagnostics).toContainEqual(expect.objectContaining({rule: 'document/no-records', severity: 'warning', expected: 'ficha'}))
  })
})

describe('members named by what they did', () => {
  it('reads the region of a «Región Solidaria» wherever it stands', async () => {
    const text = 'Firman convenio con ACNUR\n\nEn el Gobierno Regional se firmó un convenio con ACNUR. De esta manera, se da comienzo a la iniciativa piloto denominada: «Magallanes Región Solidaria».\n'
    expect(report(await parseText(text)).members).toEqual([
      {name: 'Magallanes y de la Antártica Chilena', admin1: 'Magallanes y de la Antártica Chilena', country: 'CL'}])
  })

  it('reads the local government that signs, and a list after `como`', async () => {
    const tijuana = 'Tijuana firma convenio\n\nTijuana, Baja California, a 6 de mayo de 2025. El Ayuntamiento de Tijuana formalizó un convenio con ACNUR para implementar el programa Ciudades Solidarias.\n'
    expect(report(await parseText(tijuana))).toMatchObject({country: 'MX', members: [{name: 'Tijuana', admin1: null, country: 'MX'}]})
    const list = 'Ciudades Solidarias en el Cono Sur\n\nOtras ciudades y provincias de Argentina, como Rosario, Mendoza y San Luis, también se unieron a la iniciativa Ciudades Solidarias.\n'
    expect(report(await parseText(list)).members.map((m) => [m.name, m.country])).toEqual([['Rosario', 'AR'], ['Mendoza', 'AR'], ['San Luis', 'AR']])
  })
})

describe('country named in the title or lead', () => {
  it('reads `primera Ciudad Solidaria de Honduras` and a province in the title', async () => {
    const honduras = report(await parseText('El Distrito Central, primera Ciudad Solidaria de Honduras\n\nLa Alcaldía Municipal del Distrito Central recibió el reconocimiento de Ciudades Solidarias.\n'))
    expect(honduras.country).toBe('HN')
    const mendoza = report(await parseText('Mesa de trabajo de Ciudades Solidarias en la Ciudad de Mendoza\n\nLa Municipalidad celebró una mesa de trabajo en el marco del programa Ciudades Solidarias.\n'))
    expect(mendoza.country).toBe('AR')
  })

  it('does not take a country of a plan named with its year (`Plan de Acción de México (2004)`)', async () => {
    const result = await parseText('Ciudades Solidarias\n\nLa iniciativa Ciudades Solidarias surge del Plan de Acción de México (2004) y del de Brasil (2014).\n')
    expect(report(result).country).toBeNull()
  })
})

describe('Portuguese member lists', () => {
  it('reads municipalities and provinces in parentheses, Portuguese spellings as a repair', async () => {
    const text = 'Cidades Solidárias tem novos membros\n\nNa Guatemala, a iniciativa Cidades Solidárias incorporou três municípios (Assunção Mita, Jutiapa e El Estor) e duas províncias (Chiquimula e Jutiapa).\n'
    const result = await parseText(text)
    expect(report(result).members).toEqual([
      {name: 'Asunción Mita', admin1: 'Jutiapa', country: 'GT'}, {name: 'Jutiapa', admin1: 'Jutiapa', country: 'GT'},
      {name: 'El Estor', admin1: 'Izabal', country: 'GT'}, {name: 'Chiquimula', admin1: 'Chiquimula', country: 'GT'},
      {name: 'Jutiapa', admin1: 'Jutiapa', country: 'GT'},
    ])
    expect(result.diagnostics.find((d) => d.rule === 'members/fuzzy-place')).toMatchObject({actual: 'Assunção Mita', expected: 'Asunción Mita'})
    expect(report(result).figures).toEqual([{value: 3, label: 'municípios'}, {value: 2, label: 'províncias'}])
  })
})

describe('date lines', () => {
  const es = 'La municipalidad de Vicuña recibió la distinción Sello Migrante.'
  const pt = 'A Prefeitura de Boa Vista aderiu à iniciativa Cidades Solidárias com os governos locais da região.'
  it.each([
    ['Sábado, Febrero 7, 2026', '2026-02-07', es], ['Publicado: 29/04/2024', '2024-04-29', es], ['14/12/2024 a las 10:30', '2024-12-14', es],
    ['Publicado em 12 de maio de 2022 às 14h30', '2022-05-12', pt],
  ])('reads `%s` as the page date %s', async (line, iso, body) => {
    const result = await parseText(`Notícia\n\n${line}\n\n${body}\n`)
    expect(report(result).date).toBe(iso)
    expect(result.metadata.dateLines).toEqual([line])
  })
})

describe('issuing body', () => {
  it('takes the country of a local government in the header', async () => {
    const text = '- Noticias\n- Ilustre Municipalidad de Quilicura\n\nQuilicura en encuentro de Ciudades Solidarias\n\nEl equipo de la oficina de migrantes participó en el encuentro anual de Ciudades Solidarias.\n'
    const result = await parseText(text)
    expect(report(result).country).toBe('CL')
    expect(result.fieldPlaces!.get(result.records[0]!)!.country).toMatchObject({line: 2})
  })
})

describe('detection of a release about an agreement', () => {
  it('detects a city agreement that names the network once, away from the signing', () => {
    const text = 'Tijuana firma convenio con ACNUR\n\nEl Ayuntamiento formalizó este martes un convenio de colaboración con la Agencia de la ONU para los Refugiados (ACNUR).\n\nComo parte del convenio, se implementará el programa Ciudades Solidarias en la ciudad.\n'
    expect(detectText(text).format).toBe('solidarias')
  })
})

describe('lists named after `como`', () => {
  it('reads `os municípios de A, B e C como Cidades Solidárias` as three members', async () => {
    const text = 'ACNUR reconhece novas Cidades Solidárias\n\nBRASÍLIA, 20 de junho de 2023 (ACNUR) – O ACNUR reconheceu os municípios de Boa Vista, Manaus e Porto Alegre como Cidades Solidárias.\n'
    expect(report(await parseText(text))).toMatchObject({country: 'BR', date: '2023-06-20',
      members: [{name: 'Boa Vista', country: 'BR'}, {name: 'Manaus', country: 'BR'}, {name: 'Porto Alegre', country: 'BR'}]})
  })
})
