import {describe, expect, it} from 'vitest'
import type {Diagnostic} from '../../src/diagnostics/diagnostic.js'
import {formatGithub} from '../../src/diagnostics/reporters/github.js'
import {formatJson} from '../../src/diagnostics/reporters/json.js'
import {formatPretty} from '../../src/diagnostics/reporters/pretty.js'
import {colorLevel} from '../../src/cli/color.js'

const sample: Diagnostic = {
  severity: 'error', rule: 'month-table/cell-count',
  message: 'Unexpected 13 cells in the month row, expected 12',
  file: 'sheets/arica.txt', line: 3, column: 5, endLine: 3, endColumn: 8,
  expected: '12', actual: '13',
}
const warning: Diagnostic = {
  severity: 'warning', rule: 'checkbox-grid/unknown-label', message: 'Unexpected label `Cooperativa`, expected a category',
  file: 'sheets/arica.txt', line: 1, column: 1, endLine: 1, endColumn: 12, suggestion: 'Cooperativas',
}
const lines = ['Cooperativa', 'x', 'Ene\tFeb\tMar\tAbr']

describe('pretty reporter', () => {
  it('prints file:line:col, severity, message, rule, the line with a caret, and a summary', () => {
    expect(formatPretty([sample], {color: 0, lines: () => lines})).toBe(
      'sheets/arica.txt:3:5: error Unexpected 13 cells in the month row, expected 12  month-table/cell-count\n' +
      '  3 | Ene Feb Mar Abr\n' +
      '    |     ^^^\n' +
      '✖ 1 error, 0 warnings, 0 infos in 1 file\n')
  })

  it('shows the suggestion of a warning', () => {
    expect(formatPretty([warning], {color: 0, lines: () => lines})).toBe(
      'sheets/arica.txt:1:1: warning Unexpected label `Cooperativa`, expected a category  checkbox-grid/unknown-label\n' +
      '  1 | Cooperativa\n' +
      '    | ^^^^^^^^^^^\n' +
      '  = did you mean `Cooperativas`?\n' +
      '⚠ 0 errors, 1 warning, 0 infos in 1 file\n')
  })

  it('colours only when asked to', () => {
    expect(formatPretty([sample], {color: 1})).toContain('\u001b[31merror\u001b[39m')
    expect(formatPretty([sample], {color: 0})).not.toContain('\u001b[')
  })

  it('shows a window of a long line around the column', () => {
    const long = 'a'.repeat(300) + 'XYZ' + 'b'.repeat(300)
    const d = {...sample, line: 1, column: 301, endLine: 1, endColumn: 304}
    const out = formatPretty([d], {color: 0, lines: () => [long]})
    const [, source, caret] = out.split('\n')
    expect(source).toBe(`  1 | …${'a'.repeat(20)}XYZ${'b'.repeat(77)}…`)
    expect(caret).toBe(`    | ${' '.repeat(21)}^^^`)
  })
})

describe('json reporter', () => {
  it('prints a stable, versioned report', () => {
    expect(JSON.parse(formatJson([sample, warning], {files: 2, errors: 1, warnings: 1, infos: 0}))).toEqual({
      version: 1, tool: 'practices',
      summary: {files: 2, errors: 1, warnings: 1, infos: 0},
      diagnostics: [
        {file: 'sheets/arica.txt', line: 3, column: 5, endLine: 3, endColumn: 8, severity: 'error', rule: 'month-table/cell-count', message: 'Unexpected 13 cells in the month row, expected 12', expected: '12', actual: '13'},
        {file: 'sheets/arica.txt', line: 1, column: 1, endLine: 1, endColumn: 12, severity: 'warning', rule: 'checkbox-grid/unknown-label', message: 'Unexpected label `Cooperativa`, expected a category', suggestion: 'Cooperativas'},
      ],
    })
  })
})

describe('github reporter', () => {
  it('prints one workflow command per diagnostic', () => {
    expect(formatGithub([sample, {...warning, severity: 'info'}])).toBe(
      '::error file=sheets/arica.txt,line=3,col=5,endLine=3,endColumn=8,title=month-table/cell-count::Unexpected 13 cells in the month row, expected 12\n' +
      '::notice file=sheets/arica.txt,line=1,col=1,endLine=1,endColumn=12,title=checkbox-grid/unknown-label::Unexpected label `Cooperativa`, expected a category\n')
  })

  it('escapes newlines and percent signs in data, and commas and colons in properties', () => {
    const d = {...sample, file: 'a,b:c.txt', message: '50% done\nnext'}
    expect(formatGithub([d])).toBe('::error file=a%2Cb%3Ac.txt,line=3,col=5,endLine=3,endColumn=8,title=month-table/cell-count::50%25 done%0Anext\n')
  })
})

describe('colour', () => {
  it('follows --no-color, --color, FORCE_COLOR, NO_COLOR and the TTY, in that order', () => {
    expect(colorLevel(false, {FORCE_COLOR: '1'}, true)).toBe(0)
    expect(colorLevel(true, {NO_COLOR: '1'}, false)).toBe(1)
    expect(colorLevel(undefined, {FORCE_COLOR: '2', NO_COLOR: '1'}, false)).toBe(2)
    expect(colorLevel(undefined, {FORCE_COLOR: '0'}, true)).toBe(0)
    // A dumb terminal shows escape codes as text: no colour, unless forced.
    expect(colorLevel(undefined, {TERM: 'dumb'}, true)).toBe(0)
    expect(colorLevel(undefined, {TERM: 'xterm-256color'}, true)).toBe(1)
    expect(colorLevel(undefined, {TERM: 'dumb', FORCE_COLOR: '1'}, true)).toBe(1)
    expect(colorLevel(true, {TERM: 'dumb'}, true)).toBe(1)
    expect(colorLevel(undefined, {NO_COLOR: '1'}, true)).toBe(0)
    expect(colorLevel(undefined, {NO_COLOR: ''}, true)).toBe(1)
    expect(colorLevel(undefined, {}, true)).toBe(1)
    expect(colorLevel(undefined, {}, false)).toBe(0)
  })
})
