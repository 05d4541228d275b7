/**
 * The .docx reader: paragraphs, tables and every checkbox form Word writes, on files built by
 * test/helpers/docx.ts; whole sheets parsed into records (golden), and bad files.
 */
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {documentJson} from '../../src/cli/commands/parse.js'
import {Messages, type Diagnostic} from '../../src/diagnostics/diagnostic.js'
import {readSource} from '../../src/pipeline/index.js'
import {matchGolden} from '../helpers/golden.js'
import {parseText} from '../helpers/parse.js'
import {BOLD_LABEL_STYLES, br, checkboxControl, docx, fichaBody, formCheckbox, MONTHS, p, r, sym, tab, tbl, tc, tr} from '../helpers/docx.js'

async function lines(bytes: Uint8Array, path = 'x.docx'): Promise<{lines: string[]; diagnostics: Diagnostic[]}> {
  const messages = new Messages(path)
  const read = await readSource(path, bytes, messages)
  return {lines: read.ok ? read.doc.lines : [], diagnostics: messages.list}
}

const monthHeader = tr(MONTHS.map((m) => tc(p(r(m)))))

describe('docx reader: text', () => {
  it('gives one line per paragraph with a blank line between, keeps w:br and tabs', async () => {
    const doc = docx(p(r('Recursos propios.') + br + r('Curso de español')) + p('') + p(r('Categoría') + tab))
    expect((await lines(doc)).lines).toEqual(['Recursos propios.', 'Curso de español', '', 'Categoría'])
  })

  it('keeps bold after plain words as **…**, but not a bold paragraph or a bold lead-in label', async () => {
    const doc = docx([
      p(r('Se destaca el trabajo en las líneas de acción de Sello: ') + r('Políticas locales ', '<w:b/>') + r('y trabajo colaborativo', '<w:b/>') + r(', ya que …')),
      p(r('Breve descripción', '<w:b/>')),
      p(r('Objetivo:', '<w:b/>') + r(' mejorar la acogida.')),
    ].join(''))
    expect((await lines(doc)).lines).toEqual([
      'Se destaca el trabajo en las líneas de acción de Sello: **Políticas locales y trabajo colaborativo**, ya que …', '',
      'Breve descripción', '',
      'Objetivo: mejorar la acogida.',
    ])
  })

  it('reads bold from character and paragraph styles', async () => {
    const styles = '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>'
    const doc = docx(p(r('Línea: ') + r('Vinculación comunitaria', '<w:rStyle w:val="Strong"/>')), {styles})
    expect((await lines(doc)).lines).toEqual(['Línea: **Vinculación comunitaria**'])
  })

  it('leaves out tracked deletions, field codes, footnote and comment references, and the fallback copy of a text box', async () => {
    const doc = docx(p([
      r('Texto '), '<w:del w:id="1" w:author="A"><w:r><w:delText>borrado </w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">insertado</w:t></w:r></w:ins>',
      '<w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:commentReference w:id="4"/></w:r>',
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>En la caja</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>En la caja</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
    ].join('')))
    expect((await lines(doc)).lines).toEqual(['Texto insertado', '', 'En la caja'])
  })

  it('opens list paragraphs with their marker', async () => {
    const numbering = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    const item = (text: string, numId: number) => p(r(text), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`)
    const doc = docx(item('Uno', 1) + item('Dos', 1) + item('Punto', 2), {numbering})
    expect((await lines(doc)).lines).toEqual(['1. Uno', '', '2. Dos', '', '- Punto'])
  })

  it('reports placeholder text of an unfilled content control and leaves it out', async () => {
    const doc = docx(p(r('Grupo prioritario')) + p('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Haga clic aquí para escribir texto.</w:t></w:r></w:sdtContent></w:sdt>'))
    const read = await lines(doc)
    expect(read.lines).toEqual(['Grupo prioritario'])
    expect(read.diagnostics).toMatchObject([{severity: 'info', rule: 'docx/placeholder', line: 1}])
  })
})

describe('docx reader: checkboxes', () => {
  it('reads content controls by their state, not their glyph', async () => {
    const wrongGlyph = checkboxControl(true).replace('<w:t>☒</w:t>', '<w:t>☐</w:t>')
    const doc = docx(tbl([tr([tc(p(wrongGlyph)), tc(p(r('NNA')))]), tr([tc(p(checkboxControl(false))), tc(p(r('Sociolaboral')))])]))
    expect((await lines(doc)).lines).toEqual(['☒\tNNA', '☐\tSociolaboral'])
  })

  it('reads legacy FORMCHECKBOX fields: w:checked wins over w:default', async () => {
    const doc = docx([
      p(formCheckbox({checked: true}) + r(' Sociolaboral')),
      p(formCheckbox({default: true}) + r(' NNA')),
      p(formCheckbox({default: true, checked: false}) + r(' Cooperativas')),
      p(formCheckbox({}) + r('Emprendimiento')),
    ].join(''))
    expect((await lines(doc)).lines.filter(Boolean)).toEqual(['☒ Sociolaboral', '☒ NNA', '☐ Cooperativas', '☐ Emprendimiento'])
  })

  it('reads Wingdings glyphs: w:sym, private-use text, and bytes in a Wingdings run; Symbol ♦ is no box', async () => {
    const doc = docx([
      p(sym('F0FE') + r(' NNA')),
      p(sym('F0A8') + r(' Sociolaboral')),
      p(r('\uF0FD') + r(' Cooperativas')),
      p(r('þ', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>') + r(' Capacitaciones')),
      p(sym('F052', 'Wingdings 2') + r(' Emprendimiento')),
      p(sym('F0A8', 'Symbol') + r(' Diamante')),
    ].join(''))
    expect((await lines(doc)).lines.filter(Boolean)).toEqual(['☒ NNA', '☐ Sociolaboral', '☒ Cooperativas', '☒ Capacitaciones', '☒ Emprendimiento', 'Diamante'])
  })

  it('keeps merged cells in their columns: gridSpan, gridBefore and vMerge', async () => {
    const span = tr([tc(p(''), '<w:gridSpan w:val="10"/>'), tc(p(r('☒'))), tc(p(''))])
    const before = tr([tc(p(r('☒'))), tc(p(r('☒')))], '<w:gridBefore w:val="8"/>')
    const merged = tr([...Array.from({length: 3}, () => tc(p(''))), tc(p(r('☒')), '<w:vMerge w:val="restart"/>')])
    const continued = tr([tc(p(r('☒'))), tc(p('')), tc(p('')), tc(p(''), '<w:vMerge/>'), tc(p(r('☒')))])
    const read = await lines(docx(tbl([monthHeader, span]) + tbl([monthHeader, before]) + tbl([merged, continued])))
    expect(read.lines).toEqual([
      MONTHS.join('\t'), `${'\t'.repeat(10)}☒`, '',
      MONTHS.join('\t'), `${'\t'.repeat(8)}☒\t☒`, '',
      '\t\t\t☒', '☒\t\t\t\t☒',
    ])
  })

  it('reads a grid of two options a row, and blank boxes in a column of marks as empty', async () => {
    const row = (a: string, la: string, b: string, lb: string) => tr([tc(p(a ? r(a) : '')), tc(p(r(la))), tc(p(b ? r(b) : '')), tc(p(r(lb)))])
    const read = await lines(docx(tbl([row('✓', 'Sociolaboral', '', 'Acogida/atención'), row('', 'NNA', '✓', 'Otra: Regularización')])))
    expect(read.lines).toEqual(['✓\tSociolaboral', '☐\tAcogida/atención', '☐\tNNA', '✓\tOtra: Regularización'])
  })

  it('reads a form laid out as a table: a cell of several paragraphs is read as paragraphs', async () => {
    const read = await lines(docx(tbl([tr([tc(p(r('Breve descripción'))), tc(p(r('Primer párrafo.')) + p(r('Segundo párrafo.')))])])))
    expect(read.lines).toEqual(['Breve descripción', '', 'Primer párrafo.', '', 'Segundo párrafo.'])
  })
})

describe('docx reader: whole sheets', () => {
  const grid = (marks: (checked: boolean) => string) => tbl(['Sociolaboral', 'Acogida/atención', 'NNA', 'Otra: Regularización'].map((label, i) => tr([tc(p(marks(i % 2 === 1))), tc(p(r(label)))])))
  const months = (mark: string) => tbl([monthHeader, tr([tc(p(''), '<w:gridSpan w:val="8"/>'), tc(p(mark)), tc(p(mark)), tc(p(mark)), tc(p(''))])])
  const cases: Array<[string, Uint8Array]> = [
    ['content-controls', docx(fichaBody(grid(checkboxControl), months(checkboxControl(true))), {styles: BOLD_LABEL_STYLES})],
    ['form-checkboxes', docx(fichaBody(grid((on) => formCheckbox({checked: on})), months(formCheckbox({default: true}))), {styles: BOLD_LABEL_STYLES})],
    ['wingdings-sym', docx(fichaBody(grid((on) => sym(on ? 'F0FE' : 'F0A8')), months(sym('F0FE'))), {styles: BOLD_LABEL_STYLES})],
  ]
  for (const [name, bytes] of cases) {
    it(`${name}: one practice, categories and months from the Word checkboxes`, async () => {
      const result = await parseText(bytes, {}, `generated/${name}.docx`)
      matchGolden(`fixtures/expected/generated/${name}.docx.json`, JSON.stringify(documentJson(result), null, 2) + '\n')
      expect(result.format).toBe('ficha')
      expect(result.records).toHaveLength(1)
      expect(result.records[0]).toMatchObject({title: 'Huerto comunitario intercultural', categories: ['acogida-atencion', 'otra'], categoryOther: 'Regularización', months: [9, 10, 11],
        selloLines: [{line: 'vinculacion-comunitaria', rationale: 'ya que promueve el encuentro entre vecinos.'}]})
      expect(result.records[0]!.source).not.toHaveProperty('page')
      expect(result.unmapped).toEqual([])
    })
  }
})

describe('docx reader: bad files', () => {
  const sheet = docx(fichaBody(p(r('☒ NNA')), p(r('Todo el año'))))

  it('a truncated file is a damaged Word file, in words', async () => {
    const read = await lines(sheet.subarray(0, Math.floor(sheet.length / 2)))
    expect(read.diagnostics).toMatchObject([{severity: 'error', rule: 'read/corrupt'}])
    expect(read.diagnostics[0]!.message).toContain('truncated')
  })

  it('a ZIP that is no Word file is binary, also when named .docx', async () => {
    const zip = zipSync({'data.csv': strToU8('a,b\n1,2\n')})
    for (const name of ['x.zip', 'x.docx']) {
      expect((await lines(zip, name)).diagnostics).toMatchObject([{severity: 'error', rule: 'read/binary'}])
    }
  })

  it('an Excel file (a ZIP whose main part is a workbook) is not read as Word', async () => {
    const xlsx = zipSync({
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    })
    expect((await lines(xlsx)).diagnostics[0]?.rule).toBe('read/binary')
  })

  it('a part declaring a huge size (zip bomb) is refused before it is inflated', async () => {
    const bomb = new Uint8Array(sheet)
    // Patch the declared uncompressed size of word/document.xml in the central directory to 4 GB.
    const name = new TextEncoder().encode('word/document.xml')
    for (let i = 0; i + 46 < bomb.length; i++) {
      if (bomb[i] === 0x50 && bomb[i + 1] === 0x4b && bomb[i + 2] === 1 && bomb[i + 3] === 2 && name.every((b, k) => bomb[i + 46 + k] === b)) {
        new DataView(bomb.buffer).setUint32(i + 24, 0xfffffff0, true)
      }
    }
    const read = await lines(bomb)
    expect(read.diagnostics).toMatchObject([{severity: 'error', rule: 'read/too-large'}])
    expect(read.diagnostics[0]!.message).toContain('word/document.xml')
  })

  it('a password-protected Word file and a Word 97–2003 file get their own errors', async () => {
    const ole = (stream: string) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(stream, 'utf16le')])
    expect((await lines(ole('EncryptedPackage'))).diagnostics[0]?.rule).toBe('read/encrypted')
    expect((await lines(ole('WordDocument'), 'x.doc')).diagnostics[0]?.rule).toBe('read/unsupported')
  })

  it('a file named .docx that is not a ZIP gets an error, not a text parse', async () => {
    expect((await lines(strToU8('solo texto'), 'x.docx')).diagnostics[0]).toMatchObject({severity: 'error', rule: 'read/corrupt'})
  })

  it('a renamed Word file is read by its content', async () => {
    const read = await lines(sheet, 'submission.txt')
    expect(read.lines).toContain('MUNICIPALIDAD')
    expect(read.diagnostics).toEqual([])
  })
})
