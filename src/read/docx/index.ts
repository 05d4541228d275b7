/**
 * A Word file (.docx) → a SourceDocument of text lines: the main document part read into
 * paragraphs and table rows (see body.ts, layout.ts). Headers, footers, comments, footnotes and
 * endnotes live in other parts and are not read. Problems are error diagnostics in words:
 * a damaged or truncated file, a ZIP that is no Word file, a part too large to inflate.
 */
import type {Messages} from '../../diagnostics/diagnostic.js'
import type {DecodeResult} from '../decode.js'
import {textDocument} from '../text-document.js'
import {readBody} from './body.js'
import {layOut} from './layout.js'
import {readNumbering} from './numbering.js'
import {readStyles} from './styles.js'
import {attr, child, childElements, localName, parseXml} from './xml.js'
import {listZip, MAX_ENTRIES, MAX_PART_BYTES, readParts, type ZipListing, type ZipProblem} from './zip.js'

const START = {line: 1, column: 1, endLine: 1, endColumn: 1}
const OFFICE_DOCUMENT = /\/officeDocument$/
const DEFAULT_MAIN = 'word/document.xml'

/** Whether a ZIP holds a Word document (its package relationships, or `word/document.xml`). */
export async function mainPart(bytes: Uint8Array, listing: ZipListing): Promise<string | null> {
  if (listing.entries.has('_rels/.rels')) {
    const parts = readParts(bytes, listing, ['_rels/.rels'])
    const rels = parts instanceof Map ? parts.get('_rels/.rels') : undefined
    const root = rels ? await parseXml(rels) : null
    for (const rel of root ? childElements(root, 'Relationship') : []) {
      const target = attr(rel, 'Target')
      if (OFFICE_DOCUMENT.test(attr(rel, 'Type') ?? '') && target) {
        const name = target.replace(/^\//, '')
        if (listing.entries.has(name) && /\.xml$/i.test(name)) return name
      }
    }
  }
  return listing.entries.has(DEFAULT_MAIN) ? DEFAULT_MAIN : null
}

export async function readDocx(bytes: Uint8Array, path: string, messages: Messages): Promise<DecodeResult> {
  const listing = listZip(bytes)
  if (!('entries' in listing)) return fail(listing, path, messages)
  const main = await mainPart(bytes, listing)
  if (!main) return notWord(messages)
  const dir = main.slice(0, main.lastIndexOf('/') + 1)
  const related = await relatedParts(bytes, listing, main)
  const styles = related.styles ?? `${dir}styles.xml`
  const numbering = related.numbering ?? `${dir}numbering.xml`
  const parts = readParts(bytes, listing, [main, styles, numbering])
  if (!(parts instanceof Map)) return fail(parts, path, messages)
  const document = await parseXml(parts.get(main)!)
  // An Excel or PowerPoint file names its workbook or presentation as main part.
  if (!document || localName(document) !== 'document') return notWord(messages)
  const body = child(document, 'body')
  const ctx = {
    styles: readStyles(parts.has(styles) ? await parseXml(parts.get(styles)!) : null),
    numbering: readNumbering(parts.has(numbering) ? await parseXml(parts.get(numbering)!) : null),
  }
  const {lines, placeholders} = layOut(body ? readBody(body, ctx) : [])
  if (!lines.some((line) => /\S/.test(line))) {
    messages.report('read/empty', 'Unexpected Word document without text in its body, expected a document with text', START)
    return {ok: false}
  }
  for (const line of placeholders) {
    messages.report('docx/placeholder', 'Unexpected placeholder text of an empty content control, expected text typed in it; left out',
      {line, column: 1, endLine: line, endColumn: (lines[line - 1] ?? '').length + 1})
  }
  return {ok: true, doc: textDocument(path, lines, 'docx')}
}

/** Targets of the main part's relationships to its styles and numbering parts. */
async function relatedParts(bytes: Uint8Array, listing: ZipListing, main: string): Promise<{styles?: string; numbering?: string}> {
  const dir = main.slice(0, main.lastIndexOf('/') + 1)
  const relsName = `${dir}_rels/${main.slice(dir.length)}.rels`
  const parts = readParts(bytes, listing, [relsName])
  const rels = parts instanceof Map ? parts.get(relsName) : undefined
  const root = rels ? await parseXml(rels) : null
  const found: {styles?: string; numbering?: string} = {}
  for (const rel of root ? childElements(root, 'Relationship') : []) {
    const type = attr(rel, 'Type') ?? '', target = attr(rel, 'Target')
    if (!target || attr(rel, 'TargetMode') === 'External') continue
    const name = target.startsWith('/') ? target.slice(1) : dir + target
    if (/\/styles$/.test(type)) found.styles = name
    else if (/\/numbering$/.test(type)) found.numbering = name
  }
  return found
}

function notWord(messages: Messages): DecodeResult {
  messages.report('read/binary', 'Unexpected ZIP archive that is not a Word document (no `word/document.xml`), expected a text document, a .docx or a .pdf', START,
    {actual: 'zip'})
  return {ok: false}
}

function fail(problem: ZipProblem, path: string, messages: Messages): DecodeResult {
  const name = path.split(/[\\/]/).pop()
  if (problem.kind === 'corrupt') {
    messages.report('read/corrupt', `Unexpected damaged Word file \`${name}\`: ${problem.detail}, expected a complete .docx (save it again from Word)`, START)
  } else if (problem.kind === 'too-large') {
    messages.report('read/too-large', `Unexpected part \`${problem.part}\` of ${megabytes(problem.size)} in \`${name}\`, expected at most ${megabytes(MAX_PART_BYTES)} once decompressed; the file is not read (a zip bomb?)`, START,
      {actual: String(problem.size), expected: String(MAX_PART_BYTES)})
  } else {
    messages.report('read/too-large', `Unexpected ZIP archive with more than ${MAX_ENTRIES} entries, expected a Word document; the file is not read`, START)
  }
  return {ok: false}
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.ceil(bytes / 1024 ** 2)} MB`
}
