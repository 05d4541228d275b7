import {describe, expect, it} from 'vitest'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {IdRegistry} from '../../src/pipeline/ids.js'
import type {AnyRecord} from '../../src/schema/records.js'

const practice = (id: string, startLine = 1): AnyRecord => ({type: 'practice', id, source: {format: 'ficha', path: 'x', startLine, endLine: startLine}} as unknown as AnyRecord)

describe('IdRegistry', () => {
  it('keeps a first id, renames repeats -2, -3 and points at the first', () => {
    const ids = new IdRegistry()
    const a = new Messages('a.txt')
    const b = new Messages('b.txt')
    const records = [practice('curso', 3), practice('curso', 9), practice('taller', 1)]
    expect(ids.assign(records[0]!, a)).toBeUndefined()
    expect(ids.assign(records[1]!, b)).toMatchObject({rule: 'id/duplicate', file: 'b.txt', line: 9, actual: 'curso', expected: 'curso-2', message: 'Unexpected repeated practice `curso` (first at a.txt:3), renamed to `curso-2`'})
    expect(ids.assign(records[2]!, b)).toBeUndefined()
    const third = practice('curso', 20)
    expect(ids.assign(third, b)?.expected).toBe('curso-3')
    expect(records.map((r) => r.id)).toEqual(['curso', 'curso-2', 'taller'])
    expect(ids.size).toBe(4)
  })

  it('never hands out an id that is already taken, either way round', () => {
    const ids = new IdRegistry()
    const m = new Messages('f')
    const order = ['x-2', 'x', 'x', 'x', 'x-3', 'x-2'].map((id) => practice(id))
    for (const record of order) ids.assign(record, m)
    // `x` skips `x-2` (taken by a record of its own); the later literal `x-3` is a repeat of the renamed one.
    expect(order.map((r) => r.id)).toEqual(['x-2', 'x', 'x-3', 'x-4', 'x-3-2', 'x-2-2'])
    expect(new Set(order.map((r) => r.id)).size).toBe(order.length)
  })

  it('tells apart 300,000 different ids (no false repeat through the hash table growing)', () => {
    const ids = new IdRegistry()
    const m = new Messages('f')
    let repeats = 0
    for (let i = 0; i < 300_000; i++) if (ids.assign(practice(`municipalidad-${i % 997}-practica-${i}`), m)) repeats++
    expect(repeats).toBe(0)
    expect(ids.size).toBe(300_000)
    // …and still finds every one of them again.
    for (let i = 0; i < 300_000; i += 1009) expect(ids.assign(practice(`municipalidad-${i % 997}-practica-${i}`), m)?.expected).toBe(`municipalidad-${i % 997}-practica-${i}-2`)
  })

  it('remembers where each of 100,000 ids was first seen, and how often, across files', () => {
    const ids = new IdRegistry()
    const files = Array.from({length: 50}, (_, k) => new Messages(`file-${k}.txt`))
    for (let i = 0; i < 100_000; i++) ids.assign(practice(`id-${i}`, i + 1), files[Math.floor(i / 2000)]!)
    const again = new Messages('again.txt')
    for (const i of [0, 32_767, 32_768, 65_535, 65_536, 99_999]) {
      expect(ids.assign(practice(`id-${i}`), again)?.message).toBe(`Unexpected repeated practice \`id-${i}\` (first at file-${Math.floor(i / 2000)}.txt:${i + 1}), renamed to \`id-${i}-2\``)
      expect(ids.assign(practice(`id-${i}`), again)?.expected).toBe(`id-${i}-3`)
    }
  })

  it('tells apart ids that differ in one character, in their order or in a character past U+00FF', () => {
    const ids = new IdRegistry()
    const m = new Messages('f')
    const texts = ['ab', 'ba', 'a', 'aa', 'aaa', 'ñandú', 'ñandu', '😀', '😁', 'a\u0000', 'a\u0000\u0000']
    for (const text of texts) expect(ids.assign(practice(text), m)).toBeUndefined()
  })

  it('gives a record without an id its base id from its content', () => {
    const ids = new IdRegistry()
    const record = {type: 'pmm-objective', number: 7, source: {format: 'pmm', path: 'x', startLine: 1, endLine: 1}} as unknown as AnyRecord
    ids.assign(record, new Messages('f'))
    expect(record.id).toBe('pmm-objective-7')
  })
})
