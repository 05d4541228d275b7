/**
 * Bad input that the pipeline turns into diagnostics in words, with every place inside the file:
 * a document of unknown format, JSON nested without end, repeated records in JSON, and the
 * places of a repair over two lines.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {emptyPractice} from '../../src/schema/records.js'
import {ROOT} from '../helpers/golden.js'
import {parseText} from '../helpers/parse.js'

const record = (startLine: number) =>
  JSON.stringify({...emptyPractice({format: 'ficha', path: 'fichas.txt', startLine, endLine: startLine + 20}), id: 'curso-de-espanol', title: 'Curso de español', country: 'CL'})

describe('bad input', () => {
  it('lists every non-blank line of a document of unknown format as unmapped, under one format/unknown', async () => {
    const result = await parseText('Lista de compras\n\nleche\n  \npan\n')
    expect(result.format).toBeNull()
    expect(result.unmapped).toEqual([{line: 1, text: 'Lista de compras'}, {line: 3, text: 'leche'}, {line: 5, text: 'pan'}])
    expect(result.coverage).toEqual({lines: 3, placed: 0})
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['format/unknown'])
  })

  it('reports a repeated record of a JSONL file on its line of that file, not on the line it cites', async () => {
    const result = await parseText(`${record(13)}\n${record(40)}\n`, {}, 'records.jsonl')
    expect(result.records.map((r) => r.id)).toEqual(['curso-de-espanol', 'curso-de-espanol-2'])
    expect(result.diagnostics).toMatchObject([{rule: 'id/duplicate', line: 2, endLine: 2, message: expect.stringContaining('(first at records.jsonl:1)')}])
  })

  it('does the same in a JSON array, at the line where the repeat opens', async () => {
    const result = await parseText(`[\n${record(13)},\n\n${record(13)}\n]\n`, {}, 'records.json')
    expect(result.diagnostics).toMatchObject([{rule: 'id/duplicate', line: 4}])
  })

  it('refuses JSON nested deeper than any record (json/too-deep) instead of overflowing the stack', async () => {
    const result = await parseText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, {}, 'deep.json')
    expect(result.diagnostics).toMatchObject([{rule: 'json/too-deep', severity: 'error', line: 1, column: 65}])
    const jsonl = await parseText(`${record(1)}\n{"a": ${'['.repeat(70)}${']'.repeat(70)}}\n`, {}, 'x.jsonl')
    expect(jsonl.records).toHaveLength(1)
    expect(jsonl.diagnostics).toMatchObject([{rule: 'json/too-deep', line: 2}])
  })

  it('ends a fuzzy comuna match over a wrapped name on the last line of the name', async () => {
    const text = readFileSync(join(ROOT, 'fixtures/cases/ficha/month-row-checks.txt'), 'utf8').replace('PEDRO AGUIRRE\nCERDA', 'PEDRO AGUIRE\nCERDA')
    const result = await parseText(text)
    const fuzzy = result.diagnostics.find((d) => d.rule === 'municipality/fuzzy-match')
    expect(fuzzy).toMatchObject({line: 4, column: 1, endLine: 5, endColumn: 'CERDA'.length + 1, expected: 'Pedro Aguirre Cerda'})
  })

  it('keeps a long ficha title as the title, with ficha/long-title', async () => {
    const title = 'Programa de integración sociolaboral '.repeat(12).trim()
    const text = readFileSync(join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt'), 'utf8').replace('Operativos interinstitucionales en asentamientos precarios', title)
    const result = await parseText(text)
    expect(result.records[0]!).toMatchObject({title})
    expect(result.diagnostics.filter((d) => d.rule === 'ficha/long-title')).toMatchObject([{severity: 'warning', line: 13, actual: expect.stringMatching(/^Programa de integración/)}])
    expect(result.metadata.introduction).toMatchObject({endLine: 11})
  })
})
