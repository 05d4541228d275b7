import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/index.js'
import {allRecords, practice} from './fixtures.js'

async function cli(...argv: string[]) {
  let stdout = '', stderr = ''
  const code = await run(argv, {
    stdout: {write: (s: string) => { stdout += s }},
    stderr: {write: (s: string) => { stderr += s }},
    stdin: Readable.from([]),
    env: {NO_COLOR: '1'},
  })
  return {code, stdout, stderr}
}

const temp = () => mkdtempSync(join(tmpdir(), 'practices-cli-'))

/** A JSON input as `parse` writes it, holding `records`. */
function jsonInput(dir: string, records = allRecords()) {
  const path = join(dir, 'records.json')
  writeFileSync(path, JSON.stringify({schemaVersion: '1.0.0', documents: [{path: 'x', format: null, records, diagnostics: [], unmapped: [], metadata: {}}]}))
  return path
}

describe('practices export', () => {
  it('exports JSON input as CSV tables plus datapackage.json and prints a one-line summary', async () => {
    const dir = temp()
    const out = join(dir, 'data')
    const {code, stderr} = await cli('export', jsonInput(dir), '--format', 'csv', '--out', out)
    expect(code).toBe(0)
    expect(readdirSync(out)).toContain('datapackage.json')
    expect(readdirSync(out)).toHaveLength(20)
    expect(stderr).toBe(`practices: wrote 20 files to ${out} (4 practices, 1 PMM objective, 1 network report)\n`)
  })

  it('exports fact sheets and reads them back with the same command', async () => {
    const dir = temp()
    expect((await cli('export', jsonInput(dir), '--format', 'md', '--out', join(dir, 'fichas'))).code).toBe(0)
    const back = await cli('export', join(dir, 'fichas'), '--format', 'jsonl', '--out', join(dir, 'again'))
    expect(back.code).toBe(0)
    const records = readFileSync(join(dir, 'again', 'records.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(records.map((r) => r.id).sort()).toEqual(allRecords().map((r) => r.id).sort())
    expect(records.every((r) => r.source.format === 'factsheet')).toBe(true)
  })

  it('writes records.json and records.jsonl', async () => {
    const dir = temp()
    expect((await cli('export', jsonInput(dir, [practice()]), '--format', 'json', '--out', dir)).code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8')).records).toEqual([practice()])
    expect((await cli('export', jsonInput(dir, [practice()]), '--format', 'jsonl', '--out', dir)).code).toBe(0)
    expect(readFileSync(join(dir, 'records.jsonl'), 'utf8')).toBe(JSON.stringify(practice()) + '\n')
  })

  it('still writes the records of valid inputs when another input has errors, and exits 1', async () => {
    const dir = temp()
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const {code, stderr} = await cli('export', jsonInput(dir, [practice()]), empty, '--format', 'jsonl', '--out', join(dir, 'out'))
    expect(code).toBe(1)
    expect(stderr).toContain('empty.txt')
    expect(readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8')).toBe(JSON.stringify(practice()) + '\n')
  })

  it('exits 3 when an input cannot be read', async () => {
    const dir = temp()
    const {code, stderr} = await cli('export', join(dir, 'missing.txt'), '--format', 'csv', '--out', join(dir, 'out'))
    expect(code).toBe(3)
    expect(stderr).toContain('missing.txt')
  })

  it('exits 3 naming the path when a file stands where the output folder should be, and writes nothing', async () => {
    const dir = temp()
    const input = jsonInput(dir)
    const blocked = join(dir, 'blocked')
    writeFileSync(blocked, 'not a folder')
    for (const format of ['csv', 'json', 'jsonl', 'md']) {
      const {code, stderr} = await cli('export', input, '--format', format, '--out', blocked)
      expect(code, format).toBe(3)
      expect(stderr).toMatch(new RegExp(`^practices: Cannot write \`${blocked}/[a-z_.-]+\``))
    }
    expect(readFileSync(blocked, 'utf8')).toBe('not a folder')
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'records.json'])
  })

  it('leaves an existing export untouched and no temporary files when a directory stands where a table goes', async () => {
    const dir = temp()
    const out = join(dir, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'practices.csv'), 'old\n')
    mkdirSync(join(out, 'practice_months.csv'))
    const {code, stderr} = await cli('export', jsonInput(dir), '--format', 'csv', '--out', out)
    expect(code).toBe(3)
    expect(stderr).toBe(`practices: Cannot write \`${join(out, 'practice_months.csv')}\`: a folder stands where the file goes (EISDIR)\n`)
    expect(readFileSync(join(out, 'practices.csv'), 'utf8')).toBe('old\n')
    expect(readdirSync(out).sort()).toEqual(['practice_months.csv', 'practices.csv'])
  })

  it.skipIf(process.getuid?.() === 0)('exits 3 when the output folder is read-only', async () => {
    const dir = temp()
    const out = join(dir, 'ro')
    mkdirSync(out)
    chmodSync(out, 0o555)
    const {code, stderr} = await cli('export', jsonInput(dir), '--format', 'md', '--out', out)
    chmodSync(out, 0o755)
    expect(code).toBe(3)
    expect(stderr).toContain(out)
    expect(readdirSync(out)).toEqual([])
  })

  it('is a usage error (exit 2) without --format or with an unknown one', async () => {
    expect((await cli('export', 'x.txt')).code).toBe(2)
    expect((await cli('export', 'x.txt', '--format', 'xlsx')).code).toBe(2)
  })
})

describe('practices schema', () => {
  it('writes the JSON Schema files, the same as the committed schemas/', async () => {
    const dir = temp()
    const {code, stderr} = await cli('schema', '--out', dir)
    expect(code).toBe(0)
    expect(stderr).toBe(`practices: wrote 7 JSON Schema files to ${dir}\n`)
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8'))
    }
  })

  it('exits 3 naming the path when the output folder cannot be made', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'file'), '')
    const {code, stderr} = await cli('schema', '--out', join(dir, 'file'))
    expect(code).toBe(3)
    expect(stderr).toContain(join(dir, 'file'))
    expect(existsSync(join(dir, 'file', 'practice.schema.json'))).toBe(false)
  })
})
