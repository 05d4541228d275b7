import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'

const FICHA = join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt')
const SOLIDARIAS = join(ROOT, 'fixtures/samples/solidarias-acnur-chile-2023.txt')
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'practices-cli-'))
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x00]))
  writeFileSync(join(dir, 'unknown.txt'), 'Lista de compras\nleche\n')
})

describe('practices --version and --help', () => {
  it('prints the package version and exits 0, with -v and -V too (as npm and eslint)', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    for (const flag of ['--version', '-v', '-V']) expect(await cli([flag])).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''})
  })

  it('without a command, prints the help on stderr and exits 2 (a usage error)', async () => {
    const result = await cli([])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^Usage: practices \[options\] \[command\]/)
    expect(result.stderr).toContain('Examples:\n  $ practices ')
  })

  it('--help prints on stdout with exit 0: examples, exit codes, -v for the version, --verbose without a short flag', async () => {
    const result = await cli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/Examples:\n {2}\$ practices parse /)
    expect(result.stdout).toContain('Exit codes: 0 ok (warnings allowed), 1 validation errors or too many warnings,\n2 usage error, 3 an input could not be read or an internal failure.')
    expect(result.stdout).toMatch(/^ {2}-v, --version +print the version \(also -V\)$/m)
    expect(result.stdout).toMatch(/^ {2}--verbose +also show info diagnostics/m)
  })

  it('shows a real example in each command help', async () => {
    for (const command of ['parse', 'validate', 'export', 'schema', 'template', 'rules']) {
      const result = await cli([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/Examples?:\n {2}\$ practices /)
    }
  })
})

describe('exit codes', () => {
  it('0: a real sheet parses (warnings allowed)', async () => {
    const result = await cli(['parse', FICHA])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json.schemaVersion).toBe('1.0.0')
    expect(json.documents).toHaveLength(1)
    expect(json.documents[0]).toMatchObject({path: FICHA, format: 'ficha'})
    expect(Object.keys(json.documents[0])).toEqual(['path', 'format', 'records', 'diagnostics', 'unmapped', 'metadata'])
  })

  it('1: an empty input is an error, and so is a binary one', async () => {
    const empty = await cli(['parse', join(dir, 'empty.txt')])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('empty.txt:1:1: error Unexpected empty file, expected a document with text  read/empty')
    const binary = await cli(['validate', join(dir, 'binary.txt')])
    expect(binary.code).toBe(1)
    expect(binary.stdout).toContain('read/binary')
  })

  it('1: a document of unknown format names the known formats and --kind', async () => {
    const result = await cli(['parse', join(dir, 'unknown.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('error Unexpected document of unknown format, expected one of `ficha` (municipal good-practice sheets (ACNUR + Sello Migrante))')
    expect(result.stderr).toContain('pass `--kind ID` to choose one  format/unknown')
  })

  it('--jobs 0 means one worker per CPU core; a non-number says what is expected', async () => {
    const result = await cli(['parse', FICHA, '--jobs', '0', '--format', 'jsonl', '--quiet'])
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n').length).toBeGreaterThan(1)
    const bad = await cli(['parse', FICHA, '--jobs', 'abc'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("argument 'abc' is invalid. Expected a whole number ≥ 0.")
  })

  it('a terminal with TERM=dumb gets no colour; other terminals do', async () => {
    const sheet = join(dir, 'unknown.txt')
    expect((await cli(['validate', sheet], {tty: true, env: {TERM: 'dumb'}})).stdout).not.toContain('\u001b[')
    expect((await cli(['validate', sheet], {tty: true, env: {TERM: 'xterm'}})).stdout).toContain('\u001b[')
  })

  it('2: usage errors (unknown option, missing inputs, bad choices, bad numbers)', async () => {
    for (const args of [
      ['parse', FICHA, '--bogus'], ['parse'], ['parse', FICHA, '--format', 'xml'], ['parse', FICHA, '--kind', 'memo'],
      ['validate', FICHA, '--max-warnings', '-1'], ['validate', FICHA, '--max-warnings', 'many'], ['export', FICHA], ['frobnicate'],
    ]) {
      const result = await cli(args)
      expect({args, code: result.code}).toEqual({args, code: 2})
      expect(result.stderr).toMatch(/error: /)
    }
  })

  it('3: a path that cannot be read, while the other inputs are still processed', async () => {
    const result = await cli(['parse', join(dir, 'missing.txt'), SOLIDARIAS])
    expect(result.code).toBe(3)
    const json = JSON.parse(result.stdout)
    expect(json.documents.map((d: {path: string}) => d.path)).toEqual([join(dir, 'missing.txt'), SOLIDARIAS])
    expect(json.documents[0].diagnostics[0]).toMatchObject({severity: 'error', rule: 'read/unreadable', message: `Cannot read \`${join(dir, 'missing.txt')}\`: no such file or directory`})
    expect(json.documents[1].format).toBe('solidarias')
  })

  it('3 outranks 1: an unreadable input and an empty one', async () => {
    expect((await cli(['parse', join(dir, 'empty.txt'), join(dir, 'nope.txt')])).code).toBe(3)
  })

  it('3: --out naming a folder says so before reading anything', async () => {
    const result = await cli(['parse', SOLIDARIAS, '--out', dir])
    expect(result).toEqual({code: 3, stdout: '', stderr: `practices: Cannot write \`${dir}\`: it is a folder, expected a file name (\`--out FILE\`)\n`})
  })

  it('3: an output that cannot be written names the path and leaves nothing behind', async () => {
    const blocker = join(dir, 'a-file')
    writeFileSync(blocker, 'x')
    const result = await cli(['parse', SOLIDARIAS, '--out', join(blocker, 'out.json')])
    expect(result.code).toBe(3)
    expect(result.stderr).toContain(`Cannot write \`${join(blocker, 'out.json')}\``)
  })
})

describe('parse', () => {
  it('reads standard input with -', async () => {
    const result = await cli(['parse', '-'], {stdin: readFileSync(SOLIDARIAS)})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).documents[0]).toMatchObject({path: '<stdin>', format: 'solidarias'})
  })

  it('--kind overrides detection and says so', async () => {
    const result = await cli(['parse', SOLIDARIAS, '--kind', 'gobernanza', '--verbose'])
    const doc = JSON.parse(result.stdout).documents[0]
    expect(doc.format).toBe('gobernanza')
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({rule: 'format/override', severity: 'info', expected: 'solidarias', actual: 'gobernanza'}))
  })

  it('--verbose shows the detection evidence', async () => {
    const result = await cli(['parse', FICHA, '--verbose'])
    expect(result.stderr).toContain(`${FICHA}: format \`ficha\``)
    expect(result.stderr).toContain('  + ficha: `Líneas Sello` section (+4)')
  })

  it('--coverage prints the share of placed lines', async () => {
    const result = await cli(['parse', SOLIDARIAS, '--coverage', '--quiet'])
    expect(result.stderr).toMatch(new RegExp(`${SOLIDARIAS.replace(/[.]/g, '\\.')}: coverage \\d+/11 non-blank lines placed \\(\\d+\\.\\d%\\), \\d+ unmapped`))
  })

  it('--format jsonl prints one record per line', async () => {
    const result = await cli(['parse', FICHA, '--format', 'jsonl'])
    for (const line of result.stdout.split('\n').filter(Boolean)) expect(JSON.parse(line)).toHaveProperty('type')
  })

  it('writes the JSON of each document as JSON.stringify would, a large one read in parts included', async () => {
    // Over 1 MB of OCR slides: parsed in parts, with ~20,000 diagnostics written a piece at a time.
    const sample = readFileSync(join(ROOT, 'fixtures/samples/gobernanza-minrel-slides.txt'))
    const large = join(dir, 'slides.txt')
    writeFileSync(large, Buffer.concat(Array.from({length: 260}, () => sample)))
    const result = await cli(['parse', large, SOLIDARIAS, '--format', 'json'])
    const {documentJson} = await import('../../src/cli/commands/parse.js')
    const {IdRegistry, processWhole, uniqueIds} = await import('../../src/pipeline/index.js')
    const {SCHEMA_VERSION} = await import('../../src/schema/records.js')
    const ids = new IdRegistry()
    const documents = []
    for (const path of [large, SOLIDARIAS]) documents.push(documentJson(uniqueIds(await processWhole(path, readFileSync(path), {repair: true}), ids)))
    expect(documents[0]!.diagnostics.length).toBeGreaterThan(15_000)
    expect(documents[1]!.unmapped).toEqual([])
    expect(result.stdout).toBe(JSON.stringify({schemaVersion: SCHEMA_VERSION, documents}, null, 2) + '\n')
  })

  it('--out writes the file atomically (no temporary files left) and prints nothing on stdout', async () => {
    const out = join(dir, 'nested/out.json')
    const result = await cli(['parse', SOLIDARIAS, '--out', out])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1)
    expect(readdirSync(join(dir, 'nested'))).toEqual(['out.json'])
  })

  it('a directory input reads every document in it', async () => {
    const sub = join(dir, 'corpus')
    mkdirSync(sub)
    writeFileSync(join(sub, 'a.txt'), readFileSync(SOLIDARIAS))
    writeFileSync(join(sub, 'notes.png'), 'ignored')
    const result = await cli(['parse', sub])
    expect(JSON.parse(result.stdout).documents.map((d: {path: string}) => d.path)).toEqual([join(sub, 'a.txt')])
  })

  it('an unreadable file (no permission) is exit 3', async () => {
    if (process.getuid?.() === 0) return // root reads everything; covered by the missing-path test
    const locked = join(dir, 'locked.txt')
    writeFileSync(locked, 'x')
    chmodSync(locked, 0)
    expect((await cli(['parse', locked])).code).toBe(3)
  })
})

describe('export', () => {
  it('--quiet hides warnings on stderr and writes the same files', async () => {
    const pmm = join(ROOT, 'fixtures/samples/pmm-handbook-oim.txt')
    const [loud, quiet] = [join(dir, 'export-loud'), join(dir, 'export-quiet')]
    const shown = await cli(['export', pmm, '--format', 'csv', '--out', loud])
    const hidden = await cli(['export', pmm, '--format', 'csv', '--out', quiet, '--quiet'])
    expect(shown.stderr).toContain('warning Unexpected unclosed `<ol>`')
    expect(hidden.stderr).not.toContain('warning')
    expect(hidden.stderr).toContain('practices: wrote 20 files')
    expect([shown.code, hidden.code]).toEqual([0, 0])
    for (const name of readdirSync(loud)) expect(readFileSync(join(quiet, name), 'utf8')).toBe(readFileSync(join(loud, name), 'utf8'))
  })
})

describe('validate', () => {
  it('--max-warnings 0 fails a run with warnings', async () => {
    const result = await cli(['validate', SOLIDARIAS, '--max-warnings', '0', '--reporter', 'json'])
    const report = JSON.parse(result.stdout)
    if (report.summary.warnings > 0) {
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('more than --max-warnings 0')
    } else {
      expect(result.code).toBe(0)
    }
  })

  it('--reporter github prints workflow commands', async () => {
    const result = await cli(['validate', join(dir, 'empty.txt'), '--reporter', 'github'])
    expect(result.stdout).toContain(`::error file=${join(dir, 'empty.txt')},line=1,col=1,endLine=1,endColumn=1,title=read/empty::Unexpected empty file, expected a document with text\n`)
    expect(existsSync(join(dir, 'empty.txt'))).toBe(true)
  })
})

describe('colour', () => {
  it('is off when output is not a TTY, on with --color or FORCE_COLOR, off with --no-color', async () => {
    const args = ['parse', join(dir, 'empty.txt')]
    expect((await cli(args)).stderr).not.toContain('\u001b[')
    expect((await cli([...args, '--color'])).stderr).toContain('\u001b[')
    expect((await cli(args, {env: {FORCE_COLOR: '1'}})).stderr).toContain('\u001b[')
    expect((await cli(args, {tty: true})).stderr).toContain('\u001b[')
    expect((await cli(args, {tty: true, env: {NO_COLOR: '1'}})).stderr).not.toContain('\u001b[')
    expect((await cli([...args, '--no-color'], {tty: true, env: {FORCE_COLOR: '1'}})).stderr).not.toContain('\u001b[')
  })
})

describe('practices rules', () => {
  it('prints every rule of the catalogue with its severity, grouped by stage', async () => {
    const result = await cli(['rules'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Reading and decoding:\n {2}read\/unreadable +error +An input that cannot be read/)
    expect(result.stdout).toMatch(/\n {2}municipality\/unknown +warning \(validate: error\) +The municipality of a Chilean practice/)
  })

  it('--format json lists each rule once with both severities, for programs', async () => {
    const result = await cli(['rules', '--format', 'json'])
    expect(result.code).toBe(0)
    const {rules} = JSON.parse(result.stdout)
    const ids = rules.map((r: {id: string}) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(rules.find((r: {id: string}) => r.id === 'checkbox-grid/unknown-label')).toMatchObject({severity: 'warning', validateSeverity: 'error', stage: 'parse', reportedBy: 'ficha'})
  })

  it('rejects an unknown format as a usage error', async () => {
    expect((await cli(['rules', '--format', 'xml'])).code).toBe(2)
  })
})
