/**
 * `trimmed`: what a `--jobs` worker sends back of a result. The main thread makes ids unique on
 * it, so a repeat must be reported at the same place, with the same line, as on the whole result.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentJson} from '../../src/cli/commands/parse.js'
import {IdRegistry, processWhole, uniqueIds} from '../../src/pipeline/index.js'
import {trimmed, type DocumentResult, type ResultNeeds} from '../../src/pipeline/result.js'
import {ROOT} from '../helpers/golden.js'

const FICHA = join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt')
/** What `parse --format jsonl` and `export` ask of a worker. */
const LEAN: ResultNeeds = {metadata: false, unmapped: false, fieldPlaces: false, detection: false, lines: {quiet: false, verbose: false}, diagnostics: {quiet: false, verbose: false}}

/**
 * The sheet, then the same records as JSON: every record of the second repeats one of the first.
 * Read as `documents()` asks a worker for a JSONL run: only the lines listed are kept.
 */
async function results(): Promise<DocumentResult[]> {
  const bytes = readFileSync(FICHA)
  const options = {repair: true, listed: {quiet: false, verbose: false}, fieldPlaces: false}
  const sheet = await processWhole('a.txt', bytes, options)
  const json = JSON.stringify({schemaVersion: '1.0.0', documents: [documentJson(uniqueIds(await processWhole('x.txt', bytes, {repair: true}), new IdRegistry()))]}, null, 2)
  return [sheet, await processWhole('b.json', Buffer.from(json), options)]
}

/** Made unique in order, as the main thread does; the repeats' diagnostics and the lines they show. */
function repeats(list: DocumentResult[]) {
  const ids = new IdRegistry()
  return list.map((result) => uniqueIds(result, ids)).flatMap((result) => result.diagnostics
    .filter((d) => d.rule === 'id/duplicate')
    .map((d) => ({...d, shown: result.lines?.[d.line - 1]})))
}

describe('trimmed', () => {
  it('keeps what making ids unique reports: the place of a JSON record`s id and the line there', async () => {
    const whole = repeats(await results())
    // A worker's result comes through a structured clone.
    const lean = repeats((await results()).map((r) => structuredClone(trimmed(r, LEAN))))
    expect(whole).toHaveLength(7)
    expect(whole[0]).toMatchObject({file: 'b.json', rule: 'id/duplicate', shown: expect.stringContaining('"id": "puente-alto-')})
    expect(whole[0]!.line).toBeGreaterThan(5)
    expect(lean).toEqual(whole)
  })

  it('keeps the diagnostics that are listed, and counts the others', async () => {
    // The handbook: one warning and 32 infos.
    const sheet = await processWhole('pmm.txt', readFileSync(join(ROOT, 'fixtures/samples/pmm-handbook-oim.txt')), {repair: true})
    const lean = trimmed(sheet, LEAN)
    const count = (list: DocumentResult['diagnostics'], severity: string) => list.filter((d) => d.severity === severity).length
    expect(count(sheet.diagnostics, 'info')).toBe(32)
    expect(count(sheet.diagnostics, 'warning')).toBe(1)
    expect(count(lean.diagnostics, 'info')).toBe(0)
    expect(count(lean.diagnostics, 'warning')).toBe(count(sheet.diagnostics, 'warning'))
    expect(lean.unlisted).toEqual({warnings: 0, infos: 32})
    expect(trimmed(sheet, {...LEAN, diagnostics: {quiet: true, verbose: false}}).unlisted).toEqual({warnings: 1, infos: 32})
    expect(trimmed(sheet, {...LEAN, diagnostics: 'all'}).diagnostics).toEqual(sheet.diagnostics)
  })
})

describe('processWhole with `listed`', () => {
  it('keeps the lines of the diagnostics listed and of the records, not of every field', async () => {
    const bytes = readFileSync(FICHA)
    const all = await processWhole('a.txt', bytes, {repair: true})
    const listed = await processWhole('a.txt', bytes, {repair: true, listed: {quiet: true, verbose: false}})
    const kept = (result: DocumentResult) => Object.keys(result.lines ?? []).map((k) => Number(k) + 1)
    const starts = listed.records.map((r) => r.source.startLine)
    const errors = listed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)
    expect(listed.records).toEqual(all.records)
    expect(listed.diagnostics).toEqual(all.diagnostics)
    expect(kept(listed)).toEqual([...new Set([...starts, ...errors])].sort((a, b) => a - b))
    // Without it, the lines of every field and diagnostic: a superset, each line the same text.
    expect(kept(all).length).toBeGreaterThan(kept(listed).length + 20)
    for (const line of kept(listed)) expect(listed.lines![line - 1]).toBe(all.lines![line - 1])
  })

  it('keeps the lines of warnings when they are listed, not when quiet', async () => {
    // The handbook: one warning and 32 infos.
    const bytes = readFileSync(join(ROOT, 'fixtures/samples/pmm-handbook-oim.txt'))
    const keptLines = async (listed: {quiet: boolean; verbose: boolean}) => {
      const result = await processWhole('pmm.txt', bytes, {repair: true, listed})
      return {kept: Object.keys(result.lines ?? []).map((k) => Number(k) + 1), result}
    }
    const lines = (result: DocumentResult, severities: string[]) => [...new Set([
      ...result.records.map((r) => r.source.startLine),
      ...result.diagnostics.filter((d) => severities.includes(d.severity)).map((d) => d.line),
    ])].sort((a, b) => a - b)
    const quiet = await keptLines({quiet: true, verbose: false})
    const loud = await keptLines({quiet: false, verbose: false})
    const verbose = await keptLines({quiet: false, verbose: true})
    expect(quiet.kept).toEqual(lines(quiet.result, ['error']))
    expect(loud.kept).toEqual(lines(loud.result, ['error', 'warning']))
    expect(verbose.kept).toEqual(lines(verbose.result, ['error', 'warning', 'info']))
    expect(verbose.kept.length).toBeGreaterThan(loud.kept.length)
  })
})

describe('processWhole with `fieldPlaces: false`', () => {
  it('keeps no field places, and the same records and diagnostics', async () => {
    const bytes = readFileSync(FICHA)
    const all = await processWhole('a.txt', bytes, {repair: true})
    const lean = await processWhole('a.txt', bytes, {repair: true, fieldPlaces: false})
    expect(all.fieldPlaces!.size).toBe(all.records.length)
    expect(lean.fieldPlaces?.size ?? 0).toBe(0)
    expect(lean.records).toEqual(all.records)
    expect(lean.diagnostics).toEqual(all.diagnostics)
  })

  it('keeps a JSON file`s id places, where a repeated id is reported', async () => {
    const json = JSON.stringify({schemaVersion: '1.0.0', documents: [documentJson(await processWhole('x.txt', readFileSync(FICHA), {repair: true}))]}, null, 2)
    const result = await processWhole('b.json', Buffer.from(json), {repair: true, fieldPlaces: false})
    expect(result.records.length).toBeGreaterThan(0)
    for (const record of result.records) expect(result.fieldPlaces?.get(record)?.id).toBeDefined()
  })
})
