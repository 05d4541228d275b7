/**
 * Round trip helpers: a record → its fact sheet → the parsed record. Used by the tests that
 * check that every record survives (`withOrigin(parsed, metadata)` equals the original).
 *
 *   const {records, result} = await roundTrip([practice])
 *   expect(records).toEqual([practice])
 */
import {renderFactsheet} from '../../src/export/markdown.js'
import {IdRegistry, processBytes, type DocumentResult} from '../../src/pipeline/index.js'
import type {AnyRecord} from '../../src/schema/records.js'
import type {Origin} from '../../src/formats/factsheet/index.js'

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
