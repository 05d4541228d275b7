import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentJson} from '../../src/cli/commands/parse.js'
import {JsonExport} from '../../src/export/json.js'
import {SCHEMA_BASE_URI} from '../../src/export/json-schema.js'
import {SCHEMA_VERSION, type AnyRecord} from '../../src/schema/records.js'
import {fixtureInputs, ROOT} from '../helpers/golden.js'
import {parseFixture} from '../helpers/parse.js'
import {allRecords, practice} from './fixtures.js'

/** An independent validator (ajv) loaded with the committed schemas/ files. */
function validator() {
  const ajv = new Ajv2020.default({allErrors: true, strict: true})
  addFormats.default(ajv)
  const dir = join(ROOT, 'schemas')
  for (const file of readdirSync(dir)) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')))
  return (id: string, data: unknown) => {
    const validate = ajv.getSchema(new URL(id, SCHEMA_BASE_URI).href)!
    return validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)
  }
}

async function exportJson(records: AnyRecord[], format: 'json' | 'jsonl') {
  const dir = mkdtempSync(join(tmpdir(), 'practices-json-'))
  const out = await JsonExport.open(dir, format)
  for (const record of records) await out.add(record)
  await out.finish()
  return readFileSync(join(dir, `records.${format}`), 'utf8')
}

describe('JSON export', () => {
  it('writes {schemaVersion, records} that validates against schemas/export.schema.json (ajv)', async () => {
    const text = await exportJson(allRecords(), 'json')
    const data = JSON.parse(text)
    expect(data).toEqual({schemaVersion: SCHEMA_VERSION, records: allRecords()})
    expect(validator()('export.schema.json', data)).toEqual([])
  })

  it('writes JSONL, one record a line, each valid against schemas/record.schema.json', async () => {
    const text = await exportJson(allRecords(), 'jsonl')
    const lines = text.trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l))).toEqual(allRecords())
    const validate = validator()
    for (const line of lines) expect(validate('record.schema.json', JSON.parse(line))).toEqual([])
  })

  it('writes an empty records array when there is nothing to export', async () => {
    expect(JSON.parse(await exportJson([], 'json'))).toEqual({schemaVersion: SCHEMA_VERSION, records: []})
    expect(await exportJson([], 'jsonl')).toBe('')
  })

  it('is checked by a validator that does reject a wrong record (month 13, unknown field, bad date)', () => {
    const validate = validator()
    expect(validate('practice.schema.json', {...practice(), months: [13]})).not.toEqual([])
    expect(validate('practice.schema.json', {...practice(), extra: 1})).not.toEqual([])
    expect(validate('record.schema.json', {...allRecords()[5]!, date: '25/09/2024'})).not.toEqual([])
  })

  it('validates what `parse` prints for every sample against schemas/parse-output.schema.json', async () => {
    const documents = []
    for (const input of fixtureInputs()) documents.push(documentJson(await parseFixture(input)))
    expect(validator()('parse-output.schema.json', JSON.parse(JSON.stringify({schemaVersion: SCHEMA_VERSION, documents})))).toEqual([])
  })
})
