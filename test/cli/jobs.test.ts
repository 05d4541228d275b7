/**
 * `--jobs N` runs the built worker, so these tests drive the real binary (`npm test` builds
 * first). Its output must be the one thread's, byte for byte, for every input: records, ids
 * (a repeated practice gets the same suffix), diagnostics, unmapped lines, metadata.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixtureInputs, ROOT} from '../helpers/golden.js'
import {carriedSlides} from '../helpers/slides.js'

const bin = join(ROOT, 'bin/practices.js')
const FICHA = join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt')

/** `practices parse DIR --format json` with `jobs` threads: stdout and exit code (1 is expected with bad inputs). */
function parse(dir: string, jobs: number): {stdout: string; code: number} {
  try {
    return {stdout: execFileSync(process.execPath, [bin, 'parse', dir, '--quiet', '--jobs', String(jobs)], {encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore']}), code: 0}
  } catch (error) {
    const e = error as {stdout: string; status: number}
    return {stdout: e.stdout, code: e.status}
  }
}

describe('--jobs', () => {
  it('gives the same output, in the same order, as one thread, with ids unique across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-'))
    for (const file of readdirSync(join(ROOT, 'fixtures/samples'))) copyFileSync(join(ROOT, 'fixtures/samples', file), join(dir, file))
    copyFileSync(FICHA, join(dir, 'zz-copy.txt'))
    const one = execFileSync(process.execPath, [bin, 'parse', dir, '--format', 'jsonl', '--quiet'], {encoding: 'utf8'})
    const two = execFileSync(process.execPath, [bin, 'parse', dir, '--format', 'jsonl', '--quiet', '--jobs', '2'], {encoding: 'utf8'})
    expect(two).toBe(one)
    const ids = two.trim().split('\n').map((line) => JSON.parse(line).id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('puente-alto-operativos-interinstitucionales-en-asentamientos-precarios-2')
  }, 120_000)

  it('lists and counts the same diagnostics on stderr as one thread: a worker sends back only those listed, and the count of the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-'))
    for (const file of readdirSync(join(ROOT, 'fixtures/samples'))) copyFileSync(join(ROOT, 'fixtures/samples', file), join(dir, file))
    copyFileSync(FICHA, join(dir, 'zz-copy.txt'))
    // Records read back from JSON: their repeats are reported at their `id` values.
    writeFileSync(join(dir, 'zz-records.json'), execFileSync(process.execPath, [bin, 'parse', FICHA, '--quiet'], {encoding: 'utf8'}))
    const out = mkdtempSync(join(tmpdir(), 'practices-jobs-out-'))
    const stderr = (args: string[]) => spawnSync(process.execPath, [bin, ...args, '--out', join(out, args[0]!)], {encoding: 'utf8'}).stderr
    for (const args of [['parse', dir, '--format', 'jsonl'], ['export', dir, '--format', 'csv'], ['parse', dir, '--format', 'jsonl', '--verbose'], ['parse', dir, '--format', 'jsonl', '--quiet']]) {
      const one = stderr(args)
      expect(stderr([...args, '--jobs', '2'])).toBe(one)
      // The infos are found, and counted in the total whether they are listed or not (the total
      // is printed when something was listed: not with --quiet, where nothing here is an error).
      if (args.includes('--quiet')) expect(one).toBe('')
      else expect(one).toMatch(/[1-9]\d* infos? in 7 files/)
      // A repeat found on this thread shows the line it points at, whichever thread read it.
      if (!args.includes('--quiet')) expect(one).toMatch(/zz-copy\.txt:13:1: warning Unexpected repeated practice[^\n]*\n {2}13 \| Operativos/)
      if (!args.includes('--quiet')) expect(one).toMatch(/zz-records\.json:\d+:\d+: warning Unexpected repeated practice[^\n]*\n {2}\d+ \| +"id": "puente-alto/)
    }
  }, 120_000)

  it('parses the parts of one large file on several threads with the output and diagnostics of one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-large-'))
    // ~3 MB of sheets (read in parts of ~1 MB), with a repeated practice and a sheet without its
    // description, in Windows-1252 after the first part (decoding says so with the last part).
    const sample = readFileSync(FICHA, 'utf8')
    const broken = sample.replace(/Breve descripción[^]*?(?=\n\S+:?\n)/, '')
    const text = [...Array.from({length: 60}, () => sample), broken, ...Array.from({length: 60}, () => sample)].join('\n')
    const big = join(dir, 'big.txt')
    writeFileSync(big, Buffer.concat([Buffer.from(text.slice(0, 1_500_000)), Buffer.from(text.slice(1_500_000), 'latin1')]))
    const out = mkdtempSync(join(tmpdir(), 'practices-jobs-large-out-'))
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', maxBuffer: 1 << 28})
      return {status: result.status, stdout: result.stdout, stderr: result.stderr}
    }
    for (const args of [['parse', big], ['parse', big, '--format', 'jsonl', '--verbose'], ['validate', big], ['export', big, '--format', 'csv', '--out', out]]) {
      const one = run([...args, '--jobs', '1'])
      const two = run([...args, '--jobs', '2'])
      expect(two).toEqual(one)
      if (args[0] === 'export') expect(readdirSync(out).length).toBeGreaterThan(3)
    }
    const records = JSON.parse(run(['parse', big, '--jobs', '2']).stdout).documents[0].records
    expect(records.length).toBeGreaterThan(100 * 7)
    expect(records.map((r: {id: string}) => r.id)).toContain('puente-alto-operativos-interinstitucionales-en-asentamientos-precarios-120')
    expect(run(['parse', big, '--format', 'jsonl', '--verbose', '--jobs', '2']).stderr).toMatch(/read\/windows-1252/)
  }, 120_000)

  it('parses the parts of one large file of OCR slides on several threads, each knowing what the parts before it printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-slides-'))
    // ~1.3 MB: the header's country printed only at the top, and a name glued to `y` at the end
    // that is printed on its own only in the first part.
    const slides = carriedSlides().toString()
    const [head, rest] = [slides.slice(0, slides.indexOf('PROGRAMA DE ACOGIDA EN LA COMUNA')), slides.slice(slides.indexOf('PROGRAMA DE ACOGIDA EN LA COMUNA'))]
    const middle = head.split('\n').filter((line) => !/BUENAS PRACTICAS|GOBERNANZA MIGRATORIA/.test(line)).join('\n')
    const big = join(dir, 'slides.txt')
    writeFileSync(big, [head, ...Array.from({length: 70}, () => middle), rest].join('\n'))
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', maxBuffer: 1 << 28})
      return {status: result.status, stdout: result.stdout, stderr: result.stderr}
    }
    for (const args of [['parse', big, '--format', 'jsonl', '--verbose'], ['validate', big]]) expect(run([...args, '--jobs', '2'])).toEqual(run([...args, '--jobs', '1']))
    const lines = run(['parse', big, '--format', 'jsonl', '--verbose', '--jobs', '2'])
    expect(JSON.parse(lines.stdout.trim().split('\n').at(-1)!)).toMatchObject({title: 'PROGRAMA REGIONAL DE ACOGIDA', country: 'CL'})
    expect(lines.stderr).toMatch(/Quilicura y/)
  }, 120_000)

  it('numbers a practice repeated inside one file and across files as one thread does (`-4`, never `-2-2`), with the same diagnostics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-'))
    const sheet = readFileSync(join(ROOT, 'fixtures/cases/ficha/one-sheet-per-file/01-puente-alto.txt'))
    writeFileSync(join(dir, 'a.txt'), sheet)
    writeFileSync(join(dir, 'b.txt'), Buffer.concat([sheet, Buffer.from('\n'), sheet, Buffer.from('\n'), sheet]))
    const one = parse(dir, 1)
    const two = parse(dir, 2)
    expect(two).toEqual(one)
    const ids = JSON.parse(two.stdout).documents.flatMap((d: {records: Array<{id: string}>}) => d.records.map((r) => r.id))
    expect(ids).toEqual(['puente-alto-operativos-interinstitucionales-en-asentamientos-precarios', ...[2, 3, 4].map((n) => `puente-alto-operativos-interinstitucionales-en-asentamientos-precarios-${n}`)])
  }, 120_000)

  it('equals one thread over generated folders (mutated fixtures, repeats, bad and deeply nested inputs)', () => {
    const pool = fixtureInputs().filter((f) => !/\.(docx|pdf)$/.test(f)).map((f) => readFileSync(join(ROOT, f)))
    const special = [
      Buffer.alloc(0),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]),
      Buffer.from('Lista de compras\nleche\n'),
      // Deep nesting and long runs: the same stack on every thread, so the same outcome.
      Buffer.from(`Ciudades Solidarias\n\n${'**'.repeat(3000)}Quilicura${'**'.repeat(3000)} firmó 6 convenios.\n`),
      Buffer.from(`Objetivo\tAcciones\n<p>1</p>\t${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}\n`),
    ]
    const file = fc.oneof(
      {weight: 4, arbitrary: fc.record({base: fc.integer({min: 0, max: pool.length - 1}), cut: fc.double({min: 0.2, max: 1, noNaN: true}), repeat: fc.integer({min: 1, max: 3})})
        .map(({base, cut, repeat}) => {
          const text = pool[base]!.subarray(0, Math.floor(pool[base]!.length * cut))
          return Buffer.concat(Array.from({length: repeat}, () => text))
        })},
      {weight: 1, arbitrary: fc.constantFrom(...special)},
    )
    fc.assert(fc.property(fc.array(file, {minLength: 2, maxLength: 7}), (files) => {
      const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-prop-'))
      files.forEach((bytes, i) => writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), bytes))
      const one = parse(dir, 1)
      expect(parse(dir, 2)).toEqual(one)
    }), {numRuns: 4, seed: 14016})
  }, 300_000)
})
