import {describe, expect, it} from 'vitest'
import {paragraphs, readLabel, spanOn, splitSections, type SourceLine} from '../../src/constructs/labelled-sections.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {SECTION_LABELS} from '../../src/formats/ficha/labels.js'

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({line: i + 1, text}))

function split(texts: string[], repair = true) {
  const messages = new Messages('t.txt')
  const result = splitSections(lines(...texts), SECTION_LABELS, {messages, repair})
  return {...result, messages: messages.list}
}

describe('labelled sections', () => {
  it('splits at labels in any order', () => {
    const {preamble, sections} = split(['ARICA', 'Líneas Sello', 'texto sello', 'Grupo prioritario', '', 'Mujeres'])
    expect(preamble.map((s) => s.text)).toEqual(['ARICA'])
    expect(sections.map((s) => [s.id, s.lines.map((l) => l.text)])).toEqual([
      ['selloLines', ['texto sello']],
      ['priorityGroup', ['', 'Mujeres']],
    ])
  })

  it('matches labels in upper case, without accents, with a trailing colon or tab', () => {
    for (const text of ['BREVE DESCRIPCION', 'breve descripcion:', 'Breve descripción\t', 'CATEGORIA:\t', 'LINEAS SELLO']) {
      expect(readLabel({line: 1, text}, SECTION_LABELS)?.distance, text).toBe(0)
    }
  })

  it('when a label has a small typo, reads it and reports label/fuzzy-match as info', () => {
    const {sections, messages} = split(['Breve descripcin', 'Texto'])
    expect(sections[0]).toMatchObject({id: 'description', applied: true})
    expect(messages).toMatchObject([{severity: 'info', rule: 'label/fuzzy-match', actual: 'Breve descripcin', expected: 'Breve descripción', line: 1}])
  })

  it('with --no-repair, a fuzzy label is not applied and not reported (the caller leaves it)', () => {
    const {sections, messages} = split(['Breve descripcin', 'Texto'], false)
    expect(sections[0]).toMatchObject({id: 'description', applied: false})
    expect(messages).toEqual([])
  })

  it('reads a value on the label line, with its true column', () => {
    const {sections} = split(['Grupo prioritario: Mujeres haitianas'])
    const inline = sections[0]!.lines[0]!
    expect(inline.text).toBe('Mujeres haitianas')
    expect(spanOn(inline, 'haitianas')).toEqual({line: 1, column: 28, endLine: 1, endColumn: 37})
  })

  it('does not take sentences, grid lines or month headers for labels', () => {
    for (const text of [
      'Se destaca el trabajo en las líneas de acción de Sello: **Políticas locales**',
      '<input type="checkbox"/>\tOtra: Regularización',
      'Enero\tFebrero\tMarzo',
      'Academia Municipal Abierta: AMA',
    ]) expect(readLabel({line: 1, text}, SECTION_LABELS), text).toBeNull()
  })
})

describe('paragraphs', () => {
  it('joins wrapped lines with a space and keeps line breaks between items', () => {
    const list = paragraphs(lines('Recursos propios municipales.', 'Curso de español e insumos', 'financiados por ACNUR', 'Donaciones voluntarias.', '', 'Otro párrafo'))
    expect(list.map((p) => p.text)).toEqual([
      'Recursos propios municipales.\nCurso de español e insumos financiados por ACNUR\nDonaciones voluntarias.',
      'Otro párrafo',
    ])
  })

  it('joins a line that opens with a parenthesis to the previous one', () => {
    expect(paragraphs(lines('Mujeres madres sin redes de apoyo', '(no exclusivo).'))[0]!.text).toBe('Mujeres madres sin redes de apoyo (no exclusivo).')
  })
})
