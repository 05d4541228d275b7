/**
 * `practices text FILE`: the numbered lines a document is read into, as every parser sees them
 * (paragraphs and table rows of a .docx, lines rebuilt from a .pdf, or the lines of a text file).
 * Diagnostics point at these line numbers. TABs separate table cells; for a PDF each line also
 * shows its page:
 *
 *      12 p2 | Enero	Febrero	…	Diciembre
 *
 * Reading problems go to stderr (info ones with --verbose); exit 1 when the file has no text
 * to show, 3 when it cannot be read at all.
 */
import {Messages} from '../../diagnostics/diagnostic.js'
import {readSource, unreadableResult, type DocumentResult} from '../../pipeline/index.js'
import {readInput} from '../../read/inputs.js'
import type {SourceDocument} from '../../read/source.js'
import {EXIT} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'
import type {CommonOptions} from '../options.js'
import {prettyFor, visible} from '../report.js'

export async function textCommand(file: string, options: CommonOptions, io: CliIO): Promise<number> {
  const ref = file === '-' ? {path: '<stdin>', stdin: true} : {path: file}
  let bytes: Uint8Array
  try {
    bytes = await readInput(ref, io.stdin)
  } catch (error) {
    const result = unreadableResult(ref.path, error)
    io.stderr.write(prettyFor(io.stderr, io, options, [result], result.diagnostics))
    return EXIT.failure
  }
  const messages = new Messages(ref.path)
  const read = await readSource(ref.path, bytes, messages)
  if (read.ok) await writeOut(io.stdout, numberedLines(read.doc))
  const shown = visible(messages.list, options)
  if (shown.length) {
    const result: DocumentResult = {path: ref.path, format: null, records: [], diagnostics: messages.list, unmapped: [], metadata: {}, coverage: {lines: 0, placed: 0},
      ...(read.ok ? {doc: read.doc} : {})}
    io.stderr.write(prettyFor(io.stderr, io, options, [result], shown))
  }
  return read.ok ? EXIT.ok : EXIT.invalid
}

/** `  12 | text` per line (`  12 p2 | text` for a PDF), every line of the document. */
export function numberedLines(doc: SourceDocument): string {
  const width = String(doc.lines.length).length
  const pageWidth = doc.pages ? String(doc.pages.at(-1) ?? 1).length + 1 : 0
  let out = ''
  doc.lines.forEach((line, i) => {
    const number = String(i + 1).padStart(width)
    const page = doc.pages ? ` ${`p${doc.pages[i]}`.padEnd(pageWidth)}` : ''
    out += `${number}${page} |${line ? ` ${line}` : ''}\n`
  })
  return out
}
