/** The rule catalogue: what the README table and the SARIF rule entries are built from. */
import {describe, expect, it} from 'vitest'
import {ADOPTED, enforce} from '../../src/validate/adopted.js'
import {RULE_DOCS, RULES} from '../../src/validate/index.js'

describe('validate rule catalogue', () => {
  it('documents each rule once, with a namespaced id, a severity, a description and an example message', () => {
    const ids = RULE_DOCS.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of RULE_DOCS) {
      expect(rule.id).toMatch(/^[a-z][a-z-]*\/[a-z][a-z-]*$/)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
      expect(rule.description.length).toBeGreaterThan(20)
      expect(rule.example).toMatch(/^Unexpected /)
    }
  })

  it('a rule checked both by a parser and by validate has one id and one severity', () => {
    for (const rule of RULES) {
      const adopted = ADOPTED.find((a) => a.id === rule.id)
      if (adopted) expect(adopted.severity).toBe(rule.severity)
    }
  })

  it('enforces the gate\'s severity on parser reports and leaves other rules alone', () => {
    const d = {severity: 'warning' as const, rule: 'municipality/unknown', message: 'm', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 2}
    expect(enforce(d).severity).toBe('error')
    expect(enforce({...d, rule: 'ocr/repair', severity: 'info'}).severity).toBe('info')
    const unmapped = {...d, rule: 'coverage/unmapped'}
    expect(enforce(unmapped)).toBe(unmapped)
  })
})
