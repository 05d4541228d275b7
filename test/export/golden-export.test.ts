/**
 * Export goldens for the seed documents (fixtures/samples), as one `export` run would write
 * them: every CSV table, the Excel variant of two tables (BOM, `;`, CRLF), both
 * `datapackage.json`, `index.md`, the fact sheet of the first practice, and a PMM annex practice
 * and objective sheet (a numbered list, `Desde 2019`, objectives linked both ways).
 * Refresh with `UPDATE=1 npx vitest run test/export/golden-export.test.ts`, then read them.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CsvExport} from '../../src/export/csv.js'
import {MarkdownExport} from '../../src/export/markdown.js'
import {IdRegistry, processBytes} from '../../src/pipeline/index.js'
import type {AnyRecord} from '../../src/schema/records.js'
import {matchGolden, ROOT} from '../helpers/golden.js'

const GOLDEN = 'fixtures/expected/export'
const SAMPLES = 'fixtures/samples'
let records: AnyRecord[] = []
const made: string[] = []
afterAll(() => { for (const dir of made) rmSync(dir, {recursive: true, force: true}) })

beforeAll(async () => {
  const ids = new IdRegistry()
  for (const name of readdirSync(join(ROOT, SAMPLES)).sort()) {
    const path = `${SAMPLES}/${name}`
    records.push(...(await processBytes(path, readFileSync(join(ROOT, path)), {repair: true}, ids)).records)
  }
})

async function exportTo(make: (dir: string) => Promise<{add(r: AnyRecord): Promise<void>; finish(): Promise<string[]>}>) {
  // Inside the checkout (out/ is ignored by git), so that a fact sheet's link to its source
  // file (relative to the sheet) is the same wherever the checkout is.
  mkdirSync(join(ROOT, 'out'), {recursive: true})
  const dir = mkdtempSync(join(ROOT, 'out', 'golden-'))
  made.push(dir)
  const exporter = await make(dir)
  for (const record of records) await exporter.add(record)
  await exporter.finish()
  return {files: readdirSync(dir).sort(), read: (name: string) => readFileSync(join(dir, name), 'utf8')}
}

describe('export goldens of the seed documents', () => {
  it('has records from the seeds', () => {
    expect(new Set(records.map((r) => r.source.path)).size).toBeGreaterThan(1)
  })

  it('CSV tables and datapackage.json', async () => {
    const {files, read} = await exportTo((dir) => CsvExport.open(dir))
    for (const name of files) matchGolden(`${GOLDEN}/csv/${name}`, read(name))
  })

  it('Excel CSV: UTF-8 BOM, `;`, CRLF, codes as text; the package on the plain copies in data/', async () => {
    const {read} = await exportTo((dir) => CsvExport.open(dir, {excel: true}))
    for (const name of ['practices.csv', 'practice_months.csv', 'datapackage.json']) matchGolden(`${GOLDEN}/excel/${name}`, read(name))
    expect(read('data/practices.csv')).toBe((await exportTo((dir) => CsvExport.open(dir))).read('practices.csv'))
    expect(read('practices.csv').startsWith('\ufeffid;title;')).toBe(true)
  })

  it('index.md and the fact sheet of the first practice', async () => {
    const {read} = await exportTo(async (dir) => new MarkdownExport(dir))
    const first = records.find((r) => r.type === 'practice')!
    matchGolden(`${GOLDEN}/md/index.md`, read('index.md'))
    matchGolden(`${GOLDEN}/md/${first.id}.md`, read(`${first.id}.md`))
    const annex = records.find((r) => r.type === 'practice' && r.title?.startsWith('El balón no tiene fronteras'))!
    matchGolden(`${GOLDEN}/md/${annex.id}.md`, read(`${annex.id}.md`))
    matchGolden(`${GOLDEN}/md/pmm-objective-17.md`, read('pmm-objective-17.md'))
  })
})
