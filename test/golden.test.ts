/**
 * Golden fixtures for every sample and case document, plus invariants checked on every output:
 * records pass their schema, ids are unique, every diagnostic points inside the file, and every
 * non-blank line is either placed or listed in `unmapped`.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentJson} from '../src/cli/commands/parse.js'
import {AnyRecord} from '../src/schema/zod.js'
import {expectedPath, fixtureInputs, matchGolden, ROOT} from './helpers/golden.js'
import {parseFixture, sourceLines} from './helpers/parse.js'

describe('golden fixtures', () => {
  for (const input of fixtureInputs()) {
    it(input, async () => {
      const result = await parseFixture(input)
      matchGolden(expectedPath(input), JSON.stringify(documentJson(result), null, 2) + '\n')

      // A .docx or .pdf is checked against the text lines it was read into.
      const lines = /\.(docx|pdf)$/.test(input) ? await sourceLines(input) : readFileSync(join(ROOT, input), 'utf8').split(/\r\n|\r|\n/)
      for (const record of result.records) expect(AnyRecord.safeParse(record).success).toBe(true)
      const ids = result.records.map((r) => r.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const d of result.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1)
        expect(d.endLine).toBeLessThanOrEqual(Math.max(1, lines.length))
        expect(d.endLine).toBeGreaterThanOrEqual(d.line)
      }
      for (const record of result.records) {
        expect(record.source.startLine).toBeLessThanOrEqual(record.source.endLine)
        expect(record.source.endLine).toBeLessThanOrEqual(lines.length)
      }
      expect(result.coverage.placed + result.unmapped.length).toBe(result.coverage.lines)
    })
  }
})
