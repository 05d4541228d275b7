/**
 * The package as a user gets it: `npm pack`, installed into a scratch project from the local npm
 * cache (no network: the dependencies are the ones `npm ci` fetched, pinned by a lockfile made
 * from this project's), then imported: the API (parse a path, a string, bytes; validate; export),
 * the JSON Schemas under `practices/schemas/*`, the types, and `practices/cli`.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from './helpers/golden.js'

let project: string
let packed: {files: Array<{path: string}>}

const SAMPLE = join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt')

/** A lockfile for `{dependencies: {practices: tarball}}`: the tarball, and this project's runtime dependencies as locked. */
function scratchLock(tarball: string, file: string) {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {packages: Record<string, {dev?: boolean; link?: boolean}>}
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string; license: string; dependencies: object; bin: object; engines: object}
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`
  const packages: Record<string, unknown> = {
    '': {name: 'scratch', dependencies: {practices: file}},
    'node_modules/practices': {version: pkg.version, resolved: file, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines},
  }
  for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev && !entry.link) packages[path] = entry
  return {name: 'scratch', lockfileVersion: 3, requires: true, packages}
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'practices-package-'))
  // dist/ is built by `npm test`; --ignore-scripts keeps `prepare` from building it again.
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {cwd: ROOT, encoding: 'utf8'})) as Array<{filename: string; files: Array<{path: string}>}>
  packed = info!
  project = join(dir, 'project')
  mkdirSync(project)
  const file = `file:../${info!.filename}`
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'scratch', private: true, type: 'module', dependencies: {practices: file}}, null, 2))
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(scratchLock(join(dir, info!.filename), file), null, 2))
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: project, stdio: 'pipe'})
}, 180_000)

/** Runs an ES module in the scratch project; its standard output, parsed as JSON. */
function runIn(code: string): unknown {
  writeFileSync(join(project, 'check.mjs'), code)
  return JSON.parse(execFileSync(process.execPath, ['check.mjs'], {cwd: project, encoding: 'utf8'}))
}

describe('the packed package', () => {
  it('ships the library, its types, the CLI and the schemas, and nothing of the sources or tests', () => {
    const files = packed.files.map((f) => f.path)
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/api.js', 'dist/bin/cli.js', 'bin/practices.js', 'schemas/practice.schema.json', 'README.md', 'package.json']) expect(files).toContain(file)
    expect(files.filter((f) => /^(src|test|fixtures)\//.test(f))).toEqual([])
  })

  it('parses a path, a string and bytes, validates and exports, as a user imports it', () => {
    const out = runIn(`
      import {readFileSync} from 'node:fs'
      import {mkdtempSync} from 'node:fs'
      import {tmpdir} from 'node:os'
      import {join} from 'node:path'
      import {parse, parseFile, validate, exportRecords, SCHEMA_VERSION, processBytes} from 'practices'
      const path = ${JSON.stringify(SAMPLE)}
      const fromPath = await parseFile(path)
      const fromString = await parse(readFileSync(path, 'utf8'), {path: 'sheet.txt'})
      const fromBytes = await parse(readFileSync(path))
      const fromProcess = await processBytes('text.txt', readFileSync(path, 'utf8'))
      const missing = await parseFile(join(tmpdir(), 'no-such-file.txt'))
      const out = mkdtempSync(join(tmpdir(), 'practices-scratch-'))
      const written = await exportRecords(fromPath.records, {format: 'csv', out})
      let typeError = null
      try { await parse(42) } catch (error) { typeError = error.constructor.name }
      console.log(JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        counts: [fromPath, fromString, fromBytes, fromProcess].map((r) => r.records.length),
        format: fromPath.format,
        firstTitle: fromString.records[0].title,
        stringPath: fromString.records[0].source.path,
        crashes: [fromString, fromBytes, fromProcess].flatMap((r) => r.diagnostics).filter((d) => d.rule === 'internal/crash').length,
        summary: validate(fromPath).summary,
        duplicate: validate([fromPath, fromBytes]).diagnostics.filter((d) => d.rule === 'validate/duplicate-practice').length,
        missing: [missing.failed, missing.diagnostics[0].rule],
        written: written.map((p) => p.slice(out.length + 1)).sort(),
        typeError,
      }))
    `) as Record<string, unknown>
    expect(out).toMatchObject({
      schemaVersion: '1.0.0', counts: [7, 7, 7, 7], format: 'ficha', firstTitle: 'Operativos interinstitucionales en asentamientos precarios',
      stringPath: 'sheet.txt', crashes: 0, summary: {files: 1, errors: 0, warnings: 0}, missing: [true, 'read/unreadable'], typeError: 'TypeError',
    })
    expect(out.duplicate).toBe(7)
    expect(out.written).toContain('practices.csv')
    expect(out.written).toContain('datapackage.json')
  })

  it('exports the JSON Schemas (`practices/schemas/*`), by import attribute and by require', () => {
    const out = runIn(`
      import {createRequire} from 'node:module'
      const {default: imported} = await import('practices/schemas/practice.schema.json', {with: {type: 'json'}})
      const required = createRequire(import.meta.url)('practices/schemas/record.schema.json')
      console.log(JSON.stringify({imported: imported.$id, required: required.$id}))
    `)
    expect(out).toEqual({imported: 'https://practices.invalid/schemas/1.0.0/practice.schema.json', required: 'https://practices.invalid/schemas/1.0.0/record.schema.json'})
  })

  it('loads no command line with the library, and gives run() as practices/cli', () => {
    const out = runIn(`
      const library = await import('practices')
      const cli = await import('practices/cli')
      let stdout = ''
      const io = {stdout: {write: (s) => { stdout += s; return true }}, stderr: {write: () => true}, stdin: process.stdin, env: {}}
      const code = await cli.run(['--version'], io)
      console.log(JSON.stringify({run: 'run' in library, code, stdout}))
    `)
    expect(out).toEqual({run: false, code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`})
  })

  it('type-checks a TypeScript user of the package (the `types` of its exports)', () => {
    writeFileSync(join(project, 'check.ts'), `
      import {parse, validate, type DocumentResult, type Practice} from 'practices'
      const result: DocumentResult = await parse('texto', {path: 'a.txt', repair: false})
      const practices: Practice[] = result.records.filter((r): r is Practice => r.type === 'practice')
      const ok: boolean = validate(result).ok
      export {practices, ok}
    `)
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
    const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck',
      '--types', 'node', '--typeRoots', join(ROOT, 'node_modules/@types'), 'check.ts']
    expect(() => execFileSync(process.execPath, [tsc, ...args], {cwd: project, encoding: 'utf8', stdio: 'pipe'})).not.toThrow()
  })
})
