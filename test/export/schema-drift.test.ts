import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {jsonSchemas, SCHEMA_FILES} from '../../src/export/json-schema.js'
import {ROOT} from '../helpers/golden.js'

describe('schemas/', () => {
  it('matches the JSON Schema generated from the zod schemas (run `practices schema --out schemas/` after changing them)', () => {
    const dir = join(ROOT, 'schemas')
    expect(readdirSync(dir).sort()).toEqual([...SCHEMA_FILES].sort())
    for (const [name, text] of jsonSchemas()) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text)
  })
})
