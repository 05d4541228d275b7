import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/golden.js'

/**
 * Each case in a Node process of its own, as the command line runs: V8 compiles a source once per
 * process, so a second compile in the same one would take neither cache nor source.
 */
function compiled(cache: 'build' | 'foreign' | 'none'): {use: string; answers: unknown} {
  const script = `
    import {readFileSync} from 'node:fs'
    const {compileValidators, VALIDATOR_CACHE} = await import(${JSON.stringify(join(ROOT, 'dist/schema/validators.js'))})
    const {emptyPractice} = await import(${JSON.stringify(join(ROOT, 'dist/schema/records.js'))})
    const cache = ${JSON.stringify(cache)}
    const data = cache === 'build' ? readFileSync(VALIDATOR_CACHE) : cache === 'foreign' ? Buffer.from('not a code cache') : undefined
    const {script, validators} = compileValidators(data)
    const source = {format: 'ficha', path: 'a.txt', startLine: 3, endLine: 9}
    const cases = [
      ['practice', {...emptyPractice(source), id: 'x', title: 'T'}],
      ['practice', {...emptyPractice(source), id: 'x', months: [4, 13], country: 'Chile'}],
      ['pmm-objective', {type: 'pmm-objective', id: 'pmm-objective-1', number: 1}],
      ['network-report', {type: 'network-report', id: 'n', source, initiative: 'Ciudades Solidarias', country: 'GT', date: '2024-02-31', figures: [], commitments: [], members: [], tags: [], sourceUrl: null}],
      // Lengths are counted in code units: the same answer as code points for \`minLength: 1\`.
      ['practice', {...emptyPractice(source), id: 'x', title: '\u{1F600}'}],
      ['practice', {...emptyPractice(source), id: 'x', title: ''}],
    ]
    const answers = cases.map(([type, record]) => [validators[type](record), validators[type].errors?.map((e) => e.instancePath + ' ' + e.message) ?? null])
    console.log(JSON.stringify({use: data ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none', answers}))
  `
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})) as {use: string; answers: unknown}
}

describe('record validators compiled from their generated source', () => {
  it('take the code cache `npm run build` wrote, and answer as without it, or with a cache V8 rejects', () => {
    const bare = compiled('none'), cached = compiled('build'), foreign = compiled('foreign')
    expect([bare.use, cached.use, foreign.use]).toEqual(['none', 'used', 'rejected'])
    const answers = bare.answers as Array<[boolean, string[] | null]>
    expect(answers.map(([valid]) => valid)).toEqual([true, false, false, false, true, false])
    expect(answers[1]![1]).toEqual(['/country must match pattern "^[A-Z]{2}$"', '/country must be null', '/country must match a schema in anyOf', '/months/1 must be <= 12'])
    expect(answers[5]![1]).toEqual(['/title must NOT have fewer than 1 characters', '/title must be null', '/title must match a schema in anyOf'])
    expect(cached.answers).toEqual(bare.answers)
    expect(foreign.answers).toEqual(bare.answers)
  })

  it('are compiled with the cache by the pipeline (`validatorCacheUse`)', () => {
    const script = `const m = await import(${JSON.stringify(join(ROOT, 'dist/schema/validators.js'))}); m.recordValidators(); console.log(m.validatorCacheUse())`
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'}).trim()).toBe('used')
  })
})
