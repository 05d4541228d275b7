/**
 * The strongest check of both readers: the ficha booklet typeset with LibreOffice (tables for the
 * grids, checkbox glyphs of several kinds, running header and page-number footer) parses, as
 * .docx and as .pdf, into the same records as its text version, every field; only `source`
 * differs (line numbers of the read lines, and the page for the PDF).
 */
import {describe, expect, it} from 'vitest'
import type {AnyRecord} from '../../src/schema/records.js'
import {parseFixture} from '../helpers/parse.js'

const withoutSource = (records: AnyRecord[]) => records.map(({source: _source, ...rest}) => rest)

describe('the office booklet', async () => {
  const text = await parseFixture('fixtures/samples/ficha-sello-migrante-2023.txt')
  for (const ext of ['docx', 'pdf'] as const) {
    it(`.${ext} gives the text version's 7 practices, every field`, async () => {
      const result = await parseFixture(`fixtures/cases/ficha/office/booklet.${ext}`)
      expect(result.format).toBe('ficha')
      expect(result.records).toHaveLength(7)
      expect(withoutSource(result.records)).toEqual(withoutSource(text.records))
      expect(result.unmapped).toEqual([])
      expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
      for (const record of result.records) {
        if (ext === 'pdf') expect(record.source.page).toBeGreaterThanOrEqual(2)
        else expect(record.source).not.toHaveProperty('page')
      }
    })
  }
})
