/**
 * Round trip helpers: a record → its fact sheet → the parsed record. Used by the tests that
 * check that every record survives (`withOrigin(parsed, metadata)` equals the original).
 *
 *   const {records, result} = await roundTrip([practice])
 *   expect(records).toEqual([practice])
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {renderFactsheet} from '../../src/export/markdown.js'
import {IdRegistry, processBytes, type DocumentResult} from '../../src/pipeline/index.js'
import type {AnyRecord} from '../../src/schema/records.js'
import type {Origin} from '../../src/formats/factsheet/index.js'
import {ROOT} from './golden.js'

/** The record with `source` set back to the origin its fact sheet cites (if any). */
export function withOrigin(record: AnyRecord, metadata: Record<string, unknown>): AnyRecord {
  const origins = (metadata.origins ?? []) as Origin[]
  const origin = origins.find((o) => o.line === record.source.startLine)
  return origin ? {...record, source: origin.source} : record
}

/**
 * Writes each record as a fact sheet, parses it back through the whole pipeline (detection
 * included), and returns the parsed records with their cited `source` restored, plus the
 * pipeline results (for their diagnostics and coverage).
 */
export async function roundTrip(records: readonly AnyRecord[], options: {repair?: boolean} = {}): Promise<{records: AnyRecord[]; results: DocumentResult[]; markdown: string[]}> {
  const out: AnyRecord[] = []
  const results: DocumentResult[] = []
  const markdown: string[] = []
  for (const [index, record] of records.entries()) {
    const text = await renderFactsheet(record)
    const result = await processBytes(`roundtrip-${index + 1}.md`, new TextEncoder().encode(text), {repair: options.repair ?? true}, new IdRegistry())
    markdown.push(text)
    results.push(result)
    out.push(...result.records.map((r) => withOrigin(r, result.metadata)))
  }
  return {records: out, results, markdown}
}

/** The ficha sample's records as fact sheets, the whole set `copies` times, in one file (as `cat fichas/*.md`). */
export async function factsheetFile(copies: number): Promise<Buffer> {
  const records = (await processBytes('f.txt', readFileSync(join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt')), {repair: true})).records
  const sheets = await Promise.all(records.map((r) => renderFactsheet(r)))
  return Buffer.from(Array.from({length: copies}, () => sheets).flat().join('\n'))
}
