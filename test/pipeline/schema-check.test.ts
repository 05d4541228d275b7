import {describe, expect, it} from 'vitest'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {schemaDiagnostics} from '../../src/pipeline/schema-check.js'
import {emptyPractice} from '../../src/schema/records.js'
import {AnyRecord} from '../../src/schema/zod.js'

const source = {format: 'ficha' as const, path: 'a.txt', startLine: 3, endLine: 9}

describe('schema check of parsed records (generated validator)', () => {
  it('accepts a valid record', () => {
    const messages = new Messages('a.txt')
    expect(schemaDiagnostics({...emptyPractice(source), id: 'x', title: 'T'}, messages, 3)).toBe(0)
    expect(messages.list).toEqual([])
  })

  it('names the field path of each problem, at the record line', () => {
    const messages = new Messages('a.txt')
    const record = {...emptyPractice(source), id: 'x', months: [4, 13], country: 'Chile'}
    expect(schemaDiagnostics(record, messages, 3)).toBe(2)
    expect(messages.list.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['schema/invalid', 3, 'Unexpected value at `country`: must match pattern "^[A-Z]{2}$"'],
      ['schema/invalid', 3, 'Unexpected value at `months[1]`: must be <= 12'],
    ])
  })

  it('agrees with the zod schemas on what is valid', () => {
    const cases = [
      {...emptyPractice(source), id: 'x'},
      {...emptyPractice(source), id: ''},
      {...emptyPractice(source), id: 'x', startYear: 1850},
      {...emptyPractice(source), id: 'x', link: {text: 'Enlace', url: 'not a url'}},
      {...emptyPractice(source), id: 'x', extra: 1},
      {type: 'network-report', id: 'n', source, initiative: 'Ciudades Solidarias', country: 'GT', date: '2024-02-31', figures: [], commitments: [], members: [], tags: [], sourceUrl: null},
      {type: 'network-report', id: 'n', source, initiative: 'Ciudades Solidarias', country: 'GT', date: '2024-09-25', figures: [], commitments: [], members: [], tags: [], sourceUrl: 'https://example.org/x'},
    ]
    for (const record of cases) {
      const generated = schemaDiagnostics(record, new Messages('a.txt'), 1) === 0
      expect({record, generated}).toEqual({record, generated: AnyRecord.safeParse(record).success})
    }
  })
})
