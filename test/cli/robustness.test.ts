/**
 * Bad inputs, each with a diagnostic in words, the right exit code, and the rest of the run going
 * on: unreadable folders, folders without documents, symbolic links (loops, broken, to files),
 * named pipes and devices, binary and UTF-16 text, a closed stdout, an interrupted export.
 * In-process with real temporary folders; what needs a real process (another user, a pipe to
 * `head`, a signal) runs the built binary.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {interrupted} from '../../src/cli/index.js'
import {track} from '../../src/export/atomic.js'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'

const bin = join(ROOT, 'bin/practices.js')
const SOLIDARIAS = join(ROOT, 'fixtures/samples/solidarias-acnur-chile-2023.txt')
const FICHA = join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt')
const temp = () => mkdtempSync(join(tmpdir(), 'practices-robust-'))
const paths = (stdout: string) => JSON.parse(stdout).documents.map((d: {path: string}) => d.path)
const diagnosticsOf = (stdout: string) => JSON.parse(stdout).documents.flatMap((d: {diagnostics: unknown[]}) => d.diagnostics)

/** Runs the built CLI as a user who is not root (`nobody`), or as oneself when not root. */
function asUser(args: string[], cwd: string): {status: number | null; stdout: string; stderr: string} {
  const root = process.getuid?.() === 0
  const [command, argv] = root ? ['runuser', ['-u', 'nobody', '--', process.execPath, bin, ...args]] : [process.execPath, [bin, ...args]]
  const r = spawnSync(command, argv, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr}
}
const canRunAsUser = process.getuid?.() !== 0 || spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0

describe('folders', () => {
  it.skipIf(!canRunAsUser)('an unreadable sub-folder is reported in words (exit 3), and every other input is still read', () => {
    const dir = temp()
    chmodSync(dir, 0o755)
    mkdirSync(join(dir, 'corpus/locked'), {recursive: true})
    writeFileSync(join(dir, 'corpus/a.txt'), readFileSync(SOLIDARIAS))
    writeFileSync(join(dir, 'corpus/locked/b.txt'), readFileSync(SOLIDARIAS))
    writeFileSync(join(dir, 'c.txt'), readFileSync(SOLIDARIAS))
    chmodSync(join(dir, 'corpus'), 0o755)
    chmodSync(join(dir, 'corpus/locked'), 0o000)
    const result = asUser(['parse', 'corpus', 'c.txt'], dir)
    chmodSync(join(dir, 'corpus/locked'), 0o755)
    expect(result.status).toBe(3)
    expect(result.stderr).not.toMatch(/internal failure|EACCES|    at /)
    expect(paths(result.stdout)).toEqual([join('corpus', 'locked'), join('corpus', 'a.txt'), 'c.txt'])
    expect(diagnosticsOf(result.stdout)[0]).toMatchObject({rule: 'read/unreadable', severity: 'error',
      message: 'Cannot read folder `corpus/locked`: permission denied; the files in it were not read'})
  })

  it('a folder without documents is an error that says what it holds (exit 1); export then writes nothing', async () => {
    const dir = temp()
    for (const [folder, files] of [['empty', []], ['images', ['a.png', 'b.png', 'c.gif']], ['hidden', ['.notes.txt', '.draft.md']]] as const) {
      mkdirSync(join(dir, folder))
      for (const file of files) writeFileSync(join(dir, folder, file), 'x')
    }
    const result = await cli(['parse', join(dir, 'empty'), join(dir, 'images'), join(dir, 'hidden'), SOLIDARIAS])
    expect(result.code).toBe(1)
    const messages = diagnosticsOf(result.stdout).filter((d: {rule: string}) => d.rule === 'read/no-documents').map((d: {message: string}) => d.message)
    expect(messages).toEqual([
      expect.stringMatching(/^Unexpected folder without documents \(it is empty\), expected files named `\.txt`, `\.text`, `\.md`/),
      expect.stringMatching(/^Unexpected folder without documents \(it holds only 2 `\.png` files, 1 `\.gif` file\), expected/),
      expect.stringMatching(/^Unexpected folder without documents \(it holds only 2 hidden entries\), expected/),
    ])
    expect(paths(result.stdout).at(-1)).toBe(SOLIDARIAS)

    const out = join(dir, 'out')
    const exported = await cli(['export', join(dir, 'images'), '--format', 'csv', '--out', out])
    expect(exported.code).toBe(1)
    expect(exported.stderr).toContain(`practices: no records to export; nothing written to ${out}\n`)
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
  })
})

describe('symbolic links', () => {
  it('a loop given as an argument says so; a glob through a looping folder reads each file once', async () => {
    const dir = temp()
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'))
    const loop = await cli(['parse', join(dir, 'loop')])
    expect(loop.code).toBe(3)
    expect(diagnosticsOf(loop.stdout)[0].message).toBe(`Cannot read \`${join(dir, 'loop')}\`: a symbolic link that loops (it leads back to itself)`)

    const tree = temp()
    mkdirSync(join(tree, 'docs'))
    writeFileSync(join(tree, 'docs/a.txt'), readFileSync(SOLIDARIAS))
    symlinkSync('..', join(tree, 'docs/up'))
    const glob = await cli(['parse', join(tree, 'docs/**/*.txt')])
    expect(paths(glob.stdout)).toEqual([join(tree, 'docs/a.txt')])
    const walk = await cli(['parse', join(tree, 'docs')])
    expect(paths(walk.stdout)).toEqual([join(tree, 'docs/a.txt')])
  })

  it('reads a linked file in a folder, once however many links lead to it; a broken link to a document is reported', async () => {
    const dir = temp()
    mkdirSync(join(dir, 'docs'))
    writeFileSync(join(dir, 'real.txt'), readFileSync(SOLIDARIAS))
    symlinkSync(join(dir, 'real.txt'), join(dir, 'docs/linked.txt'))
    symlinkSync(join(dir, 'real.txt'), join(dir, 'docs/again.txt'))
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'docs/broken.txt'))
    const result = await cli(['parse', join(dir, 'docs')])
    expect(result.code).toBe(3)
    expect(paths(result.stdout)).toEqual([join(dir, 'docs/broken.txt'), join(dir, 'docs/again.txt')])
    expect(diagnosticsOf(result.stdout)[0].message).toBe(`Cannot read \`${join(dir, 'docs/broken.txt')}\`: a symbolic link to a file or folder that does not exist`)
    expect(JSON.parse(result.stdout).documents[1].format).toBe('solidarias')
  })
})

describe('special files and limits', () => {
  it('refuses a named pipe without waiting for a writer, and /dev/zero, and goes on (exit 3)', async () => {
    const dir = temp()
    execFileSync('mkfifo', [join(dir, 'pipe.txt')])
    mkdirSync(join(dir, 'folder'))
    execFileSync('mkfifo', [join(dir, 'folder/in-folder.txt')])
    const result = await cli(['parse', join(dir, 'pipe.txt'), '/dev/zero', join(dir, 'folder'), SOLIDARIAS])
    expect(result.code).toBe(3)
    const messages = diagnosticsOf(result.stdout).map((d: {rule: string; message: string}) => `${d.rule}: ${d.message}`)
    expect(messages).toEqual([
      `read/not-a-file: Unexpected \`${join(dir, 'pipe.txt')}\`: a named pipe (FIFO), expected a regular file (to read from a pipe, pass \`-\` and redirect it to standard input)`,
      'read/not-a-file: Unexpected `/dev/zero`: a character device, expected a regular file (to read from a pipe, pass `-` and redirect it to standard input)',
      `read/not-a-file: Unexpected \`${join(dir, 'folder/in-folder.txt')}\`: a named pipe (FIFO), expected a regular file (to read from a pipe, pass \`-\` and redirect it to standard input)`,
    ])
    expect(JSON.parse(result.stdout).documents.at(-1).format).toBe('solidarias')
  })

  it('reads a large standard input in parts, as it reads the same file', async () => {
    const dir = temp()
    const big = Buffer.concat(Array.from({length: 60}, () => readFileSync(FICHA)))
    writeFileSync(join(dir, 'big.txt'), big)
    const fromStdin = await cli(['parse', '-', '--format', 'jsonl', '--quiet'], {stdin: big})
    const fromFile = await cli(['parse', join(dir, 'big.txt'), '--format', 'jsonl', '--quiet'])
    expect(fromStdin.stdout.split('\n').length).toBe(7 * 60 + 1)
    expect(fromStdin.stdout.replaceAll('"path":"<stdin>"', `"path":${JSON.stringify(join(dir, 'big.txt'))}`)).toBe(fromFile.stdout)
  })

  it('calls binary without NUL bytes binary, and decodes UTF-16 without a byte-order mark with an info', async () => {
    const dir = temp()
    const noise = Buffer.from(Array.from({length: 2000}, (_, i) => (i * 7919) % 256).map((b) => b || 1))
    writeFileSync(join(dir, 'noise.txt'), noise)
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from(readFileSync(SOLIDARIAS, 'utf8'), 'utf16le'))
    const result = await cli(['parse', join(dir, 'noise.txt'), join(dir, 'utf16.txt'), '--verbose'])
    const [noiseDoc, utf16Doc] = JSON.parse(result.stdout).documents
    expect(noiseDoc.diagnostics).toMatchObject([{rule: 'read/binary', severity: 'error'}])
    expect(noiseDoc.diagnostics[0].message).toMatch(/^Unexpected binary content \(control byte `0x[0-9A-F]{2}` at offset \d+; \d+ of the first 2000 bytes are control characters\), expected a text document$/)
    expect(utf16Doc.format).toBe('solidarias')
    expect(utf16Doc.diagnostics).toContainEqual(expect.objectContaining({rule: 'read/utf-16', severity: 'info', message: 'Unexpected UTF-16LE text without a byte-order mark, decoded it as UTF-16LE'}))
  })
})

describe('output', () => {
  it('stops when stdout is closed (`| head`) and exits with the code of what it read', async () => {
    const dir = temp()
    writeFileSync(join(dir, 'a-empty.txt'), '')
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `b${i}.txt`), readFileSync(SOLIDARIAS))
    let writes = 0
    let stderr = ''
    const {Readable} = await import('node:stream')
    const stdout = {write: () => { writes++; stdout.closed = writes >= 1; return true }, closed: false}
    const code = await (await import('../../src/cli/index.js')).run(['parse', dir, '--format', 'jsonl'], {stdout, stderr: {write: (s: string) => { stderr += s; return true }}, stdin: Readable.from([]), env: {}})
    expect(code).toBe(1)
    expect(writes).toBeLessThan(3)
    expect(stderr).toContain('read/empty')
  })

  it('keeps its exit code through a pipe closed early (the built binary, piped into a reader that leaves)', async () => {
    const dir = temp()
    // The empty file comes first: its error is known before the reader leaves.
    writeFileSync(join(dir, 'a-empty.txt'), '')
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `doc${i}.txt`), readFileSync(FICHA))
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [bin, 'parse', dir, '--format', 'jsonl', '--quiet'], {stdio: ['ignore', 'pipe', 'ignore']})
      child.stdout.once('data', () => child.stdout.destroy())
      child.on('exit', (status) => resolve(status))
    })
    expect(code).toBe(1)
  }, 60_000)

  it('an interrupt removes temporary files and says the output is as it was', () => {
    const dir = temp()
    const leftover = join(dir, '.records.json.1.1.tmp')
    writeFileSync(leftover, 'partial')
    track(leftover)
    let stderr = ''
    expect(interrupted('SIGINT', {stderr: {write: (s: string) => { stderr += s; return true }}})).toBe(130)
    expect(existsSync(leftover)).toBe(false)
    expect(stderr).toBe('practices: interrupted (Ctrl-C); removed 1 unfinished file: the output is as it was\n')
  })

  it('Ctrl-C during a Markdown export leaves no partial set and no temporary files (the built binary)', async () => {
    const dir = temp()
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `doc${String(i).padStart(3, '0')}.txt`), readFileSync(FICHA))
    const out = join(dir, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'keep.md'), 'an earlier file\n')
    const result = await new Promise<{code: number | null; stderr: string}>((resolve) => {
      const child = spawn(process.execPath, [bin, 'export', dir, '--format', 'md', '--out', out], {stdio: ['ignore', 'ignore', 'pipe']})
      let stderr = ''
      child.stderr.on('data', (chunk) => { stderr += chunk })
      // Interrupt once the first sheets are being written.
      const poll = setInterval(() => {
        const staging = readdirSync(out).find((f) => f.startsWith('.practices-md.'))
        if (staging && readdirSync(join(out, staging)).length > 3) { clearInterval(poll); child.kill('SIGINT') }
      }, 20)
      child.on('exit', (code) => { clearInterval(poll); resolve({code, stderr}) })
    })
    expect(result.code).toBe(130)
    expect(result.stderr).toMatch(/^practices: interrupted \(Ctrl-C\); removed 1 unfinished file: the output is as it was\n$/)
    expect(readdirSync(out)).toEqual(['keep.md'])
  }, 120_000)
})
