import {describe, expect, it} from 'vitest'
import {markedIds, readGrid, readGridLine} from '../../src/constructs/checkbox-grid.js'
import {cellMark, htmlAttributes, readMark} from '../../src/constructs/checkbox-mark.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {CATEGORY_SPECS} from '../../src/formats/ficha/labels.js'

describe('readMark', () => {
  it.each([
    ['<input checked="" type="checkbox"/>\tNNA', true],
    ['<input type="checkbox" checked/>\tNNA', true],
    ["<input type='checkbox' checked='checked' />\tNNA", true],
    ['<INPUT TYPE=CHECKBOX CHECKED>\tNNA', true],
    ['<input checked=checked type=checkbox>\tNNA', true],
    ['<input type="checkbox"/>\tNNA', false],
    ['<input type="checkbox" data-checked="yes"/>\tNNA', false],
  ])('reads the HTML input %s as marked=%s', (text, marked) => {
    expect(readMark(text)).toMatchObject({kind: 'html', marked})
  })

  it.each([['☒'], ['✓'], ['✔'], ['☑']])('reads the glyph %s as marked', (glyph) => {
    expect(readMark(`${glyph} Sociolaboral`)).toMatchObject({kind: 'glyph', marked: true, start: 0, end: 1})
  })

  it.each([['☐'], ['□']])('reads the glyph %s as unmarked', (glyph) => {
    expect(readMark(`${glyph}\tSociolaboral`)).toMatchObject({kind: 'glyph', marked: false})
  })

  it('reads GFM task items, with or without a bullet', () => {
    expect(readMark('- [x] NNA')).toMatchObject({kind: 'gfm', marked: true, text: '- [x]'})
    expect(readMark('* [X] NNA')).toMatchObject({kind: 'gfm', marked: true})
    expect(readMark('- [ ] NNA')).toMatchObject({kind: 'gfm', marked: false})
    expect(readMark('[x]')).toMatchObject({kind: 'gfm', marked: true})
  })

  it('reads a letter x only when a tab or a short gap and a label follow', () => {
    expect(readMark('x\tNNA')).toMatchObject({kind: 'letter', marked: true})
    expect(readMark('X Cooperativas')).toMatchObject({kind: 'letter', marked: true})
    expect(readMark('Xenofobia y racismo')).toBeNull()
    expect(readMark('Se destaca')).toBeNull()
  })

  it('skips leading white space and form feeds, keeping the mark offsets true', () => {
    expect(readMark('\f  ☒ NNA')).toMatchObject({start: 3, end: 4})
  })

  it('ignores inputs that are not checkboxes', () => {
    expect(readMark('<input type="text" value="x"/> Nombre')).toBeNull()
  })

  it('lower-cases attribute names and keeps any quoting', () => {
    expect(htmlAttributes("<input TYPE='checkbox' Checked>")).toEqual(new Map([['type', 'checkbox'], ['checked', '']]))
  })
})

describe('cellMark', () => {
  it('reads empty, marked, unmarked and unknown cells', () => {
    expect(cellMark('')).toBe('empty')
    expect(cellMark('  ')).toBe('empty')
    expect(cellMark('✓')).toBe('marked')
    expect(cellMark('x')).toBe('marked')
    expect(cellMark('[x]')).toBe('marked')
    expect(cellMark('<input checked="" type="checkbox"/>')).toBe('marked')
    expect(cellMark('<input type="checkbox"/>')).toBe('unmarked')
    expect(cellMark('☐')).toBe('unmarked')
    expect(cellMark('sí')).toBe('unknown')
  })
})

describe('readGridLine', () => {
  it('reads the label after the mark', () => {
    expect(readGridLine({line: 3, text: '<input checked="" type="checkbox"/>\tOtra: Regularización'})).toMatchObject({label: 'Otra: Regularización'})
  })

  it('is not a grid line without a label, or when the rest is a row of marks', () => {
    expect(readGridLine({line: 1, text: '☒'})).toBeNull()
    expect(readGridLine({line: 1, text: '✓\t✓\t✓'})).toBeNull()
    // A month row written as a task item is no grid line.
    expect(readGridLine({line: 1, text: '- [x] [ ] [ ] [x]'})).toBeNull()
    expect(readGridLine({line: 1, text: '- [x]\t[ ]\t[x]'})).toBeNull()
    expect(readGridLine({line: 1, text: 'Sociolaboral'})).toBeNull()
  })
})

describe('readGrid', () => {
  const grid = (...texts: string[]) => texts.map((text, i) => readGridLine({line: i + 1, text})!)
  const read = (lines: ReturnType<typeof grid>, repair = true) => {
    const messages = new Messages('t.txt')
    const choices = readGrid(lines, CATEGORY_SPECS, {messages, repair, noun: 'category', fuzzyRule: 'category/fuzzy-match'})
    return {choices, messages: messages.list}
  }

  it('binds marked labels to category ids, in vocabulary order', () => {
    const {choices} = read(grid('☒ NNA', '☐ Sociolaboral', '☒ Acogida/atención'))
    expect(markedIds(choices, CATEGORY_SPECS)).toEqual(['acogida-atencion', 'nna'])
  })

  it('reads the detail after `Otra:` whether or not the box is marked', () => {
    const {choices} = read(grid('☐ Otra: Regularización', '☒ Otra: ____'))
    expect(choices.map((c) => [c.id, c.marked, c.detail])).toEqual([['otra', false, 'Regularización'], ['otra', true, null]])
  })

  it('matches labels in upper case and without accents', () => {
    const {choices, messages} = read(grid('☒ ACOGIDA/ATENCION', '☒ INTERMEDIACION LABORAL'))
    expect(choices.map((c) => c.id)).toEqual(['acogida-atencion', 'intermediacion-laboral'])
    expect(messages).toEqual([])
  })

  it('when a label has a small typo, reads it and reports the caller\'s fuzzy rule as info, with the label read as suggestion', () => {
    const {choices, messages} = read(grid('☒ Capacitacines'))
    expect(choices[0]!.id).toBe('capacitaciones')
    expect(messages).toMatchObject([{severity: 'info', rule: 'category/fuzzy-match', actual: 'Capacitacines', expected: 'Capacitaciones', suggestion: 'Capacitaciones', line: 1, column: 3}])
  })

  it('with --no-repair, a fuzzy label binds to nothing and comes back as a problem', () => {
    const {choices, messages} = read(grid('☒ Capacitacines'), false)
    expect(choices[0]).toMatchObject({id: null, problem: {rule: 'category/fuzzy-match', severity: 'warning', suggestion: 'Capacitaciones'}})
    expect(messages).toEqual([])
  })

  it('when a label is unknown, returns checkbox-grid/unknown-label with the nearest category as suggestion', () => {
    const {choices} = read(grid('☒ Emprendimento social'))
    expect(choices[0]).toMatchObject({id: null, marked: true, problem: {rule: 'checkbox-grid/unknown-label', actual: 'Emprendimento social', suggestion: 'Emprendimiento'}})
  })
})
