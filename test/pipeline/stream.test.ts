/**
 * Large documents are read in chunks and parsed in parts (src/pipeline/stream.ts). With small
 * limits, a file made of the fixtures is cut into many parts: the parts together must give what
 * parsing the whole file gives — records, ids, diagnostics, unmapped lines and metadata.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentJson} from '../../src/cli/commands/parse.js'
import {compareDiagnostics} from '../../src/diagnostics/diagnostic.js'
import {IdRegistry, processWhole, uniqueIds, type DocumentResult} from '../../src/pipeline/index.js'
import {processStream, type StreamLimits} from '../../src/pipeline/stream.js'
import {ROOT} from '../helpers/golden.js'
import {factsheetFile} from '../helpers/round-trip.js'
import {carriedSlides} from '../helpers/slides.js'

const SMALL: StreamLimits = {partChars: 6_000, wholeBytes: 1 << 20, containerBytes: 1 << 20}

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

async function streamed(path: string, bytes: Uint8Array, limits = SMALL, chunk = 777): Promise<DocumentResult[]> {
  const ids = new IdRegistry()
  const parts: DocumentResult[] = []
  for await (const part of processStream(path, chunksOf(bytes, chunk), {repair: true}, limits)) parts.push(uniqueIds(part, ids))
  return parts
}

/** The parts of one document as one result, as `parse` writes it. */
function joined(parts: DocumentResult[]) {
  const last = parts.at(-1)!
  return {
    ...documentJson(last),
    records: parts.flatMap((p) => p.records),
    diagnostics: parts.flatMap((p) => p.diagnostics).sort(compareDiagnostics),
    unmapped: parts.flatMap((p) => p.unmapped),
  }
}

async function whole(path: string, bytes: Uint8Array) {
  return documentJson(uniqueIds(await processWhole(path, bytes, {repair: true}), new IdRegistry()))
}

const fixture = (name: string) => readFileSync(join(ROOT, name))

describe('a large document parsed in parts', () => {
  it('detects the format on its whole sample, not on the first part: the parts may be smaller', async () => {
    // Text no format claims, then the ficha sheets: the first 6,000 characters alone say nothing.
    const filler = Array.from({length: 300}, (_, i) => `Nota ${i + 1} sobre la reunión del comité vecinal`).join('\n')
    const sample = fixture('fixtures/samples/ficha-sello-migrante-2023.txt')
    const bytes = Buffer.concat([Buffer.from(filler + '\n\n'), sample, Buffer.from('\n'), sample])
    expect(filler.length).toBeGreaterThan(SMALL.partChars)
    const small = await streamed('late.txt', bytes, SMALL)
    expect(small[0]!.format).toBeNull()
    // Detection reads 20,000 characters, past the filler; the parts stay small.
    const parts = await streamed('late.txt', bytes, {...SMALL, detectChars: 20_000})
    expect(bytes.length).toBeGreaterThan(40_000)
    expect(parts.length).toBeGreaterThan(3)
    expect(parts[0]!.format).toBe('ficha')
    expect(parts[0]!.detection!.evidence).toContain('ficha: `Líneas Sello` section (+4)')
    expect(joined(parts)).toEqual(await whole('late.txt', bytes))
  })

  it('gives the records, ids, diagnostics and metadata of the whole ficha document', async () => {
    const sample = fixture('fixtures/samples/ficha-sello-migrante-2023.txt')
    const bytes = Buffer.concat([sample, Buffer.from('\n'), sample, Buffer.from('\r\n'), sample])
    const parts = await streamed('big.txt', bytes)
    expect(parts.length).toBeGreaterThan(3)
    expect(parts.slice(0, -1).every((p) => p.more === true)).toBe(true)
    expect(parts.at(-1)!.more).toBeUndefined()
    const expected = await whole('big.txt', bytes)
    expect(joined(parts)).toEqual(expected)
    expect(expected.records.map((r) => r.id)).toContain('puente-alto-operativos-interinstitucionales-en-asentamientos-precarios-3')
  })

  it('keeps page furniture across parts (page breaks, page numbers, running headers)', async () => {
    // The ficha sample three times as a PDF-to-text file: a running footer, a page number, a form
    // feed and a running header every 45 lines.
    const lines = Buffer.concat(Array.from({length: 3}, () => fixture('fixtures/samples/ficha-sello-migrante-2023.txt'))).toString().split('\n')
    const paged: string[] = []
    lines.forEach((line, i) => {
      paged.push(line)
      if (i % 45 === 44) paged.push('', 'ACNUR · Sello Migrante', `Página ${(i + 1) / 45}`, '\fFichas de Buenas Prácticas 2023', '')
    })
    const bytes = Buffer.from(paged.join('\n'))
    const parts = await streamed('pages.txt', bytes, {...SMALL, partChars: 12_000})
    expect(parts.length).toBeGreaterThan(3)
    const expected = await whole('pages.txt', bytes)
    expect((expected.metadata.pageFurniture as {runningHeaders: Array<{text: string}>}).runningHeaders.map((h) => h.text))
      .toEqual(['ACNUR · Sello Migrante', 'Fichas de Buenas Prácticas 2023'])
    expect(joined(parts)).toEqual(expected)
  })

  it('cuts a file of OCR slides between slides, carrying the header\'s country and the names printed so far', async () => {
    const bytes = carriedSlides()
    const parts = await streamed('slides.txt', bytes, {...SMALL, partChars: 5_000})
    expect(parts.length).toBeGreaterThan(3)
    expect(parts.slice(1).some((p) => p.records.length > 0 && (p.metadata.pageHeader === undefined))).toBe(true)
    const expected = await whole('slides.txt', bytes)
    expect(joined(parts)).toEqual(expected)
    expect(expected.records.length).toBe(14)
    expect(expected.records.at(-1)).toMatchObject({title: 'PROGRAMA REGIONAL DE ACOGIDA', municipality: null, country: 'CL'})
    expect(expected.diagnostics.some((d) => d.rule === 'ocr/repair' && /Quilicura y/.test(d.message))).toBe(true)
    expect((expected.metadata.pageHeader as {lines: number[]}).lines).toEqual([1, 2, 59, 60])
    // A caller that does not read metadata (JSONL, CSV) gets each part's own: nothing is gathered.
    const ids = new IdRegistry()
    const lean: DocumentResult[] = []
    for await (const part of processStream('slides.txt', chunksOf(bytes, 777), {repair: true, metadata: false}, {...SMALL, partChars: 5_000})) lean.push(uniqueIds(part, ids))
    expect(lean.flatMap((p) => p.records)).toEqual(joined(parts).records)
    const slides = (p: DocumentResult) => (p.metadata.slides as unknown[] | undefined)?.length ?? 0
    expect(slides(lean.at(-1)!)).toBeLessThan(slides(parts.at(-1)!))
    expect(lean.reduce((n, p) => n + slides(p), 0)).toBe(slides(parts.at(-1)!))
  })

  it('counts infos without keeping them for a caller that lists none (`infos: false`), whole or in parts', async () => {
    const sample = fixture('fixtures/samples/gobernanza-minrel-slides.txt')
    const bytes = Buffer.concat([sample, Buffer.from('\n'), sample])
    const full = await streamed('slides.txt', bytes, {...SMALL, partChars: 5_000})
    const ids = new IdRegistry()
    const lean: DocumentResult[] = []
    for await (const part of processStream('slides.txt', chunksOf(bytes, 777), {repair: true, infos: false}, {...SMALL, partChars: 5_000})) lean.push(uniqueIds(part, ids))
    const infos = full.flatMap((p) => p.diagnostics).filter((d) => d.severity === 'info')
    expect(infos.length).toBeGreaterThan(50)
    expect(lean.map((p) => p.diagnostics)).toEqual(full.map((p) => p.diagnostics.filter((d) => d.severity !== 'info')))
    expect(lean.map((p) => p.unlisted?.infos ?? 0)).toEqual(full.map((p) => p.diagnostics.filter((d) => d.severity === 'info').length))
    expect(lean.flatMap((p) => p.records)).toEqual(full.flatMap((p) => p.records))
    // Only the lines of the diagnostics kept stay with each part.
    expect(lean.reduce((n, p) => n + Object.keys(p.lines ?? []).length, 0)).toBeLessThan(full.reduce((n, p) => n + Object.keys(p.lines ?? []).length, 0))
    const one = await processWhole('slides.txt', sample, {repair: true, infos: false})
    expect(one.unlisted?.infos).toBe((await processWhole('slides.txt', sample, {repair: true})).diagnostics.filter((d) => d.severity === 'info').length)
  })

  it('cuts a file of fact sheets between sheets', async () => {
    const bytes = await factsheetFile(3)
    const parts = await streamed('sheets.md', bytes, {...SMALL, partChars: 4_000})
    expect(parts.length).toBeGreaterThan(2)
    expect(joined(parts)).toEqual(await whole('sheets.md', bytes))
  })

  it('reads JSONL in parts, a record a line, and keeps each line\'s problems at its line', async () => {
    const record = JSON.stringify({...JSON.parse(readFileSync(join(ROOT, 'fixtures/expected/samples/ficha-sello-migrante-2023.json'), 'utf8')).records[0]})
    const lines = Array.from({length: 60}, (_, i) => (i === 37 ? '{"broken": ' : record))
    const bytes = Buffer.from(lines.join('\n') + '\n')
    const parts = await streamed('records.jsonl', bytes, {...SMALL, partChars: 8_000})
    expect(parts.length).toBeGreaterThan(2)
    expect(joined(parts)).toEqual(await whole('records.jsonl', bytes))
    expect(joined(parts).diagnostics.find((d) => d.rule === 'json/syntax')?.line).toBe(38)
  })

  it('parses a format without parts whole, and refuses one over the limit with `read/too-large`', async () => {
    const sample = fixture('fixtures/samples/pmm-handbook-oim.txt')
    const parts = await streamed('pmm.txt', sample)
    expect(parts).toHaveLength(1)
    expect(joined(parts)).toEqual(await whole('pmm.txt', sample))
    const refused = await streamed('pmm.txt', sample, {...SMALL, wholeBytes: 10_000})
    expect(refused).toHaveLength(1)
    expect(refused[0]!.records).toEqual([])
    expect(refused[0]!.diagnostics).toMatchObject([{rule: 'read/too-large', severity: 'error'}])
    expect(refused[0]!.diagnostics[0]!.message).toMatch(/^Unexpected document over 0\.009\d* MB of format `pmm`, which is parsed whole/)
  })

  it('decodes chunk after chunk as the whole file: CRLF and multi-byte characters cut between chunks, Windows-1252 lines', async () => {
    const text = Buffer.concat([
      Buffer.from('Año ✓ línea\r\n'.repeat(300)),
      Buffer.from([0x41, 0xf1, 0x6f, 0x0d, 0x0a]), // "Año" in Windows-1252
      Buffer.from('último\rfin\n'.repeat(300)),
    ])
    for (const chunk of [1, 2, 3, 5, 64, 4096]) {
      const parts = await streamed('x.txt', text, SMALL, chunk)
      const expected = await whole('x.txt', text)
      expect(joined(parts).diagnostics, `chunk ${chunk}`).toEqual(expected.diagnostics)
      expect(joined(parts).unmapped.length, `chunk ${chunk}`).toBe(expected.unmapped.length)
    }
  })

  it('reports a NUL byte met after the first chunk, keeping what came before', async () => {
    const sample = fixture('fixtures/samples/ficha-sello-migrante-2023.txt')
    const bytes = Buffer.concat([sample, sample, Buffer.from([0x00, 0x01]), sample])
    const parts = await streamed('nul.txt', bytes, SMALL, 4096)
    const all = joined(parts)
    expect(all.records.length).toBeGreaterThan(0)
    expect(all.diagnostics.find((d) => d.rule === 'read/binary')?.message).toMatch(/^Unexpected binary content \(NUL byte at offset \d+\), expected a text document; the file was read up to line \d+$/)
  })

  it('lists every non-blank line of a large document of unknown format as unmapped, part by part', async () => {
    const bytes = Buffer.from(Array.from({length: 3_000}, (_, i) => (i % 7 === 0 ? '' : `Línea ${i} de un texto sin formato conocido`)).join('\n'))
    const parts = await streamed('prose.txt', bytes)
    expect(parts.length).toBeGreaterThan(3)
    const expected = await whole('prose.txt', bytes)
    expect(expected.unmapped).toHaveLength(3_000 - Math.ceil(3_000 / 7))
    expect(expected.unmapped[0]).toEqual({line: 2, text: 'Línea 1 de un texto sin formato conocido'})
    expect(joined(parts)).toEqual(expected)
    expect(parts.flatMap((p) => p.diagnostics).map((d) => d.rule)).toEqual(['format/unknown'])
    expect(parts.reduce((n, p) => n + p.coverage.lines, 0)).toBe(expected.unmapped.length)
  })

  it('says an empty or blank large input is empty', async () => {
    const parts = await streamed('blank.txt', Buffer.from(' \n'.repeat(10_000)))
    expect(parts).toHaveLength(1)
    expect(parts[0]!.diagnostics.map((d) => d.rule)).toEqual(['read/empty'])
  })
})
