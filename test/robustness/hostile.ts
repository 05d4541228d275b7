/**
 * Hostile inputs for the robustness properties: the samples of every format, mutated (fast-check
 * arbitraries); runs of one token and deep nesting put inside a sample; the invariants every
 * parse must keep; and a cost measure that compares two sizes in one run (never a wall-clock
 * limit).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import fc from 'fast-check'
import {expect} from 'vitest'
import {documentJson} from '../../src/cli/commands/parse.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {IdRegistry, processBytes, readSource, type DocumentResult} from '../../src/pipeline/index.js'
import {AnyRecord} from '../../src/schema/zod.js'
import {ROOT} from '../helpers/golden.js'

export interface Sample {
  format: string
  /** The file name a document of this format is parsed under. */
  name: string
  text: string
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

/** One document of every format, plus what `parse` writes (JSON, JSONL) to read back. */
export const SAMPLES: readonly Sample[] = [
  {format: 'ficha', name: 'ficha.txt', text: read('fixtures/samples/ficha-sello-migrante-2023.txt')},
  {format: 'gobernanza', name: 'slides.txt', text: read('fixtures/samples/gobernanza-minrel-slides.txt')},
  {format: 'pmm', name: 'pmm.txt', text: read('fixtures/samples/pmm-handbook-oim.txt')},
  {format: 'solidarias', name: 'news.txt', text: read('fixtures/samples/solidarias-acnur-chile-2023.txt')},
  {format: 'solidarias', name: 'news-gt.txt', text: read('fixtures/samples/solidarias-minex-guatemala-2024.txt')},
  {format: 'solidarias', name: 'news-pt.txt', text: read('fixtures/cases/solidarias/pt-acnur-cidades-solidarias-dateline.txt')},
  {format: 'solidarias', name: 'news-sello.txt', text: read('fixtures/cases/solidarias/es-sello-migrante-recibio.txt')},
  {format: 'catalog', name: 'page.txt', text: read('fixtures/cases/catalog/hub-practice-es.txt')},
  {format: 'catalog', name: 'page-en.txt', text: read('fixtures/cases/catalog/city-network-sheet-en.txt')},
  {format: 'catalog', name: 'form.txt', text: read('fixtures/cases/catalog/pledge-form-table-es.txt')},
  {format: 'factsheet', name: 'sheet.md', text: read('fixtures/expected/export/md/puente-alto-operativos-interinstitucionales-en-asentamientos-precarios.md')},
]

export const sample = (format: string): Sample => SAMPLES.find((s) => s.format === format)!

/** `text` with `run` as a line of its own after 40% of its lines. */
export function insertLine(text: string, run: string): string {
  const lines = text.split('\n')
  const at = Math.floor(lines.length * 0.4)
  return [...lines.slice(0, at), '', run, '', ...lines.slice(at)].join('\n')
}

/** `text` with `token` repeated after each of its non-blank lines (then `x`), `n` characters in all: a run in every field. */
export function appendToLines(text: string, token: string, n: number): string {
  const lines = text.split('\n')
  const each = Math.ceil(n / token.length / Math.max(1, lines.filter((l) => l.trim()).length))
  return lines.map((line) => (line.trim() ? `${line} ${token.repeat(each)}x` : line)).join('\n')
}

/** A PMM handbook whose first objective's third cell is `cell`. */
export function pmmWithCell(cell: string): string {
  return sample('pmm').text.replace(/^( <p>1 DATOS<\/p> <p>[^\n]*?<\/p>\t<p>[^\n]*?<\/p>\t)[^\n]*$/m, (_, head: string) => head + cell)
}

/** A fact sheet with `body` as a section of its own. */
export function factsheetWith(body: string, heading = '## Breve descripción'): string {
  return sample('factsheet').text.replace('## Forma de financiamiento', `${heading}\n\n${body}\n\n## Forma de financiamiento`)
}

/** Tokens that open or close syntax in some format, or feed a construct (numbers, dates, labels). */
export const TOKENS = [
  ' ', '\t', 'a', 'palabra ', '# ', '## x ', '- ', '* ', '> ', '1. ', '**', '*a ', '_a ', '~~', '`', '[', '[a](', '[a][b', '![a', '<', '<p>', '</p>',
  '<div>', '<ol><li>', '<span>', '<input ', '<!-- ', '&amp;', '\\', '|', ':', '. ', '..', '(', '✓', '☐ ', '■ ', '1 ', '1.000 ', '5 y ', '5 de diciembre de ',
  'cuatro mil ', 'mil ', 'y ', 'de ', 'más de ', 'Municipalidad ', 'Año de inicio ', 'Descripción: ', 'OBJETIVO 1 ', 'Enero\t', 'https://a.b/ ', 'www.a.com ',
  'andnima ', 'N© ', 'Ciudades Solidarias ', '6 Convenios ', 'ñ', '\u00a0', '\u200b', '😀', 'AB ',
  // Portuguese and English news and practice-repository pages.
  'duas ', 'milhões ', 'municípios ', '12 May 2023 ', 'Objective 1, ', '15 - ', 'SDG 10.7 ', 'Country: ', 'Partners: ', 'Municipalidad de Quito ',
  'firmó ', '«', 'Chile, ', 'en Chile ', '(Perú) ',
] as const

/** One edit of a document. */
type Edit =
  | {kind: 'insert'; at: number; text: string}
  | {kind: 'delete'; at: number; length: number}
  | {kind: 'duplicate-lines'; at: number; count: number}
  | {kind: 'drop-lines'; at: number; count: number}
  | {kind: 'truncate'; at: number}

const text = fc.oneof(
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 40}),
  fc.tuple(fc.constantFrom(...TOKENS), fc.integer({min: 1, max: 300})).map(([token, n]) => token.repeat(n)),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\t', '\f', '\u0000', '\ufeff', '\u2028', '<!-- practices:factsheet v1 practice -->\n', 'MUNICIPALIDAD\n', '## Categoría\n'),
)
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text}),
  fc.record({kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({min: 1, max: 400})}),
  fc.record({kind: fc.constant('duplicate-lines' as const), at: fc.nat(), count: fc.integer({min: 1, max: 30})}),
  fc.record({kind: fc.constant('drop-lines' as const), at: fc.nat(), count: fc.integer({min: 1, max: 30})}),
  fc.record({kind: fc.constant('truncate' as const), at: fc.nat()}),
)

function apply(source: string, edits: readonly Edit[]): string {
  let out = source
  for (const e of edits) {
    if (e.kind === 'insert') { const at = e.at % (out.length + 1); out = out.slice(0, at) + e.text + out.slice(at) }
    else if (e.kind === 'delete') { const at = e.at % (out.length + 1); out = out.slice(0, at) + out.slice(at + e.length) }
    else if (e.kind === 'truncate') out = out.slice(0, e.at % (out.length + 1))
    else {
      const lines = out.split('\n')
      const at = e.at % (lines.length + 1)
      if (e.kind === 'duplicate-lines') lines.splice(at, 0, ...lines.slice(at, at + e.count))
      else lines.splice(at, e.count)
      out = lines.join('\n')
    }
  }
  return out
}

/** A sample of any format with a few edits: inserted text or runs of syntax, cuts, repeated or dropped lines. */
export const mutatedSample: fc.Arbitrary<{name: string; text: string}> = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.array(edit, {minLength: 1, maxLength: 6}))
  .map(([s, edits]) => ({name: s.name, text: apply(s.text, edits)}))

/** The lines the pipeline read of each parsed input (a result keeps only the lines it shows). */
const decodedLines = new WeakMap<DocumentResult, readonly string[]>()

export async function parse(name: string, text: string | Uint8Array, ids = new IdRegistry()): Promise<DocumentResult> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const result = await processBytes(name, bytes, {repair: true}, ids)
  const decoded = await readSource(name, bytes, new Messages(name))
  if (decoded.ok) decodedLines.set(result, decoded.doc.lines)
  return result
}

/**
 * What every parse keeps, whatever the input: no crash, every diagnostic inside the file (lines
 * and columns), every non-blank line placed or listed in `unmapped`, valid records, unique ids,
 * and a `parse` output that is valid JSON.
 */
export function expectInvariants(result: DocumentResult, input?: string | Uint8Array): void {
  const crash = result.diagnostics.find((d) => d.rule === 'internal/crash')
  expect(crash?.message, 'internal/crash').toBeUndefined()
  // A file rejected before decoding (empty, binary) has no lines of its own: its text's lines.
  const raw = typeof input === 'string' ? input : input ? new TextDecoder().decode(input) : ''
  const doc = decodedLines.get(result)
  const lines = doc ?? raw.split(/\r\n|\r|\n/)
  for (const d of result.diagnostics) {
    const where = `${d.rule} at ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`
    expect(d.line, where).toBeGreaterThanOrEqual(1)
    expect(d.endLine, where).toBeGreaterThanOrEqual(d.line)
    expect(d.endLine, where).toBeLessThanOrEqual(Math.max(1, lines.length))
    expect(d.column, where).toBeGreaterThanOrEqual(1)
    if (d.line === d.endLine) expect(d.endColumn, where).toBeGreaterThanOrEqual(d.column)
    if (doc) {
      expect(d.column, where).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1)
      expect(d.endColumn, where).toBeLessThanOrEqual(lines[d.endLine - 1]!.length + 1)
    }
  }
  if (doc && result.metadata.input !== 'json') {
    const nonBlank = lines.filter((line) => /\S/.test(line)).length
    expect(result.coverage.lines, 'non-blank lines').toBe(nonBlank)
    expect(result.coverage.placed + result.unmapped.length, 'placed + unmapped').toBe(result.coverage.lines)
    for (const u of result.unmapped) expect(u.text).toBe(lines[u.line - 1])
  }
  for (const record of result.records) {
    expect(AnyRecord.safeParse(record).success, `record ${record.id}`).toBe(true)
    expect(record.source.startLine).toBeLessThanOrEqual(record.source.endLine)
  }
  const ids = result.records.map((r) => r.id)
  expect(new Set(ids).size, 'unique ids').toBe(ids.length)
  expect(() => JSON.parse(JSON.stringify(documentJson(result)))).not.toThrow()
}

/** The larger size is this many times the smaller. */
export const GROWTH = 8

/** A full garbage collection, so that each measured run starts from the same heap. */
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

/** CPU milliseconds of this process (not wall time: the machine may be busy with other work). */
function cpuMs(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * How the cost of a run grows: the CPU time to parse `build(n)` over `build(0)`, at a size `n`
 * large enough to measure and at `8 n`, each the fastest of `runs` interleaved runs, each run
 * after a full garbage collection. A linear cost gives ~8, a quadratic one ~64 (a quadratic
 * part under a linear one, less). Returns the ratio and what it was computed from.
 */
export async function growth(build: (n: number) => [name: string, text: string], runs = 2): Promise<{ratio: number; n: number; base: number; small: number; large: number}> {
  const time = async (n: number) => {
    const [name, text] = build(n)
    const bytes = new TextEncoder().encode(text)
    collectGarbage()
    const start = cpuMs()
    const result = await processBytes(name, bytes, {repair: true}, new IdRegistry())
    const ms = cpuMs() - start
    expectInvariants(result, text)
    return ms
  }
  await time(8000) // loads the format's parser and the libraries a run may need
  const fastest = async (n: number) => { let best = Infinity; for (let i = 0; i < runs; i++) best = Math.min(best, await time(n)); return best }
  const base = await fastest(0)
  // Large enough that the run, not the sample around it, is what is measured.
  let n = 8000, small = await fastest(n)
  while (small - base < 100 && n < 64_000) small = await fastest(n *= 2)
  let large = Infinity
  for (let i = 0; i < runs; i++) {
    large = Math.min(large, await time(GROWTH * n))
    small = Math.min(small, await time(n))
  }
  return {ratio: (large - base) / Math.max(small - base, 20), n, base, small, large}
}
