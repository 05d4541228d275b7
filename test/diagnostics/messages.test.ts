import {describe, expect, it} from 'vitest'
import {Messages} from '../../src/diagnostics/diagnostic.js'

const at = (line: number) => ({line, column: 1, endLine: line, endColumn: 2})

describe('Messages', () => {
  it('keeps every diagnostic by default', () => {
    const messages = new Messages('a.txt')
    messages.report('ocr/repair', 'Unexpected `andnima`, expected `anónima`', at(1))
    messages.report('document/no-records', 'Unexpected document without any record', at(2))
    expect(messages.list.map((d) => d.severity)).toEqual(['info', 'warning'])
    expect([messages.size, messages.countedOnly.size]).toEqual([2, 0])
  })

  it('with `infos: false`, counts infos by rule and keeps the warnings and errors', () => {
    const messages = new Messages('a.txt', {infos: false})
    const repair = messages.report('ocr/repair', 'Unexpected `andnima`, expected `anónima`', at(1))
    messages.report('ocr/repair', 'Unexpected `poblacidn`, expected `población`', at(3))
    messages.report('format/override', 'Unexpected format', at(1))
    messages.report('document/no-records', 'Unexpected document without any record', at(2))
    messages.report('read/empty', 'Unexpected empty file', at(1))
    // The caller still gets the diagnostic it reported.
    expect(repair).toMatchObject({severity: 'info', rule: 'ocr/repair', line: 1, message: 'Unexpected `andnima`, expected `anónima`'})
    expect(messages.list.map((d) => d.rule)).toEqual(['document/no-records', 'read/empty'])
    expect([...messages.countedOnly]).toEqual([['ocr/repair', 2], ['format/override', 1]])
    expect(messages.size).toBe(5)
  })

  it('moves kept and counted diagnostics into another, those of the rules asked for', () => {
    const from = new Messages('a.txt', {infos: false})
    from.report('ocr/repair', 'Unexpected `andnima`, expected `anónima`', at(1))
    from.report('format/override', 'Unexpected format', at(1))
    from.report('format/unknown', 'Unexpected document of unknown format', at(1))
    from.report('read/empty', 'Unexpected empty file', at(1))
    const into = new Messages('a.txt', from)
    into.report('ocr/repair', 'Unexpected `conté`, expected `contó`', at(4))
    into.take(from, (rule) => !rule.startsWith('format/'))
    expect(into.list.map((d) => d.rule)).toEqual(['read/empty'])
    expect([...into.countedOnly]).toEqual([['ocr/repair', 2]])
    expect([from.size, into.size]).toEqual([0, 3])
  })
})
