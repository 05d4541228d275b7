/**
 * A fact sheet is itself a valid submission format: every record of the seeds, written as a fact
 * sheet (`export --format md`) and parsed back (`factsheet` format), is the same record, and
 * validate gives the fact sheet the same verdict as the original document.
 */
import {describe, expect, it} from 'vitest'
import {renderFactsheet} from '../../src/export/markdown.js'
import {withOrigin} from '../helpers/round-trip.js'
import {IdRegistry, processBytes, type DocumentResult} from '../../src/pipeline/index.js'
import type {AnyRecord} from '../../src/schema/records.js'
import {checkDocument, RULES} from '../../src/validate/index.js'
import {fixtureInputs} from '../helpers/golden.js'
import {parseFixture} from '../helpers/parse.js'

const SEEDS = fixtureInputs().filter((path) => path.startsWith('fixtures/samples/'))
const OWN_RULES = new Set<string>(RULES.map((rule) => rule.id))

/**
 * The errors validate rules find in one record. (Warnings may differ by layout: a sheet's empty
 * section is `validate/empty-section`, and a fact sheet leaves that section out.)
 */
function verdict(result: DocumentResult, record: AnyRecord): string[] {
  const only = {...result, records: [record]}
  const span = record.source.path === result.path ? [record.source.startLine, record.source.endLine] : [1, Infinity]
  return checkDocument(only).diagnostics
    .filter((d) => OWN_RULES.has(d.rule) && d.severity === 'error' && d.line >= span[0]! && d.line <= span[1]!)
    .map((d) => d.rule)
}

async function factsheetOf(record: AnyRecord): Promise<DocumentResult> {
  const markdown = await renderFactsheet(record)
  return processBytes(`${record.id}.md`, new TextEncoder().encode(markdown), {repair: true}, new IdRegistry())
}

describe('round trip: seed → fact sheet → parse', () => {
  for (const seed of SEEDS) {
    describe(seed, () => {
      it('every practice comes back as the same record, with the same validate verdict', async () => {
        const original = await parseFixture(seed)
        const practices = original.records.filter((r) => r.type === 'practice')
        for (const record of practices) {
          const sheet = await factsheetOf(record)
          expect(sheet.format).toBe('factsheet')
          expect(sheet.records).toHaveLength(1)
          expect(withOrigin(sheet.records[0]!, sheet.metadata)).toEqual(record)
          expect(sheet.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
          expect(verdict(sheet, sheet.records[0]!)).toEqual(verdict(original, record))
        }
      })

      it('every other record (PMM objective, network report) comes back the same', async () => {
        const original = await parseFixture(seed)
        for (const record of original.records.filter((r) => r.type !== 'practice')) {
          const sheet = await factsheetOf(record)
          expect(sheet.records.map((r) => withOrigin(r, sheet.metadata))).toEqual([record])
        }
      })
    })
  }

  it('covers the practices of the ficha seed (the test has something to check)', async () => {
    const ficha = await parseFixture('fixtures/samples/ficha-sello-migrante-2023.txt')
    expect(ficha.records.filter((r) => r.type === 'practice').length).toBeGreaterThanOrEqual(7)
  })
})

describe('round trip: a folder of fact sheets written by `export --format md`', () => {
  it('parses back to the same records: linked sources and objectives, objective sheets listing their practices', async () => {
    const {mkdtempSync, readdirSync, readFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const {MarkdownExport} = await import('../../src/export/markdown.js')
    const ids = new IdRegistry()
    const records: AnyRecord[] = []
    for (const seed of SEEDS) records.push(...(await processBytes(seed, readFileSync(seed), {repair: true}, ids)).records)
    const dir = mkdtempSync(join(tmpdir(), 'practices-md-round-'))
    const md = new MarkdownExport(dir)
    for (const record of records) await md.add(record)
    await md.finish()
    const objective = readFileSync(join(dir, 'pmm-objective-17.md'), 'utf8')
    expect(objective).toMatch(/## Prácticas que citan este objetivo\n\n- \[El balón no tiene fronteras[^\]]*\]\(el-balon-[^)]+\.md\)/)
    const back: AnyRecord[] = []
    for (const file of readdirSync(dir).filter((f) => f !== 'index.md')) {
      const result = await processBytes(join(dir, file), readFileSync(join(dir, file)), {repair: true}, new IdRegistry())
      expect({file, problems: result.diagnostics.filter((d) => d.severity !== 'info'), unmapped: result.unmapped}).toEqual({file, problems: [], unmapped: []})
      back.push(...result.records.map((r) => withOrigin(r, result.metadata)))
    }
    const byId = (list: AnyRecord[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(back)).toEqual(byId(records))
  })
})
