/**
 * Both CSV profiles read by a real Frictionless implementation, the `datapackage` library of
 * frictionlessdata (JavaScript, with `tableschema`): the descriptor is valid against the
 * tabular-data-package profile, and every resource reads with its values cast to the declared
 * types, constraints checked and foreign keys resolved (`relations: true`).
 */
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Package} from 'datapackage'
import {describe, expect, it} from 'vitest'
import {CsvExport} from '../../src/export/csv.js'
import {TABLES} from '../../src/export/tables.js'
import type {AnyRecord} from '../../src/schema/records.js'
import {IdRegistry, processBytes} from '../../src/pipeline/index.js'
import {ROOT} from '../helpers/golden.js'
import {allRecords} from './fixtures.js'

async function sampleRecords(): Promise<AnyRecord[]> {
  const ids = new IdRegistry()
  const records: AnyRecord[] = []
  for (const name of readdirSync(join(ROOT, 'fixtures/samples')).sort()) {
    const path = join(ROOT, 'fixtures/samples', name)
    records.push(...(await processBytes(path, readFileSync(path), {repair: true}, ids)).records)
  }
  return records
}

async function exported(records: AnyRecord[], excel: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'practices-frictionless-'))
  const csv = await CsvExport.open(dir, {excel})
  for (const record of records) await csv.add(record)
  await csv.finish()
  return dir
}

/** Loads the package strictly and reads every resource; the rows of each, by resource name. */
async function readPackage(dir: string): Promise<Map<string, Array<Record<string, unknown>>>> {
  const pkg = await Package.load(join(dir, 'datapackage.json'), {basePath: dir, strict: true})
  expect(pkg.valid, JSON.stringify(pkg.errors)).toBe(true)
  const rows = new Map<string, Array<Record<string, unknown>>>()
  for (const resource of pkg.resources) {
    expect(resource.tabular).toBe(true)
    rows.set(resource.name, await resource.read({keyed: true, cast: true, relations: true}))
  }
  return rows
}

describe.each([false, true])('a Frictionless library reads the CSV export (excel: %s)', (excel) => {
  it('the samples: every table, values cast, foreign keys resolved', async () => {
    const records = await sampleRecords()
    const dir = await exported(records, excel)
    const rows = await readPackage(dir)
    expect([...rows.keys()]).toEqual(TABLES.map((t) => t.name))
    for (const table of TABLES) expect(rows.get(table.name), table.name).toHaveLength(records.flatMap((r) => table.rows(r)).length)
    const practices = rows.get('practices')!
    const puenteAlto = practices.find((p) => p.municipality_name === 'Puente Alto')!
    expect(puenteAlto.municipality_code).toBe('13201')
    // A foreign key read with `relations: true` is the row it points at.
    const month = rows.get('practice_months')![0]!
    expect((month.practice_id as {id: string}).id).toBe(practices[0]!.id)
    expect(month.month).toBe(1)
  })

  it('a test corpus covering every field and table', async () => {
    const rows = await readPackage(await exported(allRecords(), excel))
    expect(rows.get('practices')!.length).toBeGreaterThan(0)
    expect(rows.get('network_members')!.length).toBeGreaterThan(0)
  })
})

describe('the Frictionless check can fail', () => {
  it('rejects a package whose file breaks its schema (a month of 13)', async () => {
    const dir = await exported(await sampleRecords(), false)
    const {writeFileSync} = await import('node:fs')
    const path = join(dir, 'practice_months.csv')
    writeFileSync(path, readFileSync(path, 'utf8').replace(/,1\n/, ',13\n'))
    await expect(readPackage(dir)).rejects.toThrow()
  })

  it('rejects a BOM in a described file, which is why --excel keeps its spreadsheet files out of the package', async () => {
    const dir = await exported(await sampleRecords(), false)
    const {writeFileSync} = await import('node:fs')
    const path = join(dir, 'practices.csv')
    writeFileSync(path, '\ufeff' + readFileSync(path, 'utf8'))
    await expect(readPackage(dir)).rejects.toThrow()
  })
})
