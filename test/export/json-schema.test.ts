/**
 * The JSON Schema files as a strict validator and an editor see them: absolute `$id`s (no base
 * URI needed), a title and description on every schema, a description on every property, and
 * ajv's strict mode (draft 2020-12) compiling all of them with their `$ref`s resolved.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {jsonSchemas, SCHEMA_BASE_URI, SCHEMA_FILES} from '../../src/export/json-schema.js'
import {SCHEMA_VERSION} from '../../src/schema/records.js'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'
import {allRecords} from './fixtures.js'

type Schema = Record<string, unknown>
const committed = (): Schema[] => SCHEMA_FILES.map((file) => JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) as Schema)

function strictAjv() {
  const ajv = new Ajv2020.default({strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true})
  addFormats.default(ajv)
  return ajv
}

/** `path` of every property (at any depth, through arrays, unions and records) without a description. */
function undescribed(schema: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(schema)) schema.forEach((s, i) => undescribed(s, `${path}[${i}]`, out))
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema as Schema)) {
      if (key !== 'properties') { undescribed(value, `${path}/${key}`, out); continue }
      for (const [name, property] of Object.entries(value as Schema)) {
        if (typeof (property as Schema).description !== 'string') out.push(`${path}.${name}`)
        undescribed(property, `${path}.${name}`, out)
      }
    }
  }
  return out
}

describe('schemas/ for strict validators and editors', () => {
  it('gives every schema an absolute $id under the versioned base, a title and a description', () => {
    expect(SCHEMA_BASE_URI).toBe(`https://practices.invalid/schemas/${SCHEMA_VERSION}/`)
    for (const [i, schema] of committed().entries()) {
      expect(schema.$id).toBe(`${SCHEMA_BASE_URI}${SCHEMA_FILES[i]}`)
      expect(new URL(schema.$id as string).protocol).toBe('https:')
      expect(schema.title, SCHEMA_FILES[i]).toEqual(expect.any(String))
      expect((schema.description as string).length, SCHEMA_FILES[i]).toBeGreaterThan(20)
    }
  })

  it('describes every property of every schema', () => {
    for (const [i, schema] of committed().entries()) expect(undescribed(schema), SCHEMA_FILES[i]).toEqual([])
    const practice = committed()[0]!.properties as Record<string, Schema>
    expect(Object.keys(practice).length).toBeGreaterThanOrEqual(29)
    expect(practice.municipality!.description).toBe('The municipality that runs the practice (`MUNICIPALIDAD`).')
  })

  it('the check finds an undescribed property (it can fail)', () => {
    expect(undescribed({properties: {a: {description: 'x', type: 'object', properties: {b: {type: 'string'}}}}})).toEqual(['.a.b'])
  })

  it('compiles in ajv strict mode (draft 2020-12) with no base URI, and validates exported records', () => {
    const ajv = strictAjv()
    for (const schema of committed()) ajv.addSchema(schema)
    for (const file of SCHEMA_FILES) expect(() => ajv.getSchema(`${SCHEMA_BASE_URI}${file}`), file).not.toThrow()
    const exported = ajv.getSchema(`${SCHEMA_BASE_URI}export.schema.json`)!
    expect(exported({schemaVersion: SCHEMA_VERSION, records: allRecords()}), JSON.stringify(exported.errors)).toBe(true)
    expect(exported({schemaVersion: SCHEMA_VERSION, records: [{...allRecords()[0], months: [13]}]})).toBe(false)
  })

  it('`practices schema --base-uri` puts the $ids where a project serves them; the relative $refs follow', async () => {
    const base = 'https://data.example.org/practices/schemas/1.0.0/'
    const schemas = [...jsonSchemas(base).values()].map((text) => JSON.parse(text) as Schema)
    expect(schemas.map((s) => s.$id)).toEqual(SCHEMA_FILES.map((file) => `${base}${file}`))
    const ajv = strictAjv()
    for (const schema of schemas) ajv.addSchema(schema)
    expect(ajv.getSchema(`${base}record.schema.json`)!(allRecords()[0])).toBe(true)
    expect((await cli(['schema', '--base-uri', 'schemas/', '--out', '/nonexistent'])).code).toBe(2)
    expect((await cli(['schema', '--base-uri', 'https://example.org/no-slash', '--out', '/nonexistent'])).code).toBe(2)
  })
})
