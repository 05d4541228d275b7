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
import {problemResult, readSource, type DocumentResult} from '../../pipeline/index.js'
import type {DecodeResult} from '../../read/decode.js'
import {collect, readInput, ReadProblem} from '../../read/open.js'
import type {SourceDocument} from '../../read/source.js'
import {EXIT} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'
import type {CommonOptions} from '../options.js'
import {prettyFor, stderrColor, visible} from '../report.js'

export async function textCommand(file: string, options: CommonOptions, io: CliIO): Promise<number> {
  const ref = file === '-' ? {path: '<stdin>', stdin: true} : {path: file}
  let bytes: Uint8Array | null
  try {
    bytes = await collect(await readInput(ref, io.stdin), TEXT_LIMIT)
  } catch (error) {
    if (!(error instanceof ReadProblem)) throw error
    const result = problemResult(error.problem)
    io.stderr.write(prettyFor(stderrColor(io, options), result, result.diagnostics))
    return EXIT.failure
  }
  const messages = new Messages(ref.path)
  const read: DecodeResult = bytes ? await readSource(ref.path, bytes, messages) : tooLarge(messages)
  if (read.ok) await writeOut(io.stdout, numberedLines(read.doc))
  const shown = visible(messages.list, options)
  if (shown.length) {
    const result: DocumentResult = {path: ref.path, format: null, records: [], diagnostics: messages.list, unmapped: [], metadata: {}, coverage: {lines: 0, placed: 0},
      ...(read.ok ? {lines: read.doc.lines} : {})}
    io.stderr.write(prettyFor(stderrColor(io, options), result, shown))
  }
  return read.ok ? EXIT.ok : EXIT.invalid
}

/** `practices text` holds the whole document: a file over this size is refused. */
const TEXT_LIMIT = 256 * 1024 * 1024

function tooLarge(messages: Messages): DecodeResult {
  messages.report('read/too-large', `Unexpected file over ${TEXT_LIMIT / 1024 / 1024} MB, expected a smaller file for \`practices text\` (see "Limits" in the README)`, {line: 1, column: 1, endLine: 1, endColumn: 1})
  return {ok: false}
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
