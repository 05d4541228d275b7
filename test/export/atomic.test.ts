import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {openAtomic} from '../../src/export/atomic.js'

let dir: string
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'practices-atomic-')) })
afterEach(() => rmSync(dir, {recursive: true, force: true}))

describe('openAtomic', () => {
  it('writes string and byte chunks of every size, in order, as UTF-8', async () => {
    const path = join(dir, 'out.jsonl')
    const file = await openAtomic(path)
    const chunks: Array<string | Uint8Array> = []
    // Small lines with accents, ✓ and an astral character, bytes, and chunks around and past the
    // 128 KiB block (in characters and in bytes).
    for (let i = 0; i < 3000; i++) chunks.push(`{"n":${i},"t":"Niñas ✓ 😀 ${'x'.repeat(i % 97)}"}\n`)
    chunks.push(new TextEncoder().encode('bytes: año\n'))
    chunks.push('é'.repeat(43_690), '✓'.repeat(50_000), 'a'.repeat(300_000), new Uint8Array(200_000).fill(0x41), '\n')
    for (let i = 0; i < 100; i++) chunks.push(`línea ${i}\n`)
    for (const chunk of chunks) await file.write(chunk)
    expect(existsSync(path)).toBe(false)
    await file.commit()
    const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)))
    expect(readFileSync(path).equals(expected)).toBe(true)
    expect(readdirSync(dir)).toEqual(['out.jsonl'])
  })

  it('leaves an existing file as it was when aborted', async () => {
    const path = join(dir, 'out.csv')
    writeFileSync(path, 'old\n')
    const file = await openAtomic(path)
    await file.write('new\n'.repeat(100_000))
    await file.abort()
    expect(readFileSync(path, 'utf8')).toBe('old\n')
    expect(readdirSync(dir)).toEqual(['out.csv'])
  })
})
