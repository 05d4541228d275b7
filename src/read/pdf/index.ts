/**
 * A PDF → a SourceDocument of text lines rebuilt from the positions of its text:
 *
 *   load (pdfjs) → per page: items → lines (lines.ts) → furniture out (furniture.ts)
 *   → tables aligned on columns (columns.ts) → paragraphs rejoined (paragraphs.ts)
 *
 * Each line keeps the page it came from (`doc.pages`), so a record can tell its page. A file
 * without any text is a scan (`read/no-text-layer`: OCR it first); an encrypted one is
 * `read/encrypted`; a damaged one `read/corrupt`.
 */
import type {Messages} from '../../diagnostics/diagnostic.js'
import type {DecodeResult} from '../decode.js'
import {textDocument} from '../text-document.js'
import {findTables, type Unit} from './columns.js'
import {dropFurniture} from './furniture.js'
import {pageLines, type PdfLine} from './lines.js'
import {openPdf, pageItems} from './load.js'
import {assemble} from './paragraphs.js'

const START = {line: 1, column: 1, endLine: 1, endColumn: 1}
/** Most pages read: a 2,000-page file is not a good-practice report. */
export const MAX_PAGES = 2000

export async function readPdf(bytes: Uint8Array, path: string, messages: Messages): Promise<DecodeResult> {
  const name = path.split(/[\\/]/).pop()
  const opened = await openPdf(bytes)
  if ('kind' in opened) {
    if (opened.kind === 'encrypted') {
      messages.report('read/encrypted', `Unexpected password-protected PDF \`${name}\`, expected a PDF that opens without a password (save a copy without it)`, START)
    } else {
      messages.report('read/corrupt', `Unexpected damaged PDF \`${name}\`: ${opened.detail}, expected a complete PDF file`, START)
    }
    return {ok: false}
  }
  const {doc} = opened
  try {
    const count = Math.min(doc.numPages, MAX_PAGES)
    const pages: PdfLine[][] = []
    let rotated = 0
    for (let number = 1; number <= count; number++) {
      const page = await pageItems(doc, number)
      rotated += page.rotated
      pages.push(pageLines(page.items, number))
    }
    if (pages.every((lines) => lines.length === 0)) {
      messages.report('read/no-text-layer', `Unexpected PDF without a text layer (${doc.numPages} page(s) of images: a scan?), expected a PDF with text; run OCR on it first (e.g. \`ocrmypdf in.pdf out.pdf\`)`, START,
        {actual: 'no text'})
      return {ok: false}
    }
    const furniture = dropFurniture(pages)
    const units: Unit[][] = pages.map(findTables)
    const {lines, pages: linePages, mended} = await assemble(units)
    if (!lines.some((line) => /\S/.test(line))) {
      messages.report('read/empty', 'Unexpected PDF whose only text is page furniture, expected a document with text', START)
      return {ok: false}
    }
    const firstLineOf = (page: number) => Math.max(1, linePages.findIndex((p) => p >= page) + 1)
    for (const f of furniture) {
      const line = firstLineOf(f.pages[0]!)
      messages.report('pdf/page-furniture', `Unexpected page furniture \`${f.text}\` on ${f.pages.length} page(s), expected body text; left out (running header, footer or page number)`,
        {line, column: 1, endLine: line, endColumn: 1}, {actual: f.text})
    }
    for (const m of mended) {
      const column = (lines[m.line - 1] ?? '').indexOf(m.expected) + 1 || 1
      messages.report('pdf/hyphenation', `Unexpected \`${m.actual}\` split at a line end, expected \`${m.expected}\` (hyphen removed)`,
        {line: m.line, column, endLine: m.line, endColumn: column + m.expected.length}, {actual: m.actual, expected: m.expected})
    }
    if (rotated) {
      messages.report('pdf/rotated-text', `Unexpected ${rotated} piece(s) of rotated text, expected horizontal text; left out`, START)
    }
    if (doc.numPages > MAX_PAGES) {
      messages.report('pdf/too-many-pages', `Unexpected PDF of ${doc.numPages} pages, expected at most ${MAX_PAGES}; only the first ${MAX_PAGES} were read`, START)
    }
    return {ok: true, doc: textDocument(path, lines, 'pdf', linePages)}
  } finally {
    await doc.destroy()
  }
}
