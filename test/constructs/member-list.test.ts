import {describe, expect, it} from 'vitest'
import {parseMemberList, splitParts, type MemberItem} from '../../src/constructs/member-list.js'
import {gazetteerFor} from '../../src/formats/solidarias/gazetteers.js'
import {findMemberLists} from '../../src/formats/solidarias/member-lists.js'

const GT = gazetteerFor('GT')
const CL = gazetteerFor('CL')
const pairs = (items: MemberItem[]) => items.map((i) => [i.name, i.admin1])

describe('parseMemberList with departments', () => {
  it('gives each municipality the department written after it', () => {
    const items = parseMemberList('San Benito y Flores, Petén; Huehuetenango; Livingston y Puerto Barrios, Izabal; Esquipulas, Chiquimula', GT)
    expect(pairs(items)).toEqual([
      ['San Benito', 'Petén'], ['Flores', 'Petén'], ['Huehuetenango', 'Huehuetenango'],
      ['Livingston', 'Izabal'], ['Puerto Barrios', 'Izabal'], ['Esquipulas', 'Chiquimula'],
    ])
    expect(items.map((i) => i.admin1From)).toEqual(['text', 'text', 'gazetteer', 'text', 'text', 'text'])
  })

  it('reads `Huehuetenango` alone as the municipality, with its department from the gazetteer', () => {
    expect(parseMemberList('Huehuetenango; Petén', GT)).toMatchObject([
      {name: 'Huehuetenango', admin1: 'Huehuetenango', kind: 'municipality', admin1From: 'gazetteer'},
      {name: 'Petén', admin1: 'Petén', kind: 'admin1'},
    ])
  })

  it('strips `la Municipalidad de la Ciudad de` and keeps a governorate as written', () => {
    expect(parseMemberList('la Municipalidad de la Ciudad de Guatemala; Esquipulas, Chiquimula y la Gobernación departamental de Huehuetenango', GT))
      .toMatchObject([
        {name: 'Ciudad de Guatemala', admin1: 'Guatemala', kind: 'municipality'},
        {name: 'Esquipulas', admin1: 'Chiquimula'},
        {name: 'Gobernación departamental de Huehuetenango', admin1: 'Huehuetenango', kind: 'government'},
      ])
  })

  it('reads a division in parentheses', () => {
    expect(pairs(parseMemberList('Quito (Pichincha); Lago Agrio (Sucumbíos)', null))).toEqual([['Quito', 'Pichincha'], ['Lago Agrio', 'Sucumbíos']])
  })

  it('keeps a region name with `y` in it whole', () => {
    expect(parseMemberList('Arica y Parinacota; Iquique, Tarapacá', CL)).toMatchObject([
      {name: 'Arica y Parinacota', kind: 'admin1'}, {name: 'Iquique', admin1: 'Tarapacá', admin1From: 'text'},
    ])
  })
})

describe('parseMemberList without departments', () => {
  it('reads a comma list of comunas, each with its region from the gazetteer', () => {
    expect(pairs(parseMemberList('Arica, Iquique, Antofagasta y Calama', CL))).toEqual([
      ['Arica', 'Arica y Parinacota'], ['Iquique', 'Tarapacá'], ['Antofagasta', 'Antofagasta'], ['Calama', 'Antofagasta'],
    ])
  })

  it('keeps unknown names as written, marked unknown', () => {
    expect(parseMemberList('Quito, Cuenca y Springfield', CL)).toMatchObject([
      {name: 'Quito', kind: 'unknown', admin1: null}, {name: 'Cuenca', kind: 'unknown'}, {name: 'Springfield', kind: 'unknown'},
    ])
  })

  it('repairs a misspelt name and says so', () => {
    expect(parseMemberList('Chiquimla; Mixco', GT)).toMatchObject([{name: 'Chiquimula', how: 'fuzzy'}, {name: 'Mixco', how: 'exact'}])
  })
})

describe('splitParts', () => {
  it('splits at `;`, `,` and `y` outside parentheses, with offsets', () => {
    const text = 'San Benito y Flores, Petén; Lago Agrio (Sucumbíos, Ecuador)'
    expect(splitParts(text).map((p) => [p.text, p.sep, text.slice(p.start, p.end)])).toEqual([
      ['San Benito', null, 'San Benito'], ['Flores', 'y', 'Flores'], ['Petén', ',', 'Petén'],
      ['Lago Agrio (Sucumbíos, Ecuador)', ';', 'Lago Agrio (Sucumbíos, Ecuador)'],
    ])
  })
})

describe('findMemberLists', () => {
  it('cuts a `;` list out of its sentence', () => {
    const text = 'Asimismo, se detalló cómo este proyecto se ha consolidado como un modelo de inclusión en la Municipalidad de la Ciudad de Guatemala; ' +
      'San Benito y Flores, Petén; Huehuetenango; Livingston y Puerto Barrios, Izabal; Esquipulas, Chiquimula y la Gobernación departamental de Huehuetenango.'
    const [list, more] = findMemberLists(text, GT)
    expect(more).toBeUndefined()
    expect(text.slice(list!.start, list!.end)).toMatch(/^la Municipalidad de la Ciudad de Guatemala; .* de Huehuetenango$/)
    expect(list!.items).toHaveLength(8)
    expect(text.slice(list!.items[1]!.start, list!.items[1]!.end)).toBe('San Benito')
  })

  it('leaves a `;` list of institutions alone', () => {
    const text = 'La conferencia contó con la Vicepresidenta, Karin Herrera, como invitada de honor; el Sistema de Naciones Unidas; ' +
      'la Organización de los Estados Americanos (OEA); el Instituto Guatemalteco de Migración.'
    expect(findMemberLists(text, GT)).toEqual([])
  })

  it('reads a list after a member noun, up to the last place', () => {
    const text = 'Los municipios de Cúcuta, Villa del Rosario y Pamplona presentaron sus rutas de atención.'
    const [list] = findMemberLists(text, null)
    expect(list!.items.map((i) => i.name)).toEqual(['Cúcuta', 'Villa del Rosario', 'Pamplona'])
  })

  it('needs a member noun or known places before it takes a list', () => {
    expect(findMemberLists('Participaron Karin Herrera, Besem Obenson y Carlos Martínez.', null)).toEqual([])
    expect(findMemberLists('entre los diferentes municipios y regiones de Ciudades Solidarias, junto con la población.', CL)).toEqual([])
  })
})

describe('findMemberLists, paragraph after paragraph', () => {
  it('reads a paragraph the same whatever paragraph was read before it', () => {
    const text = 'Se sumaron los municipios de Rosario y Mendoza, mientras que se unieron las ciudades de Salto y Paysandú.'
    const alone = findMemberLists(text, null)
    expect(alone).toHaveLength(2)
    findMemberLists('entre los diferentes municipios y regiones de Ciudades Solidarias, junto con la población.', null)
    expect(findMemberLists(text, null)).toEqual(alone)
  })
})

describe('member countries', () => {
  const countries: Record<string, string> = {ecuador: 'EC', argentina: 'AR', colombia: 'CO', chile: 'CL', uruguay: 'UY'}
  const countryOf = (text: string) => countries[text.toLowerCase()] ?? null

  it('reads a country in parentheses or after a comma as the item\'s, not as its division', () => {
    const items = parseMemberList('Quito (Ecuador); Barranquilla, Colombia; Montevideo (Uruguay)', null, true, countryOf)
    expect(items.map((i) => [i.name, i.admin1, i.country])).toEqual([['Quito', null, 'EC'], ['Barranquilla', null, 'CO'], ['Montevideo', null, 'UY']])
  })

  it('drops countries that follow no place: they are not members', () => {
    const items = parseMemberList('Argentina, Chile y Uruguay', null, false, countryOf)
    expect(items).toEqual([])
  })

  it('gives each list of a sentence the last country named before it', () => {
    const text = 'Tras la reunión en Argentina se sumaron los municipios de Rosario y Mendoza, mientras que en Uruguay se unieron las ciudades de Salto y Paysandú.'
    const lists = findMemberLists(text, null, undefined, countryOf)
    expect(lists.map((l) => l.items.map((i) => [i.name, i.country]))).toEqual([[['Rosario', 'AR'], ['Mendoza', 'AR']], [['Salto', 'UY'], ['Paysandú', 'UY']]])
  })

  it('reads `na Argentina` after a place', () => {
    const items = parseMemberList('Maipú, na Argentina', null, false, countryOf)
    expect(items.map((i) => [i.name, i.country])).toEqual([['Maipú', 'AR']])
  })

  it('keeps a capitalised article that is part of the name, strips a lower-case one', () => {
    expect(parseMemberList('Los Amates y la Municipalidad de Mixco', null).map((i) => i.name)).toEqual(['Los Amates', 'Mixco'])
  })
})
