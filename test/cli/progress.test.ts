/**
 * The progress line on stderr (a terminal only), and one total instead of a summary per file.
 */
import {mkdtempSync, readFileSync, truncateSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {jobsFor} from '../../src/cli/documents.js'
import {Progress} from '../../src/cli/progress.js'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'

/** What a terminal shows after `output`: `\r` returns to the line start, `ESC[2K` erases the line. */
function screen(output: string): string[] {
  const lines = ['']
  for (const piece of output.split(/(\r|\n|\u001b\[2K)/)) {
    if (piece === '\n') lines.push('')
    else if (piece === '\r') continue
    else if (piece === '\u001b[2K') lines[lines.length - 1] = ''
    else lines[lines.length - 1] += piece
  }
  return lines
}

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'practices-progress-'))
  // Each has warnings (coverage/unmapped …): diagnostics interleave with the progress line.
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, `doc${i}.txt`), readFileSync(join(ROOT, 'fixtures/cases/solidarias/colombia-comunicado-sin-etiquetas.txt')))
  writeFileSync(join(dir, 'empty.txt'), '')
  return dir
}

describe('the progress line', () => {
  it('is drawn on a terminal, cleared before each diagnostic and at the end, never mixed with one', async () => {
    const result = await cli(['parse', corpus(), '--format', 'jsonl'], {tty: true, env: {NO_COLOR: '1'}})
    expect(result.stderr).toMatch(/\r\u001b\[2K\d\/4 files · \d+\.\d of \d+\.\d MB/)
    const shown = screen(result.stderr)
    const progressLike = /^\d+\/\d+ files · /
    // Diagnostics keep their lines whole; the final screen has no progress line left.
    expect(shown.filter((l) => /files ·/.test(l) && !progressLike.test(l))).toEqual([])
    expect(shown.some((l) => /empty\.txt:1:1: error Unexpected empty file/.test(l))).toBe(true)
    expect(shown.at(-1)).toBe('')
    expect(shown.filter((l) => progressLike.test(l))).toEqual([])
  })

  it('is never drawn in CI, with TERM=dumb, with --no-progress, or when stderr is not a terminal', async () => {
    const dir = corpus()
    for (const [args, options] of [
      [[], {tty: true, env: {CI: 'true'}}],
      [[], {tty: true, env: {TERM: 'dumb'}}],
      [['--no-progress'], {tty: true, env: {}}],
      [[], {tty: false, env: {}}],
    ] as const) {
      const result = await cli(['parse', dir, '--format', 'jsonl', ...args], {...options, env: {...options.env, NO_COLOR: '1'}})
      expect(result.stderr, JSON.stringify(options)).not.toMatch(/files ·/)
    }
  })

  it('tells files, MB, MB/s and the time left', () => {
    let now = 0
    const written: string[] = []
    const progress = new Progress({write: (s: string) => { written.push(s); return true }, isTTY: true}, () => now)
    const dir = mkdtempSync(join(tmpdir(), 'practices-progress-'))
    const refs = Array.from({length: 4}, (_, i) => {
      const path = join(dir, `f${i}.txt`)
      writeFileSync(path, Buffer.alloc(1024 * 1024, 0x61))
      return {path}
    })
    progress.start(refs)
    now = 2000
    progress.result({path: refs[0]!.path, format: null, records: [], diagnostics: [], unmapped: [], metadata: {}, coverage: {lines: 0, placed: 0}})
    expect(progress.text()).toBe('1/4 files · 1.0 of 4.0 MB · 0.5 MB/s · ETA 0:06')
    progress.stop()
    expect(written.at(-1)).toBe('\r\u001b[2K')
  })
})

describe('parse and export on stderr', () => {
  it('print one total for the run, not one per file', async () => {
    const result = await cli(['parse', corpus(), '--format', 'jsonl'], {env: {NO_COLOR: '1'}})
    const totals = result.stderr.split('\n').filter((l) => /^[✖⚠✔] \d+ errors?, \d+ warnings?, \d+ infos? in \d+ files?/.test(l))
    // Everything found is counted; the infos are not listed without --verbose, and the total says so.
    expect(totals).toEqual([expect.stringMatching(/^✖ 1 error, \d+ warnings, [1-9]\d* infos in 4 files \(not shown: [1-9]\d* infos \(--verbose shows them\)\)$/)])
  })
})

describe('--jobs by default', () => {
  it('is one thread for a small run or standard input, one per core (at most 4) from 48 MB of files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'practices-jobs-default-'))
    // Sparse files: only their size counts.
    const files = (n: number, size: number) => Array.from({length: n}, (_, i) => {
      const path = join(dir, `f${n}-${size}-${i}.txt`)
      writeFileSync(path, '')
      truncateSync(path, size)
      return {path}
    })
    const MB = 1024 * 1024
    expect(jobsFor(undefined, files(20, 1024))).toBe(1)
    expect(jobsFor(undefined, files(2, 23 * MB))).toBe(1)
    const large = files(2, 25 * MB)
    expect(jobsFor(undefined, large)).toBe(Math.min(2, availableParallelism()))
    const many = files(6, 9 * MB)
    expect(jobsFor(undefined, many)).toBe(Math.min(4, availableParallelism()))
    expect(jobsFor(undefined, [...large, {path: '<stdin>', stdin: true}])).toBe(1)
    expect(jobsFor(8, files(3, 10))).toBe(3)
    expect(jobsFor(2, files(100, 10))).toBe(2)
    // One file: as many threads as asked when it is read in parts (over 1 MB), else one; by
    // default one, however large.
    expect(jobsFor(3, files(1, 2 * MB))).toBe(3)
    expect(jobsFor(3, files(1, MB))).toBe(1)
    expect(jobsFor(undefined, files(1, 100 * MB))).toBe(1)
  })
})
