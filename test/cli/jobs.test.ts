/**
 * `--jobs N` runs the built worker (dist/pipeline/worker.js), so this test drives the real binary.
 * `npm test` builds before running the tests.
 */
import {execFileSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/golden.js'

const bin = join(ROOT, 'bin/practices.js')

describe('--jobs', () => {
  it('gives the same output, in the same order, as one thread, with ids unique across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-'))
    for (const file of readdirSync(join(ROOT, 'fixtures/samples'))) copyFileSync(join(ROOT, 'fixtures/samples', file), join(dir, file))
    copyFileSync(join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt'), join(dir, 'zz-copy.txt'))
    const one = execFileSync(process.execPath, [bin, 'parse', dir, '--format', 'jsonl', '--quiet'], {encoding: 'utf8'})
    const two = execFileSync(process.execPath, [bin, 'parse', dir, '--format', 'jsonl', '--quiet', '--jobs', '2'], {encoding: 'utf8'})
    expect(two).toBe(one)
    const ids = two.trim().split('\n').map((line) => JSON.parse(line).id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('puente-alto-operativos-interinstitucionales-en-asentamientos-precarios-2')
  }, 120_000)
})
