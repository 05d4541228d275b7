/**
 * Validate rules on submissions already in JSON: each rule points at the JSON value to fix.
 * (Sheets are covered in sheets.test.ts.)
 */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {cleanPractice, folderWith, positionOf, recordsJson} from './helpers.js'

interface Reported {
  file: string; line: number; column: number; endLine: number; endColumn: number
  severity: string; rule: string; message: string; expected?: string; actual?: string; suggestion?: string
}

async function validateJson(files: Record<string, string>, ...args: string[]) {
  const dir = folderWith(files)
  const result = await cli(['validate', dir, '--reporter', 'json', ...args])
  const report = JSON.parse(result.stdout) as {summary: {errors: number; warnings: number}; diagnostics: Reported[]}
  return {...result, dir, report, diagnostics: report.diagnostics.filter((d) => d.severity !== 'info')}
}

/** Where the value of `"key": value` starts in `text`. */
function valueAt(text: string, key: string, value: string) {
  const at = positionOf(text, `"${key}": ${value}`)
  return {line: at.line, column: at.column + key.length + 4}
}

describe('validate on JSON records', () => {
  it('a complete, consistent practice passes with no diagnostics and exit 0', async () => {
    const {code, diagnostics} = await validateJson({'a.json': recordsJson(cleanPractice())})
    expect(diagnostics).toEqual([])
    expect(code).toBe(0)
  })

  it('reads a practice written before the repository fields (no `places`, `language` …) with those fields absent', async () => {
    const old = cleanPractice() as unknown as Record<string, unknown>
    for (const key of ['endYear', 'ongoing', 'practiceType', 'guidingPrinciples', 'sdgTargets', 'partners', 'places', 'sourceUrl', 'language']) delete old[key]
    const {code, diagnostics} = await validateJson({'a.json': JSON.stringify({schemaVersion: '1.0.0', records: [old]})})
    expect(diagnostics).toEqual([])
    expect(code).toBe(0)
    const parsed = await cli(['parse', folderWith({'a.json': JSON.stringify([old])})])
    expect(JSON.parse(parsed.stdout).documents[0].records[0]).toMatchObject({places: [], language: null, ongoing: null})
  })

  it('when the description is null, reports validate/required-section at the null', async () => {
    const text = recordsJson(cleanPractice({description: null}))
    const {code, dir, diagnostics} = await validateJson({'a.json': text})
    const at = valueAt(text, 'description', 'null')
    expect(diagnostics).toEqual([{
      file: join(dir, 'a.json'), ...at, endLine: at.line, endColumn: at.column + 4,
      severity: 'error', rule: 'validate/required-section',
      message: 'Unexpected empty value at `description` (`Breve descripción`), expected a value',
      expected: 'Breve descripción',
    }])
    expect(code).toBe(1)
  })

  it('when the Sello lines are empty, reports validate/required-section at the empty list', async () => {
    const text = recordsJson(cleanPractice({selloLines: []}))
    const {diagnostics} = await validateJson({'a.json': text})
    expect(diagnostics.map((d) => [d.rule, d.message, d.line, d.column])).toEqual([
      ['validate/required-section', 'Unexpected empty value at `selloLines` (`Líneas Sello`), expected a value', ...Object.values(valueAt(text, 'selloLines', '[]'))],
    ])
  })

  it('when no category is checked, reports validate/category-checked at the empty list', async () => {
    const text = recordsJson(cleanPractice({categories: []}))
    const {diagnostics} = await validateJson({'a.json': text})
    const at = valueAt(text, 'categories', '[]')
    expect(diagnostics).toMatchObject([{
      ...at, endColumn: at.column + 2, severity: 'error', rule: 'validate/category-checked',
      message: 'Unexpected empty value at `categories`, expected at least one of `Sociolaboral`, `Acogida/atención`, `Emprendimiento`, `Capacitaciones`, `Cooperativas`, `Intermediación laboral`, `NNA`, `Otra` checked',
    }])
  })

  it('when funding is null, warns validate/missing-section and still exits 0', async () => {
    const text = recordsJson(cleanPractice({funding: null}))
    const {code, diagnostics} = await validateJson({'a.json': text})
    expect(diagnostics).toMatchObject([{
      ...valueAt(text, 'funding', 'null'), severity: 'warning', rule: 'validate/missing-section',
      message: 'Unexpected empty value at `funding` (`Forma de financiamiento`), expected a value',
    }])
    expect(code).toBe(0)
  })

  it('when months repeat or go backwards, reports validate/months-order with the fixed list', async () => {
    const text = recordsJson(cleanPractice({months: [11, 9, 9, 10], schedule: null}))
    const {diagnostics} = await validateJson({'a.json': text})
    const at = positionOf(text, '"months": [')
    expect(diagnostics).toMatchObject([{
      line: at.line, column: at.column + 10, endLine: at.line + 5,
      severity: 'error', rule: 'validate/months-order',
      message: 'Unexpected months `[11, 9, 9, 10]`, expected ascending months without repeats `[9, 10, 11]`',
      actual: '[11, 9, 9, 10]', expected: '[9, 10, 11]',
    }])
  })

  it('when the dates text names other months than the marks, warns schedule/month-mismatch at the text', async () => {
    const text = recordsJson(cleanPractice({schedule: 'Cada sábado del mes, de abril a noviembre.'}))
    const {code, diagnostics} = await validateJson({'a.json': text})
    expect(diagnostics).toMatchObject([{
      ...valueAt(text, 'schedule', '"Cada'), severity: 'warning', rule: 'schedule/month-mismatch',
      message: 'Unexpected months `septiembre–noviembre` marked in the month table, expected the months the schedule text names: `abril–noviembre`',
      actual: 'septiembre–noviembre', expected: 'abril–noviembre',
    }])
    expect(code).toBe(0)
  })

  it('when the comuna is unknown, reports it as an error naming the nearest comunas', async () => {
    const text = recordsJson(cleanPractice({municipality: {name: 'Quinta Nromal', code: null, region: null}}))
    const {diagnostics} = await validateJson({'a.json': text})
    const at = valueAt(text, 'municipality', '{')
    expect(diagnostics).toMatchObject([{
      ...at, severity: 'error', rule: 'municipality/unknown',
      message: 'Unexpected comuna `Quinta Nromal`, expected a comuna from the official list of Chilean comunas (nearest: `Quinta Normal`, `Punta Arenas`, `Quintero`)',
      suggestion: 'Quinta Normal',
    }])
  })

  it('when the CUT code is not the comuna\'s, reports the official code', async () => {
    const text = recordsJson(cleanPractice({municipality: {name: 'Quinta Normal', code: '13201', region: 'Metropolitana de Santiago'}}))
    const {diagnostics} = await validateJson({'a.json': text})
    expect(diagnostics).toMatchObject([{
      rule: 'municipality/unknown', severity: 'error',
      message: 'Unexpected code `13201` for comuna `Quinta Normal`, expected `13126`', actual: '13201', expected: '13126',
    }])
  })

  it('when a template placeholder is left, reports validate/template-text', async () => {
    const text = recordsJson(cleanPractice({innovation: '«Qué tiene de innovador o creativo»'}))
    const {diagnostics} = await validateJson({'a.json': text})
    expect(diagnostics).toMatchObject([{
      ...valueAt(text, 'innovation', '"«'), severity: 'error', rule: 'validate/template-text',
      message: 'Unexpected template text `«Qué tiene de innovador o creativo»` in `Elemento innovador/creativo del proyecto o actividad`, expected the practice\'s own text',
    }])
  })

  it('when a category id is misspelled, the schema error suggests the nearest id', async () => {
    const text = recordsJson(cleanPractice({categories: ['cooperativa' as 'cooperativas']}))
    const {diagnostics} = await validateJson({'a.json': text})
    const at = positionOf(text, '"cooperativa"')
    expect(diagnostics).toMatchObject([{line: at.line, column: at.column, rule: 'schema/invalid', severity: 'error', suggestion: 'cooperativas'}])
    expect(diagnostics[0]!.message).toMatch(/^Unexpected value at `categories\[0\]`: Invalid option/)
  })
})

describe('validate/duplicate-practice', () => {
  it('when the same practice is in two files, reports an error in the second naming both files', async () => {
    const text = recordsJson(cleanPractice())
    const {code, dir, diagnostics} = await validateJson({'a.json': text, 'b.json': text})
    const at = valueAt(text, 'title', '"Capa')
    expect(diagnostics).toEqual([{
      file: join(dir, 'b.json'), ...at, endLine: at.line, endColumn: at.column + '"Capacitación en Oficios"'.length,
      severity: 'error', rule: 'validate/duplicate-practice',
      message: `Unexpected practice \`quinta-normal-capacitacion-en-oficios\` in both \`${join(dir, 'b.json')}\` and \`${join(dir, 'a.json')}\` (line ${at.line}), expected each practice in one file`,
      actual: 'quinta-normal-capacitacion-en-oficios-2', expected: 'quinta-normal-capacitacion-en-oficios',
    }])
    expect(code).toBe(1)
  })

  it('when the same practice is twice in one file, keeps the pipeline\'s id/duplicate warning', async () => {
    const text = recordsJson(cleanPractice(), cleanPractice())
    const {code, diagnostics} = await validateJson({'a.json': text})
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'id/duplicate']])
    expect(code).toBe(0)
  })
})
