/**
 * Adding a format is one folder plus one registry line: a toy format, defined here and added to a
 * temporary registry (the real registry module is replaced for this file only), is detected,
 * parsed, chosen with `--kind`, named in `format/unknown` messages and held to its own validate
 * requirements, with no other module changed.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it, vi} from 'vitest'
import {cli} from '../helpers/cli.js'

vi.mock('../../src/formats/registry.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/formats/registry.js')>()
  const {defineFormat, registryOf} = await import('../../src/formats/format.js')
  const {emptyPractice} = await import('../../src/schema/records.js')
  // A recipe card: `RECETA` on its first line, then `Título: …` and `Preparación: …`.
  const toy = defineFormat({
    id: 'toy',
    description: 'recipe cards (a toy format for tests)',
    documents: 'recipe cards',
    reads: 'title and preparation',
    records: ['practice'],
    signals: [{name: '`RECETA` line', pattern: /^receta$/m, weight: 5}],
    requirements: {practice: {required: ['title', 'description'], recommended: ['funding']}},
    expectedAt: {description: {what: 'a preparation', where: 'a `Preparación:` line'}},
    load: async () => ({
      parse(ctx) {
        const last = ctx.doc.lines.findLastIndex((text) => text.trim() !== '') + 1
        const record = emptyPractice(ctx.source(1, Math.max(1, last)))
        ctx.doc.lines.forEach((text, index) => {
          const line = index + 1
          const field = /^(Título|Preparación):\s*(.*)$/.exec(text)
          if (/^RECETA$/.test(text)) ctx.claim(line)
          else if (field?.[1] === 'Título') { record.title = field[2] || null; ctx.claim(line) }
          else if (field?.[1] === 'Preparación') { record.description = field[2] || null; ctx.claim(line) }
        })
        return [record]
      },
    }),
  })
  return registryOf([...real.FORMATS, toy])
})

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'practices-toy-'))
  writeFileSync(join(dir, 'card.txt'), 'RECETA\nTítulo: Pan amasado\nPreparación: Amasar y hornear.\n')
  writeFileSync(join(dir, 'no-steps.txt'), 'RECETA\nTítulo: Sopaipillas\n')
  writeFileSync(join(dir, 'plain.txt'), 'Título: Pan amasado\n')
  writeFileSync(join(dir, 'other.txt'), 'Lista de compras\nleche\n')
})

describe('a format added to the registry', () => {
  it('is detected and parsed, its lines placed and its records checked against the schema', async () => {
    const result = await cli(['parse', join(dir, 'card.txt'), '--verbose'])
    expect(result.code).toBe(0)
    const [document] = JSON.parse(result.stdout).documents
    expect(document.format).toBe('toy')
    expect(document.unmapped).toEqual([])
    expect(document.records).toHaveLength(1)
    expect(document.records[0]).toMatchObject({
      type: 'practice', id: 'pan-amasado', title: 'Pan amasado', description: 'Amasar y hornear.',
      source: {format: 'toy', path: join(dir, 'card.txt'), startLine: 1, endLine: 3},
    })
    expect(result.stderr).toContain('toy: `RECETA` line (+5)')
  })

  it('can be chosen with --kind', async () => {
    const result = await cli(['parse', join(dir, 'plain.txt'), '--kind', 'toy'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).documents[0]).toMatchObject({format: 'toy', records: [{title: 'Pan amasado'}]})
  })

  it('is named when a document has no known format', async () => {
    const result = await cli(['parse', join(dir, 'other.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('`toy` (recipe cards (a toy format for tests))')
  })

  it('holds its records to its own requirements in validate, in its own words', async () => {
    const result = await cli(['validate', join(dir, 'no-steps.txt'), '--reporter', 'json'])
    expect(result.code).toBe(1)
    const rules = JSON.parse(result.stdout).diagnostics.map((d: {rule: string; severity: string; message: string}) => [d.rule, d.severity, d.message])
    expect(rules).toEqual([
      ['validate/required-section', 'error', 'Unexpected practice `Sopaipillas` without a preparation, expected a `Preparación:` line'],
      ['validate/missing-section', 'warning', 'Unexpected practice `Sopaipillas` without `Forma de financiamiento`, expected a `Forma de financiamiento` section'],
    ])
  })
})
