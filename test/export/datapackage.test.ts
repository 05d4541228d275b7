import {parse} from 'csv-parse/sync'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CsvExport, unescapeFormula} from '../../src/export/csv.js'
import {datapackage} from '../../src/export/datapackage.js'
import {CATEGORY_IDS} from '../../src/vocab/categories.js'
import {SELLO_LINE_IDS} from '../../src/vocab/sello-lines.js'
import {allRecords} from './fixtures.js'

interface Field {name: string; type: string; constraints?: {required?: boolean; enum?: Array<string | number>; pattern?: string}}
interface Resource {name: string; path: string; dialect: {delimiter: string; lineTerminator: string}; encoding: string
  schema: {fields: Field[]; primaryKey: string[]; foreignKeys?: Array<{fields: string[]; reference: {resource: string; fields: string[]}}>}}

async function exported(excel = false) {
  const dir = mkdtempSync(join(tmpdir(), 'practices-dp-'))
  const csv = await CsvExport.open(dir, {excel})
  for (const record of allRecords()) await csv.add(record)
  await csv.finish()
  const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {profile: string; resources: Resource[]}
  const rows = (r: Resource) => parse(readFileSync(join(dir, r.path), 'utf8'), {bom: true, delimiter: r.dialect.delimiter, columns: true}) as Array<Record<string, string>>
  return {dir, pkg, rows}
}

const field = (pkg: {resources: Resource[]}, resource: string, name: string) =>
  pkg.resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!

describe('datapackage.json', () => {
  it('describes every CSV file with the columns it has, in order', async () => {
    const {dir, pkg} = await exported()
    expect(pkg.profile).toBe('tabular-data-package')
    for (const resource of pkg.resources) {
      const header = readFileSync(join(dir, resource.path), 'utf8').split('\n')[0]!.split(',')
      expect(resource.schema.fields.map((f) => f.name), resource.name).toEqual(header)
    }
  })

  it('gives the controlled vocabularies as enums', async () => {
    const {pkg} = await exported()
    expect(field(pkg, 'practice_categories', 'category').constraints!.enum).toEqual(CATEGORY_IDS)
    expect(field(pkg, 'practice_sello_lines', 'line').constraints!.enum).toEqual(SELLO_LINE_IDS)
    expect(field(pkg, 'practice_months', 'month')).toMatchObject({type: 'integer', constraints: {required: true, enum: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}})
    expect(field(pkg, 'practice_pmm_objectives', 'objective').constraints!.enum).toEqual(Array.from({length: 23}, (_, i) => i + 1))
    expect(field(pkg, 'pmm_objectives', 'number').constraints!.enum).toHaveLength(23)
    expect(field(pkg, 'practices', 'municipality_code')).toMatchObject({type: 'string', constraints: {pattern: '^\\d{5}$'}})
  })

  it('declares primary keys and foreign keys to the parent tables', async () => {
    const {pkg} = await exported()
    const byName = new Map(pkg.resources.map((r) => [r.name, r]))
    expect(byName.get('practices')!.schema.primaryKey).toEqual(['id'])
    expect(byName.get('practice_months')!.schema).toMatchObject({primaryKey: ['practice_id', 'month'],
      foreignKeys: [{fields: ['practice_id'], reference: {resource: 'practices', fields: ['id']}}]})
    expect(byName.get('network_members')!.schema.foreignKeys).toEqual([{fields: ['report_id'], reference: {resource: 'network_reports', fields: ['id']}}])
    for (const resource of pkg.resources) {
      for (const key of resource.schema.primaryKey) expect(resource.schema.fields.map((f) => f.name)).toContain(key)
      for (const fk of resource.schema.foreignKeys ?? []) expect(byName.has(fk.reference.resource)).toBe(true)
    }
  })

  it('holds for the exported data: types, required, enums, patterns, unique primary keys and resolvable foreign keys', async () => {
    const {pkg, rows} = await exported()
    const ids = new Map(pkg.resources.map((r) => [r.name, new Set(rows(r).map((row) => row.id))]))
    for (const resource of pkg.resources) {
      const keys = new Set<string>()
      for (const row of rows(resource)) {
        for (const f of resource.schema.fields) {
          const value = unescapeFormula(row[f.name]!)
          if (value === '') { expect(f.constraints?.required, `${resource.name}.${f.name}`).not.toBe(true); continue }
          if (f.type === 'integer') expect(value).toMatch(/^-?\d+$/)
          if (f.type === 'number') expect(Number.isFinite(Number(value))).toBe(true)
          if (f.type === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          if (f.type === 'boolean') expect(['true', 'false']).toContain(value)
          const typed = f.type === 'integer' || f.type === 'number' ? Number(value) : value
          if (f.constraints?.enum) expect(f.constraints.enum, `${resource.name}.${f.name}`).toContain(typed)
          if (f.constraints?.pattern) expect(value).toMatch(new RegExp(f.constraints.pattern))
        }
        const key = resource.schema.primaryKey.map((k) => row[k]).join('\u0000')
        expect(keys.has(key), `${resource.name} key ${key}`).toBe(false)
        keys.add(key)
        for (const fk of resource.schema.foreignKeys ?? []) expect(ids.get(fk.reference.resource)!.has(row[fk.fields[0]!]!)).toBe(true)
      }
    }
  })

  it('with --excel, describes the plain copies in data/ (the spreadsheet files are for people)', async () => {
    const {pkg} = await exported(true)
    expect(pkg.resources[0]).toMatchObject({path: 'data/practices.csv', encoding: 'utf-8', dialect: {delimiter: ',', lineTerminator: '\n', header: true}})
    expect(datapackage({}).resources[0]).toMatchObject({path: 'practices.csv', encoding: 'utf-8', dialect: {delimiter: ',', lineTerminator: '\n'}})
  })
})
