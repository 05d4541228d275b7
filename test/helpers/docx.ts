/**
 * Writes small .docx files for tests with fflate (the library the reader opens them with):
 * a body of WordprocessingML, plus optional styles and numbering parts.
 *
 *   docx(p(r('Hola'), r(' mundo', '<w:b/>')))
 */
import {strToU8, zipSync} from 'fflate'

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export interface DocxParts {
  styles?: string
  numbering?: string
  /** Other parts (name → XML text). */
  extra?: Record<string, string>
}

export function docx(body: string, parts: DocxParts = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  }
  const rels: string[] = []
  if (parts.styles) {
    files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${parts.styles}</w:styles>`)
    rels.push(`<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`)
  }
  if (parts.numbering) {
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}>${parts.numbering}</w:numbering>`)
    rels.push(`<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>`)
  }
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`)
  for (const [name, xml] of Object.entries(parts.extra ?? {})) files[name] = strToU8(xml)
  return zipSync(files)
}

/** A run of text; `rPr` is the inside of `<w:rPr>` (`<w:b/>`). */
export const r = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
/** A paragraph; `pPr` is the inside of `<w:pPr>`. */
export const p = (content: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`
export const tab = '<w:r><w:tab/></w:r>'
export const br = '<w:r><w:br/></w:r>'
/** A table cell; `tcPr` is the inside of `<w:tcPr>`. */
export const tc = (content: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content || '<w:p/>'}</w:tc>`
export const tr = (cells: string[], trPr = ''): string => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`
export const tbl = (rows: string[]): string => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`

/** A checkbox content control (Word 2010+), with the glyph Word shows in it. */
export const checkboxControl = (checked: boolean): string =>
  `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>${checked ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt>`

/** A legacy FORMCHECKBOX field: `checked` absent means the default state shows. */
export const formCheckbox = (state: {checked?: boolean; default?: boolean}): string =>
  `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Casilla1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="${state.default ? 1 : 0}"/>${state.checked === undefined ? '' : state.checked ? '<w:checked/>' : '<w:checked w:val="0"/>'}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`

/** A symbol-font glyph (`F0FE` is Wingdings ☑). */
export const sym = (char: string, font = 'Wingdings'): string => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`

export const MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre']

/** A whole one-sheet ficha, its category grid and month row given as body XML. */
export function fichaBody(grid: string, months: string, title = 'Huerto comunitario intercultural'): string {
  const label = (text: string) => p(r(text), '<w:pStyle w:val="Label"/>')
  return [
    p(r(title), '<w:pStyle w:val="Title"/>'),
    p(r('MUNICIPALIDAD')), p(r('LA PINTANA')),
    label('Departamento/Oficinas municipales que participan'), p(r('Oficina de Migrantes')),
    label('Categoría'), grid,
    label('Grupo prioritario'), p(r('Familias migrantes del sector.')),
    label('Fechas de implementación'), months, p(r('Cada año durante los meses marcados.')),
    label('Forma de financiamiento'), p(r('Recursos propios municipales.')),
    label('Sostenibilidad en el tiempo'), p(r('Sigue vigente.')),
    label('Breve descripción'), p(r('La municipalidad habilitó un huerto comunitario donde familias chilenas y migrantes cultivan juntas.')),
    label('Elemento innovador/creativo del proyecto o actividad'), p(r('Se destaca el trabajo conjunto con la comunidad.')),
    label('Líneas Sello'), p(r('Se destaca el trabajo en las líneas de acción de Sello: ') + r('Vinculación comunitaria', '<w:b/>') + r(', ya que promueve el encuentro entre vecinos.')),
  ].join('')
}

/** Styles in which `Label` and `Title` paragraphs are bold, as in real templates. */
export const BOLD_LABEL_STYLES = '<w:style w:type="paragraph" w:styleId="Label"><w:name w:val="Label"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>'
