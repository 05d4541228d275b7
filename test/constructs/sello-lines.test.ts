import {describe, expect, it} from 'vitest'
import {paragraphs} from '../../src/constructs/labelled-sections.js'
import {readSelloLines, stripLeadIn} from '../../src/constructs/sello-lines.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'

function read(texts: string[], repair = true) {
  const messages = new Messages('t.txt')
  const list = paragraphs(texts.flatMap((text, i) => [{line: 2 * i + 1, text}, {line: 2 * i + 2, text: ''}]))
  const result = readSelloLines(list, {messages, repair})
  return {...result, messages: messages.list}
}

describe('Líneas Sello', () => {
  it('reads a bold line name after the lead-in, with its rationale', () => {
    const {lines} = read(['Se destaca el trabajo en las líneas de acción de Sello: **Políticas locales y trabajo colaborativo**, ya que se establecen acciones colaborativas.'])
    expect(lines.map(({line, rationale}) => ({line, rationale}))).toEqual([
      {line: 'politicas-locales', rationale: 'ya que se establecen acciones colaborativas.'},
    ])
  })

  it('reads plain names and short forms', () => {
    const {lines} = read([
      'Acceso a la información y orientación integral, ya que se orienta.',
      'Estrategias formativas, ya que capacita.',
      'Vinculación comunitaria, se promueve la asociatividad.',
    ])
    expect(lines.map((l) => [l.line, l.rationale])).toEqual([
      ['acceso-informacion', 'ya que se orienta.'],
      ['estrategias-formativas', 'ya que capacita.'],
      ['vinculacion-comunitaria', 'se promueve la asociatividad.'],
    ])
  })

  it('places a lead-in paragraph of its own without reading a line from it', () => {
    const {lines, placed} = read(['Se destaca el trabajo en las líneas de acción de Sello:', 'Fortalecimiento institucional, ya que fortalece.'])
    expect(lines.map((l) => l.line)).toEqual(['fortalecimiento-institucional'])
    expect(placed).toHaveLength(2)
  })

  it('matches names in upper case and without accents', () => {
    expect(read(['POLITICAS LOCALES Y TRABAJO COLABORATIVO, ya que coordina.']).lines[0]!.line).toBe('politicas-locales')
  })

  it('adds a paragraph that names no line to the previous rationale', () => {
    const {lines, unknown} = read(['Vinculación comunitaria, ya que convoca.', 'Además, la feria se repite cada año.'])
    expect(lines[0]!.rationale).toBe('ya que convoca.\n\nAdemás, la feria se repite cada año.')
    expect(unknown).toEqual([])
  })

  it('when a line is unknown, returns it with the nearest line as suggestion', () => {
    const {lines, unknown} = read(['Políticas locales, ya que coordina.', 'Fortalecimiento de redes, ya que articula.'])
    expect(lines.map((l) => l.line)).toEqual(['politicas-locales'])
    expect(unknown).toMatchObject([{actual: 'Fortalecimiento de redes', suggestion: 'Fortalecimiento institucional'}])
    expect(unknown[0]!.message).toMatch(/^Unexpected Sello line `Fortalecimiento de redes`, expected one of/)
  })

  it('when a bold name is unknown, returns it as unknown', () => {
    expect(read(['**Participación ciudadana**, ya que vota.']).unknown).toMatchObject([{actual: 'Participación ciudadana'}])
  })

  it('reads a name with a small typo and reports sello-lines/fuzzy-match as info; not with --no-repair', () => {
    const repaired = read(['Vinculasión comunitaria, ya que convoca.'])
    expect(repaired.lines[0]!.line).toBe('vinculacion-comunitaria')
    expect(repaired.messages).toMatchObject([{severity: 'info', rule: 'sello-lines/fuzzy-match', actual: 'Vinculasión comunitaria', expected: 'Vinculación comunitaria', suggestion: 'Vinculación comunitaria'}])
    const kept = read(['Vinculasión comunitaria, ya que convoca.'], false)
    expect(kept.lines).toEqual([])
    expect(kept.unknown).toHaveLength(1)
  })

  it('joins a repeated line with a sello-lines/duplicate warning', () => {
    const {lines, messages} = read(['Vinculación comunitaria, ya que uno.', 'Vinculación comunitaria, ya que dos.'])
    expect(lines).toHaveLength(1)
    expect(lines[0]!.rationale).toBe('ya que uno.\n\nya que dos.')
    expect(messages).toMatchObject([{rule: 'sello-lines/duplicate', line: 3}])
  })

  it('strips only a lead-in that speaks of the lines', () => {
    expect(stripLeadIn('Se destaca el trabajo en las líneas de acción de Sello: Texto')).toBe('Texto')
    expect(stripLeadIn('Estrategias formativas: texto')).toBe('Estrategias formativas: texto')
  })
})

describe('Sello lines typed with single line breaks', () => {
  it('reads each line that follows a full stop as its own item, and reports an unknown one', async () => {
    const {parseText} = await import('../helpers/parse.js')
    const sheet = [
      'Huerta comunitaria', '', 'MUNICIPALIDAD', 'RECOLETA', '', 'Categoría', '- [x] Sociolaboral', '',
      'Breve descripción', 'Se habilita una huerta.', '', 'Líneas Sello',
      'Vinculación comunitaria, ya que convoca a vecinos.',
      'Estrategias deportivas, ya que hay fútbol.',
      'Fortalecimiento institucional, ya que el equipo',
      'se capacita.',
    ].join('\n')
    const result = await parseText(sheet)
    const practice = result.records[0]
    expect(practice?.type === 'practice' && practice.selloLines).toEqual([
      {line: 'vinculacion-comunitaria', rationale: 'ya que convoca a vecinos.'},
      {line: 'fortalecimiento-institucional', rationale: 'ya que el equipo se capacita.'},
    ])
    expect(result.diagnostics.filter((d) => d.rule === 'sello-lines/unknown-line')).toMatchObject([
      {line: 14, severity: 'warning', suggestion: 'Estrategias formativas y de sensibilización'},
    ])
  })
})
