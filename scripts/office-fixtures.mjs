#!/usr/bin/env node
/**
 * Writes the Word and PDF fixtures with a real office suite (LibreOffice), from flat ODT
 * sources written here:
 *
 *   fixtures/office/*.fodt  → fixtures/cases/ficha/office/*.docx and *.pdf
 *
 * The booklet is the bundled ficha sample typeset the way the printed booklet is: one sheet per
 * page, the category grid and the month grid as real tables (checkbox glyphs of several kinds:
 * ☒/☐, ✓, Wingdings private-use code points), bold line names, a running header and a
 * `Página N de M` footer. The small ones each show one thing. The generated files are committed:
 * tests never need LibreOffice. Run by hand after `apt-get install libreoffice-writer-nogui`:
 *
 *   node scripts/office-fixtures.mjs
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = new URL('../', import.meta.url).pathname
const SRC = join(root, 'fixtures/office')
const OUT = join(root, 'fixtures/cases/ficha/office')

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
/** `**bold**` → a bold span; tabs and runs of spaces as ODF elements. */
const inline = (s) => esc(s).replace(/\*\*(.+?)\*\*/g, '<text:span text:style-name="Bold">$1</text:span>').replace(/\t/g, '<text:tab/>')

// Marks as typeset: [checked, unchecked] per style.
const WINGDINGS = (ch) => `<text:span text:style-name="Wing">${ch}</text:span>`
const MARK_STYLES = {
  ballot: ['☒', '☐'],
  check: ['☑', '☐'],
  wingdings: [WINGDINGS('\uF0FE'), WINGDINGS('\uF0A8')],
  tick: ['✓', ''],
}

const cell = (content, style = 'Cell') => `<table:table-cell table:style-name="Box" office:value-type="string"><text:p text:style-name="${style}">${content}</text:p></table:table-cell>`

function table(name, columns, rows, widths) {
  const cols = widths.map((w, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join('')
  const colStyles = widths.map((w, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join('')
  const body = rows.map((r) => `<table:table-row>${r.join('')}</table:table-row>`).join('\n')
  return {style: `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${widths.reduce((a, b) => a + b, 0)}cm" table:align="left"/></style:style>${colStyles}`,
    xml: `<table:table table:name="${name}" table:style-name="${name}">${cols}\n${body}</table:table>`}
}

const LABEL = /^(INTRODUCCIÓN|Departamento\/Oficinas municipales que participan|Categoría|Grupo prioritario|Fechas de implementación|Forma de financiamiento|Sostenibilidad en el tiempo|Breve descripción|Elemento innovador\/creativo del proyecto o actividad|Líneas Sello)$/

const MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre']

/** Reads an `<input>`/✓ mark of the sample text: true, false, or null (empty cell). */
function markOf(cellText) {
  const t = cellText.trim()
  if (!t) return null
  if (/checked/.test(t) || t === '✓') return true
  return false
}

/** The sample text → FODT body blocks. `style(k)` picks the mark style and grid layout of sheet k. */
function booklet(text, style) {
  const lines = text.split('\n')
  const blocks = []
  const tableStyles = []
  let para = []
  let sheet = -1
  let tables = 0
  const flush = () => {
    if (para.length === 0) return
    blocks.push({kind: 'p', lines: para})
    para = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^MUNICIPALIDAD$/.test(line.trim())) sheet++
    if (!line.trim()) { flush(); continue }
    if (/^<input/.test(line)) {
      flush()
      const items = []
      while (i < lines.length && /^<input/.test(lines[i])) {
        const [mark, label] = lines[i].split('\t')
        items.push({marked: markOf(mark), label})
        i++
      }
      i--
      blocks.push({kind: 'grid', items, sheet: sheet + 1})
      continue
    }
    if (/^Enero\tFebrero/.test(line)) {
      flush()
      let j = i + 1
      while (!lines[j].trim()) j++
      const cells = lines[j].split('\t')
      blocks.push({kind: 'months', marks: MONTHS.map((_, m) => markOf(cells[m] ?? '')), sheet: sheet + 1})
      i = j
      continue
    }
    para.push(line.replace(/\t$/, ''))
  }
  flush()

  // Titles: the paragraph(s) right before `MUNICIPALIDAD` open a new page.
  const out = []
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    if (block.kind === 'p') {
      const first = block.lines[0].trim()
      const next = blocks[b + 1]
      const nextNext = blocks[b + 2]
      if (next?.kind === 'p' && next.lines[0].trim() === 'MUNICIPALIDAD') {
        out.push(`<text:p text:style-name="Title">${inline(first)}</text:p>`)
        continue
      }
      // A title wrapped over two blocks in the text (`Academia Municipal Abierta: AMA` / `Integración`).
      if (next?.kind === 'p' && nextNext?.kind === 'p' && nextNext.lines[0].trim() === 'MUNICIPALIDAD' && block.lines.length === 1 && first.length < 80 && !/[.:;]$/.test(first) && !/[.:]$/.test(next.lines[0])) {
        out.push(`<text:p text:style-name="Title">${inline(first)} ${inline(next.lines[0].trim())}</text:p>`)
        b++
        continue
      }
      if (first === 'MUNICIPALIDAD') {
        out.push(`<text:p text:style-name="Anchor">MUNICIPALIDAD</text:p>`)
        out.push(`<text:p text:style-name="Comuna">${inline(block.lines[1])}</text:p>`)
        continue
      }
      // A label is a paragraph of its own, also where the text puts its content right under it.
      const isLabel = LABEL.test(first)
      if (isLabel) out.push(`<text:p text:style-name="Label">${inline(first)}</text:p>`)
      const rest = isLabel ? block.lines.slice(1) : block.lines
      if (rest.length) out.push(`<text:p text:style-name="Body">${rest.map((l) => inline(l.trim())).join('<text:line-break/>')}</text:p>`)
    } else if (block.kind === 'grid') {
      const {marks, layout} = style(block.sheet)
      const [on, off] = MARK_STYLES[marks]
      const m = (item) => (item.marked ? on : off)
      let t
      if (layout === 'pairs') {
        const rows = []
        for (let r = 0; r < block.items.length; r += 2) {
          const pair = block.items.slice(r, r + 2)
          rows.push(pair.flatMap((item) => [cell(m(item), 'Mark'), cell(inline(item.label))]))
        }
        t = table(`Grid${++tables}`, 4, rows, [0.8, 5.5, 0.8, 5.5])
      } else if (layout === 'inline') {
        t = table(`Grid${++tables}`, 1, block.items.map((item) => [cell(`${m(item)} ${inline(item.label)}`)]), [8])
      } else {
        t = table(`Grid${++tables}`, 2, block.items.map((item) => [cell(m(item), 'Mark'), cell(inline(item.label))]), [0.8, 8])
      }
      tableStyles.push(t.style)
      out.push(t.xml)
    } else {
      const {marks} = style(block.sheet)
      const [on, off] = MARK_STYLES[marks]
      const header = MONTHS.map((name) => cell(name, 'Month'))
      const row = block.marks.map((mark) => cell(mark === true ? on : mark === false ? off : '', 'MonthMark'))
      const t = table(`Months${++tables}`, 12, [header, row], MONTHS.map(() => 1.45))
      tableStyles.push(t.style)
      out.push(t.xml)
    }
  }
  return {body: out.join('\n'), tableStyles: tableStyles.join('\n')}
}

function fodt(body, tableStyles, {header = '', footer = ''} = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-pitch="variable" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="es" fo:country="CL" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm" fo:line-height="120%"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
 <style:style style:name="Anchor" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Comuna" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="Label" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Mark" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="Month" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt"/></style:style>
 <style:style style:name="MonthMark" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Wing" style:family="text"><style:text-properties style:font-name="Wingdings"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #1f4e79"/></style:style>
 ${tableStyles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  ${header ? `<style:header><text:p text:style-name="Header">${header}</text:p></style:header>` : ''}
  ${footer ? `<style:footer><text:p text:style-name="Footer">${footer}</text:p></style:footer>` : ''}
 </style:master-page>
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`
}

const HEADER = 'Fichas de Buenas Prácticas · Primer Encuentro de Gobiernos Locales y Movilidad Humana 2023'
const FOOTER = 'Página <text:page-number text:select-page="current">1</text:page-number> de <text:page-count>1</text:page-count>'

/** name → [fodt source, formats to write]. */
const documents = {}

const sample = readFileSync(join(root, 'fixtures/samples/ficha-sello-migrante-2023.txt'), 'utf8')
{
  // Sheet k (1-based, 0 = before the first): each sheet another mark style and grid layout.
  const looks = [
    {marks: 'ballot', layout: 'rows'},
    {marks: 'ballot', layout: 'rows'},
    {marks: 'wingdings', layout: 'pairs'},
    {marks: 'check', layout: 'rows'},
    {marks: 'ballot', layout: 'inline'},
    {marks: 'wingdings', layout: 'rows'},
    {marks: 'tick', layout: 'pairs'},
    {marks: 'ballot', layout: 'rows'},
  ]
  const {body, tableStyles} = booklet(sample, (k) => looks[k] ?? looks[0])
  documents['booklet'] = [fodt(body, tableStyles, {header: HEADER, footer: FOOTER}), ['docx', 'pdf']]
}

/** A one-sheet document from the given parts (a short sheet, with a month row and a grid). */
function sheet({title = 'Huerto comunitario intercultural', comuna = 'LA PINTANA', months, grid, marks = 'ballot', layout = 'rows', description}) {
  const text = `${title}

MUNICIPALIDAD
${comuna}

Departamento/Oficinas municipales que participan
Oficina de Migrantes

Categoría
${grid.map(([on, label]) => `${on ? '<input checked="" type="checkbox"/>' : '<input type="checkbox"/>'}\t${label}`).join('\n')}

Grupo prioritario
Familias migrantes del sector.

Fechas de implementación
Enero\tFebrero\tMarzo\tAbril\tMayo\tJunio\tJulio\tAgosto\tSeptiembre\tOctubre\tNoviembre\tDiciembre
${months.map((m) => (m ? '✓' : '')).join('\t')}

Cada año durante los meses marcados.

Forma de financiamiento
Recursos propios municipales.

Sostenibilidad en el tiempo
Sigue vigente.

Breve descripción
${description}

Elemento innovador/creativo del proyecto o actividad
Se destaca el trabajo conjunto con la comunidad.

Líneas Sello
Vinculación comunitaria, ya que promueve el encuentro entre vecinos chilenos y extranjeros.
`
  return booklet(text, () => ({marks, layout}))
}

const GRID = [[false, 'Sociolaboral'], [true, 'Acogida/atención'], [false, 'Emprendimiento'], [false, 'Capacitaciones'], [false, 'Cooperativas'], [false, 'Intermediación laboral'], [true, 'NNA'], [false, 'Otra:']]
const months = (...marked) => Array.from({length: 12}, (_, i) => marked.includes(i + 1))
const LONG = 'La municipalidad habilitó un huerto en un terreno municipal donde familias chilenas y migrantes cultivan juntas, con talleres semanales de compostaje y cocina, y con el apoyo de la junta de vecinos y de la oficina de medio ambiente, que entrega semillas, herramientas y asesoría técnica durante toda la temporada de cultivo.'

{
  // Only November marked, empty cells elsewhere: the mark must stay under its month.
  const {body, tableStyles} = sheet({months: months(11), grid: GRID, marks: 'ballot', description: LONG})
  documents['month-november'] = [fodt(body, tableStyles, {footer: FOOTER}), ['docx', 'pdf']]
}
{
  // Wingdings private-use glyphs in a grid of pairs, months from September to November.
  const {body, tableStyles} = sheet({title: 'Feria de emprendedores migrantes', comuna: 'INDEPENDENCIA', months: months(9, 10, 11), grid: GRID.map(([, l], i) => [i % 3 === 0, l]), marks: 'wingdings', layout: 'pairs', description: LONG})
  documents['wingdings-pairs'] = [fodt(body, tableStyles, {footer: FOOTER}), ['docx', 'pdf']]
}
{
  // Long paragraphs that wrap, with a hyphenated word at a line end (PDF), on two pages.
  const long = Array.from({length: 6}, (_, i) => `${LONG.replace('La municipalidad', `En la etapa ${i + 1}, la municipalidad`)}`).join('\n\n')
  const {body, tableStyles} = sheet({title: 'Escuela de español para vecinas y vecinos recién llegados a la comuna de Santiago', comuna: 'SANTIAGO', months: months(3, 4, 5, 6), grid: GRID, marks: 'check', layout: 'inline', description: long})
  documents['wrapped-text'] = [fodt(body.replace(/style:name="Body"/, 'style:name="Body"'), tableStyles, {header: 'Municipalidad de Santiago · Ficha de buena práctica', footer: FOOTER}), ['docx', 'pdf']]
}

{
  // The same sheet, exported with a password to open it.
  const {body, tableStyles} = sheet({months: months(4, 5), grid: GRID, description: LONG})
  documents['password'] = [fodt(body, tableStyles), ['pdf-password']]
}

const FILTERS = {
  'docx': ['docx', 'docx:MS Word 2007 XML'],
  'pdf': ['pdf', 'pdf:writer_pdf_Export'],
  'pdf-password': ['pdf', 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secreto"}}'],
}

mkdirSync(SRC, {recursive: true})
mkdirSync(OUT, {recursive: true})
const work = mkdtempSync(join(tmpdir(), 'practices-office-'))
try {
  for (const [name, [source, formats]] of Object.entries(documents)) {
    const src = join(SRC, `${name}.fodt`)
    writeFileSync(src, source)
    for (const format of formats) {
      const [ext, filter] = FILTERS[format]
      execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', filter, '--outdir', work, src], {stdio: 'ignore'})
      renameSync(join(work, `${name}.${ext}`), join(OUT, `${name}.${ext}`))
    }
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}
console.log(`wrote ${Object.keys(documents).length} documents to ${OUT}`)
