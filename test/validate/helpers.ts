/** Records and files for validate tests: a practice that passes every rule, and variations of it. */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {emptyPractice, type Practice} from '../../src/schema/records.js'

/** A ficha practice with every required and recommended section, consistent months and comuna. */
export function cleanPractice(overrides: Partial<Practice> = {}): Practice {
  return {
    ...emptyPractice({format: 'ficha', path: 'sheets/quinta-normal.txt', startLine: 1, endLine: 40}),
    id: 'quinta-normal-capacitacion-en-oficios',
    title: 'Capacitación en Oficios',
    country: 'CL',
    municipality: {name: 'Quinta Normal', code: '13126', region: 'Metropolitana de Santiago'},
    departments: ['Oficina Municipal de Información Laboral (OMIL)', 'Oficina de Migración Municipal'],
    categories: ['sociolaboral', 'capacitaciones'],
    priorityGroup: 'Mujeres madres sin redes de apoyo',
    months: [9, 10, 11],
    schedule: 'Septiembre, octubre y noviembre de cada año.',
    startYear: 2018,
    funding: 'Recursos propios municipales.',
    sustainability: 'Las capacitaciones siguen realizándose de manera anual.',
    description: 'La municipalidad realiza un levantamiento de necesidades de capacitación.',
    innovation: 'Un diagnóstico orienta las acciones.',
    selloLines: [{line: 'estrategias-formativas', rationale: 'entrega capacitación específica.'}],
    ...overrides,
  }
}

/** JSON text of records, two-space indented, as `practices export --format json` writes it. */
export function recordsJson(...records: object[]): string {
  return JSON.stringify({schemaVersion: '1.0.0', records}, null, 2) + '\n'
}

/** The 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, from = 0): {line: number; column: number} {
  const index = text.indexOf(needle, from)
  if (index < 0) throw new Error(`\`${needle}\` not in text`)
  const before = text.slice(0, index).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

/** A fresh temporary folder with `files` written into it; returns the folder. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'practices-validate-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}
