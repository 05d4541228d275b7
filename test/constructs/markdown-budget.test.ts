import {describe, expect, it} from 'vitest'
import {BASE_BUDGET, MarkdownBudget, MAX_CHARS, MAX_DEPTH, MAX_MARKS, refusalFinding} from '../../src/constructs/markdown-budget.js'

describe('markdown-budget', () => {
  it('admits ordinary Markdown and spends its cost', () => {
    const budget = new MarkdownBudget(1000)
    expect(budget.admit('**Título** con [enlace](https://example.org) y _énfasis_')).toBeNull()
    expect(budget.admit('- uno\n  - dos\n    - tres\n> cita')).toBeNull()
  })

  it('refuses a fragment too long, too dense or nested too deep, whatever the budget', () => {
    const budget = new MarkdownBudget(100_000_000)
    expect(budget.admit('a'.repeat(MAX_CHARS + 1))).toEqual({why: 'size', actual: MAX_CHARS + 1, limit: MAX_CHARS})
    expect(budget.admit('*'.repeat(5000))).toEqual({why: 'marks', actual: MAX_MARKS + 1, limit: MAX_MARKS})
    expect(budget.admit(`${'- '.repeat(3000)}x`)).toEqual({why: 'depth', actual: MAX_DEPTH + 1, limit: MAX_DEPTH})
    expect(budget.admit(`uno\n${'>'.repeat(40)} x`)).toMatchObject({why: 'depth'})
    expect(budget.admit(`${'1. '.repeat(MAX_DEPTH)}x`)).toBeNull()
  })

  it('gives a document its base budget plus half its length, then refuses', () => {
    const budget = new MarkdownBudget(0)
    const line = `${'a'.repeat(60)}\n`
    const fragment = line.repeat(500) // 500 lines: 30,500 characters + 64 a line
    let admitted = 0
    while (budget.admit(fragment) === null) admitted++
    expect(admitted).toBe(Math.floor(BASE_BUDGET / (fragment.length + 64 * 501)))
    expect(budget.admit(fragment)).toMatchObject({why: 'budget'})
    expect(new MarkdownBudget(10_000_000).admit(fragment)).toBeNull()
  })

  it('words its refusal as a finding of markdown/not-read', () => {
    expect(refusalFinding({why: 'depth', actual: 3000, limit: MAX_DEPTH}, null)).toMatchObject({
      rule: 'markdown/not-read', actual: '3000',
      message: `Unexpected lists or quotes nested 3,000 deep, expected at most ${MAX_DEPTH}; its Markdown was not read, the text is kept as written`,
    })
  })
})
