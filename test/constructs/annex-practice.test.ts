import {describe, expect, it} from 'vitest'
import {readAnnexPractice} from '../../src/constructs/annex-practice.js'
import {parseCell} from '../../src/constructs/html-cell.js'

const read = async (html: string) => readAnnexPractice((await parseCell(html)).blocks)
const rules = (p: {issues: {rule: string}[]}) => p.issues.map((i) => i.rule)

describe('annex-practice', () => {
  it('reads "Place (Country): Title (Year) description Enlace: text" from one paragraph', async () => {
    const p = await read('<p>Rivera (Uruguay): Observatorio Departamental de Migraciones (2018) Este Observatorio articula áreas. Enlace: Observatorio Departamental (un.org)</p>')
    expect(p).toMatchObject({
      title: 'Observatorio Departamental de Migraciones', place: {name: 'Rivera', country: 'UY'}, placeText: 'Rivera (Uruguay)',
      year: 2018, startYear: null, yearText: '(2018)', description: 'Este Observatorio articula áreas.',
      link: {text: 'Observatorio Departamental (un.org)', url: null}, titleCountry: null,
    })
    expect(p.issues).toEqual([])
  })

  it('reads a place of several names before the country', async () => {
    const p = await read('<p>Sucumbíos, Imbabura, Carchi y Esmeraldas (Ecuador): Apostando por las mujeres (2020) Texto. Enlace: Betting (un.org)</p>')
    expect(p.place).toEqual({name: 'Sucumbíos, Imbabura, Carchi y Esmeraldas', country: 'EC'})
    expect(p.title).toBe('Apostando por las mujeres')
  })

  it('without "Place (Country):", keeps a colon in the title and reports pmm-annex/no-place', async () => {
    const p = await read('<p>Defensoras al parlante: mujeres migrantes en Lima Metropolitana (2021) Las capacitaciones fortalecieron. Enlace: Defensoras al Parlante (un.org)</p>')
    expect(p).toMatchObject({title: 'Defensoras al parlante: mujeres migrantes en Lima Metropolitana', place: null, year: 2021, titleCountry: null,
      description: 'Las capacitaciones fortalecieron.'})
    expect(rules(p)).toEqual(['pmm-annex/no-place'])
  })

  it('takes the first year of "(desde 2019)" and "(2020-2022)" and marks it as the start year', async () => {
    expect(await read('<p>Título (desde 2019) Texto.</p>')).toMatchObject({title: 'Título', year: 2019, startYear: 2019, yearText: '(desde 2019)'})
    expect(await read('<p>Título (2020-2022)</p> <p>Texto.</p>')).toMatchObject({year: 2020, startYear: 2020, description: 'Texto.'})
  })

  it('reads the title as its own paragraph, the description from the next ones and the link from the last', async () => {
    const p = await read('<p>Quilmes (Argentina): Consulados móviles (2020)</p> <p>Iniciativa liderada por el municipio.</p> <p>Segundo párrafo.</p> <p>Enlace: Consulados móviles (un.org)</p>')
    expect(p).toMatchObject({title: 'Consulados móviles', description: 'Iniciativa liderada por el municipio.\nSegundo párrafo.', link: {text: 'Consulados móviles (un.org)'}})
  })

  it('keeps the items of an <ol> inside the cell as "1. …" lines of the description', async () => {
    const p = await read('<p>El balón no tiene fronteras (desde 2019) Estrategia con líneas de acción:</p> <ol style="list-style-type: none"> 1. sesiones, 2. escuela; y 3. comunicación. <p>Enlace: “El balón”</p>')
    expect(p.description).toBe('Estrategia con líneas de acción:\n1. sesiones\n2. escuela\n3. comunicación.')
    expect(p.link).toEqual({text: '“El balón”', url: null})
  })

  it('takes the url of the link from an <a href>, a Markdown link or a bare URL', async () => {
    expect((await read('<p>T (2020) D.</p><p>Enlace: <a href="https://migrationnetwork.un.org/p/1">Práctica</a></p>')).link)
      .toEqual({text: 'Práctica', url: 'https://migrationnetwork.un.org/p/1'})
    expect((await read('<p>T (2020) D. Enlace: [Práctica](https://x.org/a)</p>')).link).toEqual({text: 'Práctica', url: 'https://x.org/a'})
    expect((await read('<p>T (2020) D. Enlace: https://x.org/a</p>')).link).toEqual({text: 'https://x.org/a', url: 'https://x.org/a'})
    expect((await read('<p>T (2020) D. Enlace: [Práctica](#)</p>')).link).toEqual({text: 'Práctica', url: null})
  })

  it('when the place ends in a city, not a country, keeps the place whole and finds the country in the title', async () => {
    const p = await read('<p>Pichincha (Quito) y Azuay (Cuenca): Fortalecimiento de Agencias del Ecuador (2020-2022)</p>')
    expect(p.place).toEqual({name: 'Pichincha (Quito) y Azuay (Cuenca)', country: null})
    expect(p.titleCountry).toEqual({name: 'Ecuador', code: 'EC'})
    expect(rules(p)).toContain('pmm-annex/place-without-country')
  })

  it('finds a country in the title only when exactly one is named', async () => {
    expect((await read('<p>Censos Demográficos de Brasil (2022)</p>')).titleCountry).toEqual({name: 'Brasil', code: 'BR'})
    expect((await read('<p>Frontera Uruguay-Brasil (2022)</p>')).titleCountry).toBeNull()
  })

  it('without a year, reads the title to the first sentence and reports pmm-annex/no-year', async () => {
    const p = await read('<p>Mesa migrante. Espacio de diálogo local.</p>')
    expect(p).toMatchObject({title: 'Mesa migrante', year: null, description: 'Espacio de diálogo local.', link: null})
    expect(rules(p).sort()).toEqual(['pmm-annex/no-link', 'pmm-annex/no-place', 'pmm-annex/no-year'])
  })

  it('when the cell was cut mid-word, keeps what is there', async () => {
    const p = await read('<p>El balón no tiene fronteras (desde 2019) Estrategia para promover la inte')
    expect(p).toMatchObject({title: 'El balón no tiene fronteras', year: 2019, description: 'Estrategia para promover la inte', link: null})
  })

  it('does not take "enlace:" inside a sentence for the link', async () => {
    const p = await read('<p>T (2020) Sirve de enlace: entre áreas.</p>')
    expect(p.link).toBeNull()
    expect(p.description).toBe('Sirve de enlace: entre áreas.')
  })
})
