import {describe, expect, it} from 'vitest'
import {looksLikeJson} from '../../src/pipeline/index.js'

const doc = (text: string, path = 'x.txt') => ({path, lines: text.split('\n'), encoding: 'utf-8' as const, bom: false, eol: 'lf' as const})

describe('JSON input sniffing', () => {
  it('takes .json and .jsonl files, and text that opens like JSON', () => {
    expect(looksLikeJson(doc('anything', 'a.json'))).toBe(true)
    expect(looksLikeJson(doc('\n  {"type": "practice"}'))).toBe(true)
    expect(looksLikeJson(doc('[\n  {"type": "practice"}\n]'))).toBe(true)
    expect(looksLikeJson(doc('[]'))).toBe(true)
  })
  it('does not take a sheet whose first line starts with a bracket or a task item', () => {
    expect(looksLikeJson(doc('[Borrador] Festival Multicultural\nMUNICIPALIDAD'))).toBe(false)
    expect(looksLikeJson(doc('[x] Sociolaboral'))).toBe(false)
    expect(looksLikeJson(doc('[ ] Sociolaboral'))).toBe(false)
  })
})
