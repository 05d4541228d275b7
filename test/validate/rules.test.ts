/** The rule catalogue: what `practices rules`, the README tables and SARIF's rule entries are built from. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {RULE_IDS, RULES as CATALOGUE, type RuleInfo} from '../../src/diagnostics/rules.js'
import {enforce} from '../../src/validate/adopted.js'
import {RULES} from '../../src/validate/index.js'
import {ROOT} from '../helpers/golden.js'

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [])
}

describe('rule catalogue', () => {
  it('documents each rule with a namespaced id, a severity, a stage and a description', () => {
    for (const id of RULE_IDS) {
      const rule: RuleInfo = CATALOGUE[id]
      expect(id).toMatch(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
      expect(['read', 'detect', 'parse', 'pipeline', 'validate']).toContain(rule.stage)
      expect(rule.description.length).toBeGreaterThan(20)
      if (rule.example !== undefined) expect(rule.example).toMatch(/^Unexpected /)
    }
  })

  it('has an example message for every rule validate reports itself', () => {
    for (const rule of RULES) expect(CATALOGUE[rule.id]).toHaveProperty('example')
  })

  it('lists only rules some code reports, and every rule id written in src/ is in it', () => {
    const code = sources(join(ROOT, 'src')).filter((f) => !f.endsWith('diagnostics/rules.ts')).map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const id of RULE_IDS) expect(code, `${id} is in the catalogue but never reported`).toContain(`'${id}'`)
    const written = new Set([...code.matchAll(/'([a-z][a-z0-9-]*\/[a-z][a-z0-9-]*)'/g)].map((m) => m[1]!))
    const notRules = [...written].filter((id) => !(id in CATALOGUE) && !/^(?:text|csv-stringify|ajv|ajv-formats|n)\//.test(id))
    expect(notRules).toEqual([])
  })

  it('enforces the gate\'s severity on parser reports and leaves other rules alone', () => {
    const d = {severity: 'warning' as const, rule: 'municipality/unknown', message: 'm', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2}
    expect(enforce(d).severity).toBe('error')
    expect(enforce({...d, rule: 'ocr/repair', severity: 'info'}).severity).toBe('info')
    const unmapped = {...d, rule: 'coverage/unmapped'}
    expect(enforce(unmapped)).toBe(unmapped)
  })
})
