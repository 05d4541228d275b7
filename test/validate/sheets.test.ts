/**
 * Every validate rule on a ficha sheet: one clean sheet, and for each rule a sheet that breaks
 * it, with the exact diagnostic (message and position) the gate reports, reported once.
 */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'
import {renderFactsheet} from '../../src/export/markdown.js'
import {cleanPractice, folderWith, positionOf} from './helpers.js'

/** A complete ficha in the seed's layout (HTML checkboxes, tab-separated month table). */
const SHEET = `Capacitación en Oficios

MUNICIPALIDAD
QUINTA NORMAL

Departamento/Oficinas municipales que participan

Oficina Municipal de Información Laboral (OMIL), Oficina de Migración Municipal

Categoría

<input checked="" type="checkbox"/>\tSociolaboral
<input type="checkbox"/>\tAcogida/atención
<input type="checkbox"/>\tEmprendimiento
<input checked="" type="checkbox"/>\tCapacitaciones
<input type="checkbox"/>\tCooperativas
<input type="checkbox"/>\tIntermediación laboral
<input type="checkbox"/>\tNNA
<input type="checkbox"/>\tOtra

Grupo prioritario

Mujeres madres sin redes de apoyo.

Fechas de implementación

Enero\tFebrero\tMarzo\tAbril\tMayo\tJunio\tJulio\tAgosto\tSeptiembre\tOctubre\tNoviembre\tDiciembre
\t\t\t\t\t\t\t\t✓\t✓\t✓\t

Septiembre, octubre y noviembre de cada año.

Forma de financiamiento

Recursos propios municipales.

Sostenibilidad en el tiempo

Las capacitaciones siguen realizándose de manera anual.

Breve descripción

La OMIL postula a capacitaciones de SENCE según las necesidades identificadas.

Elemento innovador/creativo del proyecto o actividad

Un diagnóstico previo orienta las acciones.

Líneas Sello

Estrategias formativas, ya que entrega capacitación específica a quienes lo requieren.
`

interface Reported {
  file: string; line: number; column: number; endLine: number; endColumn: number
  severity: string; rule: string; message: string; expected?: string; actual?: string; suggestion?: string
}

/** Validates `text` as `sheet.txt`; the errors and warnings, and the exit code. */
async function check(text: string) {
  const dir = folderWith({'sheet.txt': text})
  const result = await cli(['validate', join(dir, 'sheet.txt'), '--reporter', 'json'])
  const all = JSON.parse(result.stdout).diagnostics as Reported[]
  return {code: result.code, file: join(dir, 'sheet.txt'), problems: all.filter((d) => d.severity !== 'info')}
}

/** The place of `needle` (first occurrence) in `text`, as a one-line span. */
function span(text: string, needle: string) {
  const at = positionOf(text, needle)
  return {line: at.line, column: at.column, endLine: at.line, endColumn: at.column + needle.length}
}

/** The place of the whole line that starts with `start`. */
function lineOf(text: string, start: string) {
  const at = positionOf(text, `\n${start}`)
  const line = text.split('\n')[at.line]!
  return {line: at.line + 1, column: 1, endLine: at.line + 1, endColumn: line.length + 1}
}

const without = (text: string, part: string) => {
  expect(text).toContain(part)
  return text.replace(part, '')
}

describe('validate on a ficha sheet', () => {
  it('a complete sheet passes with no error or warning (exit 0)', async () => {
    const {code, problems} = await check(SHEET)
    expect(problems).toEqual([])
    expect(code).toBe(0)
  })

  it('when `Breve descripción` is missing, reports validate/required-section at the title, instead of the parser\'s warning', async () => {
    const {code, file, problems} = await check(without(SHEET, 'Breve descripción\n\nLa OMIL postula a capacitaciones de SENCE según las necesidades identificadas.\n\n'))
    expect(problems).toEqual([{
      file, ...span(SHEET, 'Capacitación en Oficios'), severity: 'error', rule: 'validate/required-section',
      message: 'Unexpected practice `Capacitación en Oficios` without `Breve descripción`, expected a `Breve descripción` section with text',
      expected: 'Breve descripción',
    }])
    expect(code).toBe(1)
  })

  it('when `Breve descripción` is empty, reports validate/required-section at the label', async () => {
    const text = without(SHEET, '\nLa OMIL postula a capacitaciones de SENCE según las necesidades identificadas.\n')
    const {problems} = await check(text)
    expect(problems).toMatchObject([{
      ...span(text, 'Breve descripción'), severity: 'error', rule: 'validate/required-section',
      message: 'Unexpected empty section `Breve descripción`, expected text under the label',
    }])
  })

  it('when the title is missing, reports validate/required-section at `MUNICIPALIDAD`', async () => {
    const text = without(SHEET, 'Capacitación en Oficios\n\n')
    const {problems} = await check(text)
    expect(problems).toMatchObject([{
      ...span(text, 'MUNICIPALIDAD'), severity: 'error', rule: 'validate/required-section',
      message: 'Unexpected practice without a title, expected a title line before `MUNICIPALIDAD`',
    }])
  })

  it('when the comuna is missing under `MUNICIPALIDAD`, reports validate/required-section there', async () => {
    const text = without(SHEET, 'QUINTA NORMAL\n')
    const {problems} = await check(text)
    expect(problems).toMatchObject([{
      ...span(text, 'MUNICIPALIDAD'), severity: 'error', rule: 'validate/required-section',
      message: 'Unexpected practice `Capacitación en Oficios` without a comuna, expected the comuna\'s name under `MUNICIPALIDAD`',
    }])
  })

  it('when no box is checked, reports validate/category-checked over the grid', async () => {
    const text = SHEET.replaceAll('<input checked="" type="checkbox"/>', '<input type="checkbox"/>')
    const {problems} = await check(text)
    const first = lineOf(text, '<input type="checkbox"/>\tSociolaboral')
    expect(problems).toEqual([{
      file: expect.any(String), ...first, endLine: first.line + 7, endColumn: '<input type="checkbox"/>\tOtra'.length + 1,
      severity: 'error', rule: 'validate/category-checked',
      message: 'Unexpected category grid without a checked box, expected at least one of `Sociolaboral`, `Acogida/atención`, `Emprendimiento`, `Capacitaciones`, `Cooperativas`, `Intermediación laboral`, `NNA`, `Otra` checked',
      expected: 'a category',
    }])
  })

  it('when the grid is missing, reports validate/category-checked at the title', async () => {
    const text = SHEET.slice(0, SHEET.indexOf('Categoría')) + SHEET.slice(SHEET.indexOf('Grupo prioritario'))
    const {problems} = await check(text)
    expect(problems).toMatchObject([{
      ...span(text, 'Capacitación en Oficios'), rule: 'validate/category-checked',
      message: 'Unexpected practice `Capacitación en Oficios` without a `Categoría` grid, expected at least one of `Sociolaboral`, `Acogida/atención`, `Emprendimiento`, `Capacitaciones`, `Cooperativas`, `Intermediación laboral`, `NNA`, `Otra` checked',
    }])
  })

  it('when `Forma de financiamiento` is missing, warns validate/missing-section at the title (exit 0)', async () => {
    const {code, problems} = await check(without(SHEET, 'Forma de financiamiento\n\nRecursos propios municipales.\n\n'))
    expect(problems).toMatchObject([{
      ...span(SHEET, 'Capacitación en Oficios'), severity: 'warning', rule: 'validate/missing-section',
      message: 'Unexpected practice `Capacitación en Oficios` without `Forma de financiamiento`, expected a `Forma de financiamiento` section',
    }])
    expect(code).toBe(0)
  })

  it('when `Forma de financiamiento` is empty, warns validate/empty-section at the label', async () => {
    const text = without(SHEET, '\nRecursos propios municipales.\n')
    const {problems} = await check(text)
    expect(problems).toMatchObject([{
      ...span(text, 'Forma de financiamiento'), severity: 'warning', rule: 'validate/empty-section',
      message: 'Unexpected empty section `Forma de financiamiento`, expected text under the label',
    }])
  })

  it('when a template placeholder is left, reports validate/template-text on its line', async () => {
    const text = SHEET.replace('Un diagnóstico previo orienta las acciones.', '«Qué tiene de innovador o creativo»')
    const {problems} = await check(text)
    expect(problems).toMatchObject([{
      ...span(text, '«Qué tiene de innovador o creativo»'), severity: 'error', rule: 'validate/template-text',
      message: 'Unexpected template text `«Qué tiene de innovador o creativo»` in `Elemento innovador/creativo del proyecto o actividad`, expected the practice\'s own text',
    }])
  })

  it('when the dates text names other months than the table, warns schedule/month-mismatch once', async () => {
    const text = SHEET.replace('Septiembre, octubre y noviembre de cada año.', 'Cada sábado, de abril a noviembre.')
    const {code, problems} = await check(text)
    expect(problems).toMatchObject([{
      ...span(text, 'Cada sábado, de abril a noviembre.'), severity: 'warning', rule: 'schedule/month-mismatch',
      message: 'Unexpected months `septiembre–noviembre` marked in the month table, expected the months the schedule text names: `abril–noviembre`',
    }])
    expect(code).toBe(0)
  })

  it('when a checked category is unknown, reports checkbox-grid/unknown-label as an error with a suggestion', async () => {
    const text = SHEET.replace('<input type="checkbox"/>\tCooperativas', '<input checked="" type="checkbox"/>\tDeportes')
    const {code, problems} = await check(text)
    expect(problems).toMatchObject([{...lineOf(text, '<input checked="" type="checkbox"/>\tDeportes'), severity: 'error', rule: 'checkbox-grid/unknown-label', suggestion: 'Otra'}])
    expect(problems[0]!.message).toMatch(/^Unexpected category `Deportes`/)
    expect(code).toBe(1)
  })

  it('when the only Sello line is unknown, reports sello-lines/unknown-line as an error, and no missing section', async () => {
    const text = SHEET.replace('Estrategias formativas, ya que', 'Estrategias deportivas, ya que')
    const {problems} = await check(text)
    expect(problems).toMatchObject([{...lineOf(text, 'Estrategias deportivas'), severity: 'error', rule: 'sello-lines/unknown-line', suggestion: expect.any(String)}])
    expect(problems[0]!.message).toMatch(/^Unexpected Sello line `Estrategias deportivas`, expected one of `Políticas locales y trabajo colaborativo`/)
  })

  it('when the comuna is unknown, reports municipality/unknown as an error naming the nearest, and no missing section', async () => {
    const text = SHEET.replace('QUINTA NORMAL', 'QUINTA ANORMALIDAD')
    const {problems} = await check(text)
    expect(problems).toMatchObject([{
      ...lineOf(text, 'QUINTA ANORMALIDAD'), severity: 'error', rule: 'municipality/unknown',
      message: 'Unexpected comuna `QUINTA ANORMALIDAD`, expected a comuna from the official list of Chilean comunas (nearest: `Quinta Normal`, `Punta Arenas`, `Quinta de Tilcoco`)',
    }])
  })

  it('a value read despite a typo (comuna, category, Sello line) is a warning with the fix as suggestion; --max-warnings 0 fails the sheet', async () => {
    const text = SHEET.replace('QUINTA NORMAL', 'RECOLETAA').replace('\tCapacitaciones', '\tCapacitacions')
      .replace('Estrategias formativas, ya que', 'Estrategias formatvas, ya que')
    const {code, problems} = await check(text)
    expect(problems).toMatchObject([
      {...span(text, 'RECOLETAA'), severity: 'warning', rule: 'municipality/fuzzy-match', actual: 'RECOLETAA', suggestion: 'Recoleta',
        message: 'Unexpected comuna `RECOLETAA`, expected `Recoleta` (read as `Recoleta`)'},
      {...span(text, 'Capacitacions'), severity: 'warning', rule: 'category/fuzzy-match', actual: 'Capacitacions', suggestion: 'Capacitaciones'},
      {...span(text, 'Estrategias formatvas'), severity: 'warning', rule: 'sello-lines/fuzzy-match', actual: 'Estrategias formatvas', suggestion: 'Estrategias formativas'},
    ])
    expect(code).toBe(0)
    const dir = folderWith({'sheet.txt': text})
    expect((await cli(['validate', join(dir, 'sheet.txt'), '--max-warnings', '0'])).code).toBe(1)
    // `parse` reads the same sheet with three infos (repairs), and no warning.
    const parsed = await cli(['parse', join(dir, 'sheet.txt')])
    const diagnostics = JSON.parse(parsed.stdout).documents[0].diagnostics as Reported[]
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([['info', 'municipality/fuzzy-match'], ['info', 'category/fuzzy-match'], ['info', 'sello-lines/fuzzy-match']])
    expect(parsed.stderr).toBe('')
  })

  it('a misspelt section label stays an info in validate (the template\'s words, not a value)', async () => {
    const {code, problems} = await check(SHEET.replace('Grupo prioritario', 'Grupo prioritaro'))
    expect(problems).toEqual([])
    expect(code).toBe(0)
  })

  it('when the month row has 13 cells, keeps the parser\'s month-table/cell-count error', async () => {
    const text = SHEET.replace('\t\t\t\t\t\t\t\t✓\t✓\t✓\t\n', '\t\t\t\t\t\t\t\t✓\t✓\t✓\t\t✓\n')
    const {code, problems} = await check(text)
    expect(problems.map((d) => [d.severity, d.rule, d.line])).toEqual([['error', 'month-table/cell-count', positionOf(text, '\t\t\t\t\t\t\t\t✓').line]])
    expect(code).toBe(1)
  })

  it('when a line is left in no field, warns coverage/unmapped on that line', async () => {
    const text = SHEET.replace('QUINTA NORMAL\n', 'QUINTA NORMAL\nRegión Metropolitana, Chile\n')
    const {code, problems} = await check(text)
    expect(problems).toMatchObject([{
      ...lineOf(text, 'Región Metropolitana, Chile'), severity: 'warning', rule: 'coverage/unmapped',
      message: 'Unexpected text not placed in any field: `Región Metropolitana, Chile`',
    }])
    expect(code).toBe(0)
  })

  it('when the same sheet is in two files, reports validate/duplicate-practice in the second', async () => {
    const dir = folderWith({'a.txt': SHEET, 'b.txt': SHEET})
    const result = await cli(['validate', dir, '--reporter', 'json'])
    const problems = (JSON.parse(result.stdout).diagnostics as Reported[]).filter((d) => d.severity !== 'info')
    expect(problems).toEqual([{
      file: join(dir, 'b.txt'), ...span(SHEET, 'Capacitación en Oficios'), severity: 'error', rule: 'validate/duplicate-practice',
      message: `Unexpected practice \`quinta-normal-capacitacion-en-oficios\` in both \`${join(dir, 'b.txt')}\` and \`${join(dir, 'a.txt')}\` (line 1), expected each practice in one file`,
      actual: 'quinta-normal-capacitacion-en-oficios-2', expected: 'quinta-normal-capacitacion-en-oficios',
    }])
    expect(result.code).toBe(1)
  })
})

describe('validate on the seed sheets', () => {
  it('the real ficha seed validates with exit 0', async () => {
    const result = await cli(['validate', join(ROOT, 'fixtures/samples/ficha-sello-migrante-2023.txt'), '--reporter', 'json'])
    expect(JSON.parse(result.stdout).summary.errors).toBe(0)
    expect(result.code).toBe(0)
  })

  it('the OCR repairs of the slide deck stay infos in validate', async () => {
    const result = await cli(['validate', join(ROOT, 'fixtures/samples/gobernanza-minrel-slides.txt'), '--reporter', 'json', '--verbose'])
    const diagnostics = JSON.parse(result.stdout).diagnostics as Reported[]
    const repairs = diagnostics.filter((d) => ['ocr/repair', 'label/fuzzy-match', 'municipality/fuzzy'].includes(d.rule))
    expect(repairs.length).toBeGreaterThan(10)
    expect(repairs.every((d) => d.severity === 'info')).toBe(true)
  })
})

describe('validate on a fact sheet', () => {
  it('an exported fact sheet of a complete practice passes clean', async () => {
    const markdown = await renderFactsheet(cleanPractice())
    const dir = folderWith({'sheet.md': markdown})
    const result = await cli(['validate', join(dir, 'sheet.md'), '--reporter', 'json'])
    expect(JSON.parse(result.stdout).diagnostics.filter((d: Reported) => d.severity !== 'info')).toEqual([])
    expect(result.code).toBe(0)
  })

  it('when the month table loses a column, month-table/cell-count is an error (the parser only warns)', async () => {
    const markdown = (await renderFactsheet(cleanPractice())).split('\n')
      .map((line) => (line.startsWith('|') ? line.replace(/\|[^|]*\|$/, '|') : line)).join('\n')
    const dir = folderWith({'sheet.md': markdown})
    const result = await cli(['validate', join(dir, 'sheet.md'), '--reporter', 'json'])
    const problems = (JSON.parse(result.stdout).diagnostics as Reported[]).filter((d) => d.severity !== 'info')
    expect(problems).toMatchObject([{
      ...lineOf(markdown, '| Ene'), severity: 'error', rule: 'month-table/cell-count',
      message: 'Unexpected 11 month columns, expected 12 (`Enero` … `Diciembre`)',
    }])
    expect(result.code).toBe(1)
  })
})
