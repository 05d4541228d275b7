/**
 * Parts of one large document parsed on other threads (`PartPool`, src/pipeline/stream.ts): the
 * results must be those of one thread, part by part, whichever thread parsed each part and in
 * whatever order they come back. Here the "other threads" are in-process, with the copy a
 * `postMessage` makes (structuredClone) and random delays; the real workers are driven by the CLI
 * tests (test/cli/jobs.test.ts).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {IdRegistry, parsePart, uniqueIds, type DocumentResult, type ParsedPart, type PartJob, type PartPool} from '../../src/pipeline/index.js'
import {processStream, type StreamLimits} from '../../src/pipeline/stream.js'
import {toCp1252} from '../helpers/encode.js'
import {ROOT} from '../helpers/golden.js'
import {factsheetFile} from '../helpers/round-trip.js'
import {carriedSlides} from '../helpers/slides.js'

const SMALL: StreamLimits = {partChars: 6_000, wholeBytes: 1 << 20, containerBytes: 1 << 20}
const fixture = (name: string) => readFileSync(join(ROOT, name))

/** Other threads, in this one: each part copied there and back, and answered after a random delay. */
class FakePool implements PartPool {
  taken = 0
  asked = 0
  private busy = 0

  constructor(private readonly size: number, private readonly fails: (n: number) => boolean = () => false) {}

  room(): number {
    this.asked++
    return this.size - this.busy
  }

  async parse(job: PartJob): Promise<ParsedPart> {
    const n = this.taken++
    this.busy++
    try {
      const copy = structuredClone(job)
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 8))
      if (this.fails(n)) throw new Error('worker stopped (exit code 1)')
      return structuredClone(await parsePart(copy))
    } finally {
      this.busy--
    }
  }
}

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

async function parts(path: string, bytes: Uint8Array, pool?: PartPool, infos = true, limits = SMALL): Promise<DocumentResult[]> {
  const ids = new IdRegistry()
  const out: DocumentResult[] = []
  for await (const part of processStream(path, chunksOf(bytes, 4096), {repair: true, infos}, limits, pool)) out.push(uniqueIds(part, ids))
  return out
}

/** The ficha sample three times, as a PDF-to-text file with page furniture every 45 lines. */
function pagedFichas(): Buffer {
  const lines = Buffer.concat(Array.from({length: 3}, () => fixture('fixtures/samples/ficha-sello-migrante-2023.txt'))).toString().split('\n')
  const paged: string[] = []
  lines.forEach((line, i) => {
    paged.push(line)
    if (i % 45 === 44) paged.push('', 'ACNUR · Sello Migrante', `Página ${(i + 1) / 45}`, '\fFichas de Buenas Prácticas 2023', '')
  })
  return Buffer.from(paged.join('\n'))
}

describe('parts of a large document parsed on other threads', () => {
  it('give the results of one thread, part by part (records, ids, diagnostics, lines, metadata, detection)', async () => {
    const bytes = pagedFichas()
    const one = await parts('big.txt', bytes)
    const pool = new FakePool(2)
    const shared = await parts('big.txt', bytes, pool)
    expect(one.length).toBeGreaterThan(5)
    expect(shared).toEqual(one)
    // Some parts went to the pool, and this thread parsed the others.
    expect(pool.taken).toBeGreaterThan(0)
    expect(pool.taken).toBeLessThan(one.length)
    expect(one[0]!.detection?.format).toBe('ficha')
    expect(one.at(-1)!.metadata.pageFurniture).toBeDefined()
    expect(one.flatMap((p) => p.records.map((r) => r.id))).toContain('puente-alto-operativos-interinstitucionales-en-asentamientos-precarios-3')
  })

  it('keep what reading reports with the part it comes with, and the infos counted only (Windows-1252, `infos: false`)', async () => {
    const bytes = toCp1252(pagedFichas().toString())
    for (const infos of [true, false]) {
      const one = await parts('cp.txt', bytes, undefined, infos)
      const shared = await parts('cp.txt', bytes, new FakePool(3), infos)
      expect(shared).toEqual(one)
      const decoding = (p: DocumentResult) => p.diagnostics.some((d) => d.rule === 'read/windows-1252') || (p.unlisted?.infos ?? 0) > 0
      // Decoding says once the file was read that it was Windows-1252: with the last part.
      expect(one.map(decoding)).toEqual([...one.slice(1).map(() => false), true])
    }
  })

  it('keep what reading reports before the first part is cut with the first part (UTF-16 without a byte-order mark)', async () => {
    const bytes = Buffer.from(pagedFichas().toString(), 'utf16le')
    const one = await parts('utf16.txt', bytes)
    expect(one[0]!.diagnostics.map((d) => d.rule)).toContain('read/utf-16')
    expect(await parts('utf16.txt', bytes, new FakePool(2))).toEqual(one)
  })

  it('are parsed here when their thread stops', async () => {
    const bytes = pagedFichas()
    const one = await parts('big.txt', bytes)
    const pool = new FakePool(2, (n) => n % 2 === 0)
    expect(await parts('big.txt', bytes, pool)).toEqual(one)
    expect(pool.taken).toBeGreaterThan(1)
  })

  it('of fact sheets give the results of one thread', async () => {
    const bytes = await factsheetFile(3)
    const one = await parts('sheets.md', bytes)
    const pool = new FakePool(1)
    expect(await parts('sheets.md', bytes, pool)).toEqual(one)
    expect(pool.taken).toBeGreaterThan(0)
  })

  it('of OCR slides give the results of one thread, each knowing what the parts before it printed', async () => {
    // The header's country printed only at the top, a name printed on its own only in the first part.
    const bytes = carriedSlides()
    const limits = {...SMALL, partChars: 2_000}
    const one = await parts('slides.txt', bytes, undefined, true, limits)
    expect(one.length).toBeGreaterThan(3)
    expect(one.at(-1)!.records.at(-1)).toMatchObject({title: 'PROGRAMA REGIONAL DE ACOGIDA', municipality: null, country: 'CL'})
    expect(one.at(-1)!.diagnostics.some((d) => d.rule === 'ocr/repair' && /Quilicura y/.test(d.message))).toBe(true)
    for (const size of [1, 3]) {
      const pool = new FakePool(size)
      expect(await parts('slides.txt', bytes, pool, true, limits)).toEqual(one)
      expect(pool.taken).toBeGreaterThan(0)
    }
  })
})
