import {describe, expect, it} from 'vitest'
import {cellText, checkTags, MAX_CELL_DEPTH, MAX_CELL_ISSUES, parseCell, splitNumbered} from '../../src/constructs/html-cell.js'

describe('html-cell', () => {
  it('reads each <p> as a paragraph, decoding entities and squashing spaces', async () => {
    const cell = await parseCell('<p>1 DATOS</p> <p>Recopilar  y &amp; utilizar\n datos.</p>')
    expect(cell.blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', '1 DATOS'], ['paragraph', 'Recopilar y & utilizar datos.']])
    expect(cell.issues).toEqual([])
  })

  it('reads plain text without markup as one paragraph', async () => {
    expect((await parseCell('  Texto sin etiquetas ')).blocks).toEqual([{kind: 'paragraph', text: 'Texto sin etiquetas', marker: null, links: []}])
  })

  it('keeps <ol><li> items as numbered list items and <ul> items as bullets', async () => {
    const cell = await parseCell('<p>Líneas:</p><ol><li>sesiones</li><li>escuela</li></ol><ul><li>uno</li></ul>')
    expect(cellText(cell)).toBe('Líneas:\n1. sesiones\n2. escuela\n- uno')
    expect(cell.blocks[1]).toMatchObject({kind: 'item', marker: '1.', text: 'sesiones'})
  })

  it('honours <ol start> and does not number twice an item that already carries its number', async () => {
    expect(cellText(await parseCell('<ol start="3"><li>tres</li><li>4. cuatro</li></ol>'))).toBe('3. tres\n4. cuatro')
  })

  it('splits an <ol> holding "1. … 2. …" as text (not <li>) into items, dropping the separators', async () => {
    const cell = await parseCell('<p>Acción:</p> <ol style="list-style-type: none"> 1. sesiones socio deportivas, 2. escuela de liderazgo; y 3. comunicación. </ol>')
    expect(cellText(cell)).toBe('Acción:\n1. sesiones socio deportivas\n2. escuela de liderazgo\n3. comunicación.')
  })

  it('when an <ol> is never closed, still reads the paragraph after it and warns html/unclosed-tag at the <ol>', async () => {
    const html = '<p>Texto:</p> <ol style="x"> 1. uno, 2. dos. <p>Enlace: Sitio</p>'
    const cell = await parseCell(html)
    expect(cellText(cell)).toBe('Texto:\n1. uno\n2. dos.\nEnlace: Sitio')
    expect(cell.issues).toMatchObject([{rule: 'html/unclosed-tag', at: {offset: html.indexOf('<ol')}, actual: '<ol>', expected: '</ol>'}])
  })

  it('when a <p> is not closed, still parses the cell and warns html/unclosed-tag', async () => {
    const html = '<p>Primero sin cierre. <p>Segundo.</p>'
    const cell = await parseCell(html)
    expect(cell.blocks.map((b) => b.text)).toEqual(['Primero sin cierre.', 'Segundo.'])
    expect(cell.issues).toMatchObject([{rule: 'html/unclosed-tag', at: {offset: 0, length: 3}}])
    expect(cell.truncated).toBe(false)
  })

  it('reports an end tag without its start tag as html/stray-end-tag', async () => {
    const cell = await parseCell('<p>Texto.</p></ol>')
    expect(cell.blocks.map((b) => b.text)).toEqual(['Texto.'])
    expect(cell.issues).toMatchObject([{rule: 'html/stray-end-tag', at: {offset: 13}, actual: '</ol>'}])
  })

  it('when the cell stops mid-word inside an open <p>, keeps the text and reports html/truncated-cell only', async () => {
    const html = '<p>El balón no tiene fronteras (desde 2019) Estrategia para promover la inte'
    const cell = await parseCell(html)
    expect(cell.truncated).toBe(true)
    expect(cell.blocks[0]!.text).toBe('El balón no tiene fronteras (desde 2019) Estrategia para promover la inte')
    expect(cell.issues.map((i) => i.rule)).toEqual(['html/truncated-cell'])
    expect(cell.issues[0]!.at.offset).toBe(html.length)
  })

  it('treats a tag cut in the middle as truncation', () => {
    expect(checkTags('<p>Texto.</p> <p').truncated).toBe(true)
  })

  it('keeps the href of links', async () => {
    const cell = await parseCell('<p>Enlace: <a href="https://example.org/x">Sitio</a></p>')
    expect(cell.blocks[0]).toMatchObject({text: 'Enlace: Sitio', links: [{text: 'Sitio', href: 'https://example.org/x'}]})
  })

  describe('on hostile cells', () => {
    it('keeps the text of markup nested thousands deep, as one paragraph, and says so (html/too-deep)', async () => {
      for (const html of [`${'<div>'.repeat(5000)}uno${'</div>'.repeat(5000)}`, `${'<ol><li>'.repeat(5000)}uno`, `${'<span>'.repeat(3000)}uno <b>dos</b>`]) {
        const cell = await parseCell(html)
        expect(cellText(cell)).toBe(html.includes('dos') ? 'uno dos' : 'uno')
        expect(cell.issues.map((i) => i.rule)).toContain('html/too-deep')
      }
    })

    it('reads nesting up to the limit as structure', async () => {
      const html = `${'<div>'.repeat(MAX_CELL_DEPTH - 2)}<ul><li>uno</li><li>dos</li></ul>${'</div>'.repeat(MAX_CELL_DEPTH - 2)}`
      const cell = await parseCell(html)
      expect(cellText(cell)).toBe('- uno\n- dos')
      expect(cell.issues).toEqual([])
    })

    it('counts the end tags HTML implies: a hundred unclosed <li> or <p> are not deep', async () => {
      const items = Array.from({length: 100}, (_, i) => `<li>item ${i + 1}`).join('')
      const cell = await parseCell(`<ul>${items}</ul><p>a<p>b`)
      expect(cell.blocks.filter((b) => b.kind === 'item')).toHaveLength(100)
      expect(cell.issues.map((i) => i.rule)).not.toContain('html/too-deep')
      expect(checkTags(`<ul>${items}</ul>`).depth).toBe(2)
    })

    it('does not hand a cell over 64 KiB or with thousands of tags to the parser (html/too-large); its text, references decoded, is kept', async () => {
      const cell = await parseCell(`${'<p>'.repeat(3000)}uno &amp; <b>d</b>os&#233; &nbsp;fin`)
      expect(cellText(cell)).toBe('uno & dosé fin')
      expect(cell.issues.filter((i) => i.rule === 'html/too-large')).toMatchObject([{at: {offset: 0}, actual: '3002 tags'}])
    })

    it(`lists ${MAX_CELL_ISSUES} problems of a cell and counts the rest in one html/too-many-issues`, () => {
      const html = `<p>texto.${'</ol>'.repeat(500)}</p>`
      const {issues} = checkTags(html)
      expect(issues).toHaveLength(MAX_CELL_ISSUES + 1)
      expect(issues.slice(0, MAX_CELL_ISSUES).every((i) => i.rule === 'html/stray-end-tag')).toBe(true)
      expect(issues.at(-1)).toMatchObject({rule: 'html/too-many-issues', at: {offset: html.indexOf('</ol>') + 5 * MAX_CELL_ISSUES}, actual: '500 problems'})
    })

    it('matches end tags to start tags as before: the last open one of the name, those opened after it unclosed', () => {
      const {issues} = checkTags('<div><p><b>uno</div><i>dos</i></p>')
      expect(issues.map((i) => [i.rule, i.actual, i.at.offset])).toEqual([
        ['html/unclosed-tag', '<p>', 5], ['html/unclosed-tag', '<b>', 8], ['html/stray-end-tag', '</p>', 30],
      ])
    })
  })

  describe('splitNumbered', () => {
    it('needs numbers running from 1, so amounts and years never split', () => {
      expect(splitNumbered('alcanzó a 1.500 mujeres en 2022. La iniciativa')).toBeNull()
      expect(splitNumbered('solo 1. uno')).toBeNull()
      expect(splitNumbered('Lead: 1. a, 2. b e 3. c')).toEqual({lead: 'Lead:', items: [
        {marker: '1.', text: 'a'}, {marker: '2.', text: 'b'}, {marker: '3.', text: 'c'},
      ]})
    })
  })
})
