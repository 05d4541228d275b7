/** Exit codes of `practices validate` as a CI gate (README, "Exit codes"), run in-process. */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'
import {cleanPractice, folderWith, recordsJson} from './helpers.js'

const clean = () => folderWith({'ok.json': recordsJson(cleanPractice())})
/** One warning (`validate/missing-section` for the funding), no error. */
const warned = () => folderWith({'warn.json': recordsJson(cleanPractice({funding: null}))})
/** One error (`validate/required-section`). */
const failing = () => folderWith({'bad.json': recordsJson(cleanPractice({title: null}))})

describe('validate exit codes', () => {
  it('a clean submission exits 0 and says so', async () => {
    const result = await cli(['validate', clean()])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('✔ 0 errors, 0 warnings, 0 infos in 1 file\n')
  })

  it('warnings only exit 0', async () => {
    const result = await cli(['validate', warned()])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('warning Unexpected empty value at `funding`')
  })

  it('an error exits 1', async () => {
    const result = await cli(['validate', failing()])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('error Unexpected empty value at `title` (`Título de la práctica`), expected a value  validate/required-section')
  })

  it('--max-warnings 0 turns a warning into exit 1 and says why on stderr', async () => {
    const result = await cli(['validate', warned(), '--max-warnings', '0'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('practices: 1 warning, more than --max-warnings 0\n')
  })

  it('--max-warnings 1 allows one warning', async () => {
    expect((await cli(['validate', warned(), '--max-warnings', '1'])).code).toBe(0)
  })

  it('--max-warnings 0 passes a clean submission', async () => {
    expect((await cli(['validate', clean(), '--max-warnings', '0'])).code).toBe(0)
  })

  it('--quiet hides warnings from the report but --max-warnings still counts them', async () => {
    const quiet = await cli(['validate', warned(), '--quiet', '--reporter', 'json'])
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([])
    expect(quiet.code).toBe(0)
    expect((await cli(['validate', warned(), '--quiet', '--max-warnings', '0'])).code).toBe(1)
  })

  it('errors and an unreadable input together exit 3, and the readable file is still checked', async () => {
    const dir = failing()
    const result = await cli(['validate', join(dir, 'bad.json'), join(dir, 'missing.txt'), '--reporter', 'json'])
    expect(result.code).toBe(3)
    expect(JSON.parse(result.stdout).diagnostics.map((d: {rule: string}) => d.rule)).toEqual(['validate/required-section', 'read/unreadable'])
  })

  it('an unknown reporter is a usage error (exit 2)', async () => {
    expect((await cli(['validate', clean(), '--reporter', 'xml'])).code).toBe(2)
  })
})

describe('what validate counts and what it lists', () => {
  const samples = join(ROOT, 'fixtures/samples')
  /** Everything found in the samples, as the JSON reporter lists it with --verbose. */
  async function found() {
    const report = JSON.parse((await cli(['validate', samples, '--reporter', 'json', '--verbose'])).stdout)
    const count = (severity: string) => report.diagnostics.filter((d: {severity: string}) => d.severity === severity).length
    return {files: 5, errors: count('error'), warnings: count('warning'), infos: count('info')}
  }

  it('the pretty summary counts what was found, shown or not, and says what was not shown', async () => {
    const all = await found()
    expect(all.warnings).toBeGreaterThan(0)
    expect(all.infos).toBeGreaterThan(0)
    const quiet = await cli(['validate', samples, '--quiet', '--max-warnings', '0'])
    expect(quiet.stdout).toBe(`⚠ 0 errors, ${all.warnings} warnings, ${all.infos} infos in 5 files (not shown: ${all.warnings} warnings (--quiet), ${all.infos} infos (--verbose shows them))\n`)
    expect(quiet.stderr).toBe(`practices: ${all.warnings} warnings, more than --max-warnings 0\n`)
    expect(quiet.code).toBe(1)
    const verbose = await cli(['validate', samples, '--verbose'])
    expect(verbose.stdout.trimEnd().split('\n').at(-1)).toBe(`⚠ 0 errors, ${all.warnings} warnings, ${all.infos} infos in 5 files`)
  })

  it('every reporter lists the same diagnostics: errors, warnings unless --quiet, infos with --verbose', async () => {
    const all = await found()
    for (const flags of [[], ['--quiet'], ['--verbose']]) {
      const listed = all.errors + (flags.includes('--quiet') ? 0 : all.warnings) + (flags.includes('--verbose') ? all.infos : 0)
      const json = JSON.parse((await cli(['validate', samples, '--reporter', 'json', ...flags])).stdout)
      expect(json.summary).toEqual(all)
      expect(json.diagnostics).toHaveLength(listed)
      const sarif = JSON.parse((await cli(['validate', samples, '--reporter', 'sarif', ...flags])).stdout)
      expect(sarif.runs[0].results).toHaveLength(listed)
      const github = (await cli(['validate', samples, '--reporter', 'github', ...flags])).stdout
      expect(github.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(listed)
    }
  })
})
