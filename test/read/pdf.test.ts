/**
 * The PDF reader on PDFs written by scripts/lib/simple-pdf.mjs (positions chosen by the test)
 * and on the LibreOffice fixtures: lines by baseline, table columns, rejoined paragraphs,
 * page furniture, form checkboxes, and bad files.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {Messages, type Diagnostic} from '../../src/diagnostics/diagnostic.js'
import {readSource} from '../../src/pipeline/index.js'
import {ROOT} from '../helpers/golden.js'
// @ts-expect-error: a plain .mjs helper shared with scripts/bench.mjs
import {simplePdf, wrap} from '../../scripts/lib/simple-pdf.mjs'

type Line = {x: number; y: number; text: string; size?: number}
const pdf = simplePdf as (pages: Array<{lines: Line[]; boxes?: Array<{x: number; y: number; checked: boolean}>}>) => Uint8Array

async function read(bytes: Uint8Array, path = 'x.pdf'): Promise<{lines: string[]; pages: number[]; diagnostics: Diagnostic[]}> {
  const messages = new Messages(path)
  const result = await readSource(path, bytes, messages)
  return {lines: result.ok ? result.doc.lines : [], pages: result.ok ? result.doc.pages ?? [] : [], diagnostics: messages.list}
}

const MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre']
const monthHeader = (y: number): Line[] => MONTHS.map((m, i) => ({x: 60 + i * 46, y, text: m, size: 7}))

describe('pdf reader', () => {
  it('puts a lone month mark under its month by the header columns', async () => {
    const {lines} = await read(pdf([{lines: [
      {x: 60, y: 700, text: 'Fechas de implementación'},
      ...monthHeader(680),
      {x: 60 + 10 * 46 + 8, y: 668, text: 'X', size: 9},
      {x: 60, y: 640, text: 'En noviembre de cada año.'},
    ]}]))
    expect(lines).toEqual(['Fechas de implementación', '', MONTHS.join('\t'), `${'\t'.repeat(10)}X`, '', 'En noviembre de cada año.'])
  })

  it('joins wrapped lines, keeps typed line breaks, starts a paragraph at a wider gap', async () => {
    const text = 'La municipalidad habilitó un huerto comunitario en un terreno municipal donde familias chilenas y migrantes cultivan juntas durante todo el año.'
    const wrapped = wrap(text, 80).map((t: string, i: number) => ({x: 72, y: 700 - i * 14, text: t}))
    const {lines} = await read(pdf([{lines: [
      ...wrapped,
      {x: 72, y: 640, text: 'Recursos propios municipales.'},
      {x: 72, y: 626, text: 'Curso de español'},
    ]}]))
    expect(wrapped.length).toBeGreaterThan(1)
    expect(lines).toEqual([text, '', 'Recursos propios municipales.', 'Curso de español'])
  })

  it('mends a word hyphenated at a line end only when the halves make a Spanish word', async () => {
    // Both lines end at the right margin (x ≈ 300): the next word did not fit after either.
    const {lines, diagnostics} = await read(pdf([{lines: [
      {x: 72, y: 700, text: 'Un trabajo con la comunidad intercul-'},
      {x: 72, y: 686, text: 'tural, con vecinas y vecinos, fue co-'},
      {x: 72, y: 672, text: 'organizado con la junta.'},
    ]}]))
    expect(lines).toEqual(['Un trabajo con la comunidad intercultural, con vecinas y vecinos, fue co-organizado con la junta.'])
    expect(diagnostics.filter((d) => d.rule === 'pdf/hyphenation')).toMatchObject([{severity: 'info', actual: 'intercul-tural', expected: 'intercultural', line: 1}])
  })

  it('drops running headers and page numbers as furniture, reported as info, and keeps each line\'s page', async () => {
    const page = (n: number, body: string): {lines: Line[]} => ({lines: [
      {x: 72, y: 800, text: 'Fichas de Buenas Prácticas 2023', size: 8},
      {x: 72, y: 700, text: body},
      {x: 480, y: 40, text: `Página ${n} de 3`, size: 8},
    ]})
    const {lines, pages, diagnostics} = await read(pdf([page(1, 'Primera.'), page(2, 'Segunda.'), page(3, 'Tercera.')]))
    expect(lines).toEqual(['Primera.', '', 'Segunda.', '', 'Tercera.'])
    expect(pages).toEqual([1, 2, 2, 3, 3])
    expect(diagnostics.map((d) => [d.rule, d.actual])).toEqual([
      ['pdf/page-furniture', 'Fichas de Buenas Prácticas 2023'],
      ['pdf/page-furniture', 'Página 1 de 3'],
    ])
    expect(diagnostics.every((d) => d.severity === 'info')).toBe(true)
  })

  it('reads AcroForm checkbox fields as marks', async () => {
    const {lines} = await read(pdf([{lines: [{x: 90, y: 700, text: 'Sociolaboral'}, {x: 90, y: 680, text: 'NNA'}],
      boxes: [{x: 72, y: 698, checked: false}, {x: 72, y: 678, checked: true}]}]))
    expect(lines).toEqual(['☐\tSociolaboral', '☒\tNNA'])
  })

  it('a PDF without text is a scan: OCR needed', async () => {
    const {diagnostics} = await read(pdf([{lines: []}, {lines: []}]))
    expect(diagnostics).toMatchObject([{severity: 'error', rule: 'read/no-text-layer'}])
    expect(diagnostics[0]!.message).toContain('OCR')
  })

  it('an encrypted PDF, a damaged PDF and a file named .pdf that is none get errors in words', async () => {
    const encrypted = await read(readFileSync(join(ROOT, 'fixtures/cases/ficha/office/password.pdf')))
    expect(encrypted.diagnostics).toMatchObject([{severity: 'error', rule: 'read/encrypted'}])
    const damaged = await read(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n'))
    expect(damaged.diagnostics[0]).toMatchObject({severity: 'error'})
    expect(damaged.diagnostics[0]!.rule).toMatch(/^read\/(corrupt|no-text-layer)$/)
    const notPdf = await read(new TextEncoder().encode('hola'), 'informe.pdf')
    expect(notPdf.diagnostics).toMatchObject([{severity: 'error', rule: 'read/corrupt'}])
    expect(notPdf.diagnostics[0]!.message).toContain('%PDF-')
  })
})
