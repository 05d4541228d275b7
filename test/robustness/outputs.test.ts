/**
 * What parsing gives can always be written and read back: JSON and JSONL inputs never break
 * the parser, CSV rows parse back (csv-parse) to the values of the records, and a record
 * written as a Markdown fact sheet parses back to the same record. Records come from mutated
 * samples of every format (fast-check, a bounded number of runs).
 */
import {parse as parseCsv} from 'csv-parse/sync'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {documentJson} from '../../src/cli/commands/parse.js'
import {csvLine, unescapeFormula} from '../../src/export/csv.js'
import {renderFactsheet} from '../../src/export/markdown.js'
import {TABLES} from '../../src/export/tables.js'
import type {AnyRecord} from '../../src/schema/records.js'
import {withOrigin} from '../helpers/round-trip.js'
import {expectInvariants, mutatedSample, parse} from './hostile.js'
import {practice} from '../export/fixtures.js'

/** Records of a mutated sample (there may be none). */
const recordsOf = async ({name, text}: {name: string; text: string}) => (await parse(name, text)).records

/** A practice whose text fields hold any text: control characters, quotes, formulas, Markdown. */
const anyText = fc.oneof(
  fc.string({unit: 'binary', maxLength: 60}),
  fc.string({unit: fc.constantFrom('=', '+', '-', '@', '"', "'", ',', ';', '\n', '\r', '\t', ' ', '\u0000', '\u00a0', '*', '#', '|', '<', 'a', 'ñ'), maxLength: 30}),
)
const oddPractice = fc.record({title: anyText, description: anyText, funding: anyText, departments: fc.array(anyText, {maxLength: 3})})
  .map((fields) => practice(fields) as AnyRecord)

describe('outputs read back', () => {
  it('JSON and JSONL: any value, any nesting, any mutation of `parse` output is read without a crash', async () => {
    const output = JSON.stringify({schemaVersion: '1.0.0', documents: [documentJson(await parse('news.txt', 'Ciudades Solidarias\n\n6 Convenios con Ciudades Solidarias\n'))]})
    const inputs = fc.oneof(
      fc.json({depthSize: 'large', maxDepth: 80}).map((text) => ['any.json', text] as const),
      fc.array(fc.json({maxDepth: 5}), {maxLength: 5}).map((lines) => ['any.jsonl', lines.join('\n')] as const),
      fc.tuple(fc.nat(), fc.string({maxLength: 5})).map(([at, cut]) => ['output.json', output.slice(0, at % output.length) + cut + output.slice(at % output.length)] as const),
      fc.integer({min: 1, max: 50_000}).map((d) => ['deep.json', `${'{"a":['.repeat(d)}${']}'.repeat(d)}`] as const),
    )
    await fc.assert(fc.asyncProperty(inputs, async ([name, text]) => {
      expectInvariants(await parse(name, text), text)
    }), {numRuns: 60})
  }, 60_000)

  it('CSV: every row of every table parses back (csv-parse) to the values of the records', async () => {
    const records = fc.oneof(mutatedSample.map((s) => ({from: s})), oddPractice.map((record) => ({record})))
    await fc.assert(fc.asyncProperty(records, async (source) => {
      const list = 'record' in source ? [source.record] : await recordsOf(source.from)
      for (const table of TABLES) {
        const rows = list.flatMap((r) => table.rows(r)).map((row) => table.columns.map((c) => c.value(row)))
        if (rows.length === 0) continue
        const text = rows.map((cells) => csvLine(cells)).join('')
        const read = (parseCsv(text, {relax_quotes: false}) as string[][]).map((row) => row.map(unescapeFormula))
        expect(read, table.name).toEqual(rows.map((cells) => cells.map((cell) => (cell === null ? '' : String(cell)))))
      }
    }), {numRuns: 40})
  }, 60_000)

  it('Markdown: each record of a mutated sample, written as a fact sheet, parses back to the same record', async () => {
    await fc.assert(fc.asyncProperty(mutatedSample, async (sample) => {
      for (const record of await recordsOf(sample)) {
        const markdown = await renderFactsheet(record)
        const sheet = await parse(`${record.id}.md`, markdown)
        expectInvariants(sheet, markdown)
        expect(sheet.records.map((r) => withOrigin(r, sheet.metadata))).toEqual([record])
      }
    }), {numRuns: 25})
  }, 60_000)
})
