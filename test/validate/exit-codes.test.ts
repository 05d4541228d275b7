/** Exit codes of `practices validate` as a CI gate (README, "Exit codes"), run in-process. */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
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
