/**
 * `practices template`: a blank sheet with every section, the category grid and the month table;
 * the blank sheet fails validation, the filled one passes clean.
 */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CATEGORIES} from '../../src/vocab/categories.js'
import {MONTH_ABBREVIATIONS, MONTHS} from '../../src/vocab/months.js'
import {SELLO_LINES} from '../../src/vocab/sello-lines.js'
import {cli} from '../helpers/cli.js'
import {folderWith} from './helpers.js'

async function validate(name: string, text: string) {
  const dir = folderWith({[name]: text})
  const result = await cli(['validate', join(dir, name), '--reporter', 'json'])
  const diagnostics = (JSON.parse(result.stdout).diagnostics as Array<{severity: string; rule: string; message: string; line: number}>)
  return {code: result.code, problems: diagnostics.filter((d) => d.severity !== 'info')}
}

describe('practices template (txt)', () => {
  it('prints every ficha section, the eight categories and the twelve months', async () => {
    const {code, stdout} = await cli(['template'])
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    for (const label of ['MUNICIPALIDAD', 'Departamento/Oficinas municipales que participan', 'Categoría', 'Grupo prioritario',
      'Fechas de implementación', 'Forma de financiamiento', 'Sostenibilidad en el tiempo', 'Breve descripción',
      'Elemento innovador/creativo del proyecto o actividad', 'Líneas Sello']) expect(lines).toContain(label)
    for (const category of CATEGORIES) expect(lines.some((l) => l.startsWith(`- [ ] ${category.label}`))).toBe(true)
    expect(lines).toContain(MONTHS.join('\t'))
    expect(lines).toContain(Array(12).fill('[ ]').join('\t'))
    for (const line of SELLO_LINES) expect(lines.some((l) => l.startsWith(`${line.label}, «`))).toBe(true)
  })

  it('the blank sheet does not pass: placeholders and the empty grid are errors', async () => {
    const {stdout} = await cli(['template'])
    const {code, problems} = await validate('blank.txt', stdout)
    expect(code).toBe(1)
    expect(problems.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(expect.arrayContaining(['validate/category-checked', 'validate/template-text']))
  })

  it('a filled sheet validates clean: exit 0, no error, no warning', async () => {
    const {stdout} = await cli(['template'])
    const filled = fillText(stdout)
    const {code, problems} = await validate('quinta-normal.txt', filled)
    expect(problems).toEqual([])
    expect(code).toBe(0)
  })
})

describe('practices template --format md', () => {
  it('prints the exporter\'s fact sheet layout with every ficha section', async () => {
    const {code, stdout} = await cli(['template', '--format', 'md'])
    expect(code).toBe(0)
    expect(stdout.startsWith('<!-- practices:factsheet v1 practice -->\n')).toBe(true)
    const headings = stdout.split('\n').filter((l) => l.startsWith('## '))
    expect(headings).toEqual(['## Municipalidad', '## Departamento/Oficinas municipales que participan', '## Categoría', '## Grupo prioritario',
      '## Fechas de implementación', '## Forma de financiamiento', '## Sostenibilidad en el tiempo', '## Breve descripción',
      '## Elemento innovador/creativo del proyecto o actividad', '## Líneas Sello'])
    for (const category of CATEGORIES) expect(stdout).toContain(`- [ ] ${category.label}\n`)
    expect(stdout).toContain(`| ${MONTH_ABBREVIATIONS.join(' | ')} |`)
  })

  it('the blank fact sheet does not pass', async () => {
    const {stdout} = await cli(['template', '--format', 'md'])
    const {code, problems} = await validate('blank.md', stdout)
    expect(code).toBe(1)
    expect(problems.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(
      ['validate/required-section', 'validate/required-section', 'validate/category-checked', 'validate/required-section', 'validate/required-section'])
  })

  it('a filled fact sheet validates clean: exit 0, no error, no warning', async () => {
    const {stdout} = await cli(['template', '--format', 'md'])
    const {code, problems} = await validate('quinta-normal.md', fillMarkdown(stdout))
    expect(problems).toEqual([])
    expect(code).toBe(0)
  })
})

/** What a municipality writes into the blank txt sheet. */
function fillText(blank: string): string {
  return blank
    .replace('«Nombre de la práctica»', 'Capacitación en Oficios')
    .replace('«NOMBRE DE LA COMUNA»', 'QUINTA NORMAL')
    .replace(/«Unidades u oficinas[^»]*»/, 'Oficina Municipal de Información Laboral (OMIL)\nOficina de Migración Municipal')
    .replace('- [ ] Sociolaboral', '- [x] Sociolaboral')
    .replace('- [ ] Capacitaciones', '- [x] Capacitaciones')
    .replace('«Personas a quienes se dirige la práctica»', 'Mujeres madres sin redes de apoyo.')
    .replace(Array(12).fill('[ ]').join('\t'), [...Array(8).fill('[ ]'), '[x]', '[x]', '[x]', '[ ]'].join('\t'))
    .replace(/«Cuándo y con qué frecuencia[^»]*»/, 'Septiembre, octubre y noviembre de cada año, desde 2018.')
    .replace('«Fuentes de financiamiento»', 'Recursos propios municipales. SENCE.')
    .replace('«Cómo se mantiene en el tiempo»', 'Las capacitaciones siguen realizándose de manera anual.')
    .replace(/«Qué se hace,[^»]*»/, 'La OMIL postula a capacitaciones de SENCE según las necesidades identificadas.')
    .replace('«Qué tiene de innovador o creativo»', 'Un diagnóstico previo orienta las acciones.')
    // Keep one Sello line with its reason; delete the other paragraphs.
    .replace(/Políticas locales y trabajo colaborativo, «[^»]*»\n\n/, '')
    .replace(/Acceso a la información y orientación integral, «[^»]*»\n\n/, '')
    .replace(/Fortalecimiento institucional, «[^»]*»\n\n/, '')
    .replace(/Vinculación comunitaria, «[^»]*»\n\n/, '')
    .replace(/Estrategias formativas y de sensibilización, «[^»]*»/, 'Estrategias formativas y de sensibilización, ya que entrega capacitación específica.')
}

/** What a municipality writes into the blank fact sheet. */
function fillMarkdown(blank: string): string {
  const section = (md: string, heading: string, body: string) =>
    md.replace(new RegExp(`(## ${heading.replace(/[/()]/g, '\\$&')}\\n\\n)_Sin información_\\n`), `$1${body}\n`)
  let md = blank.replace('# _Sin título_', '# Capacitación en Oficios').replace('- **País:** _Sin información_', '- **País:** CL')
  md = section(md, 'Municipalidad', 'Quinta Normal')
  md = section(md, 'Departamento/Oficinas municipales que participan', '- Oficina Municipal de Información Laboral (OMIL)\n- Oficina de Migración Municipal')
  md = md.replace('- [ ] Sociolaboral', '- [x] Sociolaboral').replace('- [ ] Capacitaciones', '- [x] Capacitaciones')
  md = section(md, 'Grupo prioritario', 'Mujeres madres sin redes de apoyo.')
  const emptyRow = /\n(\|(?: +\|){12})\n/.exec(md)![1]!
  md = md.replace(emptyRow, `| ${[...Array(8).fill(' '), '✓', '✓', '✓', ' '].join(' | ')} |\n\nSeptiembre, octubre y noviembre de cada año.`)
  md = section(md, 'Forma de financiamiento', 'Recursos propios municipales.')
  md = section(md, 'Sostenibilidad en el tiempo', 'Se realiza de manera anual.')
  md = section(md, 'Breve descripción', 'La OMIL postula a capacitaciones de SENCE según las necesidades identificadas.')
  md = section(md, 'Elemento innovador/creativo del proyecto o actividad', 'Un diagnóstico previo orienta las acciones.')
  md = section(md, 'Líneas Sello', '- **Estrategias formativas y de sensibilización:** entrega capacitación específica.')
  return md
}
