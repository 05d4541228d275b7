/**
 * What the parts of a large file of OCR slides carry (`parts.carry`): the names printed so far,
 * shared between parts as sets never changed once made, read as one by `carriedNames`.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {capitalisedWords} from '../../src/constructs/ocr-repair.js'
import {carriedNames, parts, type Carried} from '../../src/formats/gobernanza/parts.js'

const carry = (before: Carried | undefined, lines: string[]) => parts.carry!(before, lines) as Carried

describe('gobernanza parts: carried names', () => {
  it('knows every capitalised word printed up to and including each part, and no other', () => {
    const words = fc.constantFrom('Quilicura', 'Renca', 'Dunant', 'MIDESOC', 'migrantes', 'y', 'Temuco', 'Arica', 'la', 'Chile')
    const part = fc.array(fc.array(words, {maxLength: 6}).map((w) => w.join(' ')), {maxLength: 4})
    fc.assert(fc.property(fc.array(part, {minLength: 1, maxLength: 40}), (list) => {
      let carried: Carried | undefined
      const printed = new Set<string>()
      for (const lines of list) {
        carried = carry(carried, lines)
        for (const name of capitalisedWords(lines)) printed.add(name)
        const names = carriedNames(carried)
        for (const word of ['Quilicura', 'Renca', 'Dunant', 'MIDESOC', 'Temuco', 'Arica', 'Chile', 'migrantes', 'Santiago']) expect(names.has(word)).toBe(printed.has(word))
        expect(carried.names.length).toBeLessThanOrEqual(17)
      }
    }))
  })

  it('shares the sets of the parts before: a part without new names carries the same sets', () => {
    const first = carry(undefined, ['Visita a Quilicura y Renca'])
    const second = carry(first, ['otra visita a Quilicura'])
    const third = carry(second, ['Ahora en Temuco'])
    expect(second.names).toBe(first.names)
    expect(third.names.slice(0, -1)).toEqual(first.names)
    expect(third.names[0]).toBe(first.names[0])
    expect([...third.names.at(-1)!]).toEqual(['Ahora', 'Temuco'])
  })

  it('merges the sets into one past 16 parts that print new names, and keeps them all', () => {
    const place = (i: number) => `Villa${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'klm'[Math.floor(i / 26)]}`
    let carried: Carried | undefined
    for (let i = 0; i < 40; i++) carried = carry(carried, [`visita a ${place(i)}`])
    expect(carried!.names.length).toBeLessThanOrEqual(16)
    const names = carriedNames(carried!)
    for (let i = 0; i < 40; i++) expect(names.has(place(i))).toBe(true)
    expect(names.has('Villazzz')).toBe(false)
    // What a worker gets: a structured clone reads the same.
    expect(carriedNames(structuredClone(carried!)).has(place(7))).toBe(true)
  })
})
