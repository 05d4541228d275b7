/** `practices parse`: documents → `{schemaVersion, documents}` JSON, or JSONL records. */
import {statSync} from 'node:fs'
import {compareDiagnostics, type Diagnostic} from '../../diagnostics/diagnostic.js'
import {openAtomic, OutputError, type AtomicFile} from '../../export/atomic.js'
import type {Coverage, UnmappedLine} from '../../formats/context.js'
import type {DocumentResult} from '../../pipeline/index.js'
import {SCHEMA_VERSION, type AnyRecord} from '../../schema/records.js'
import {documents} from '../documents.js'
import {EXIT} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'
import {Progress} from '../progress.js'
import {evidence, StderrReport} from '../report.js'
import type {CommonOptions} from '../options.js'

export interface ParseOptions extends CommonOptions {
  format: 'json' | 'jsonl'
  out?: string
  coverage?: boolean
}

/** The JSON shape of one parsed document (`schemas/parse-output.schema.json`). */
export function documentJson(result: DocumentResult) {
  const {path, format, records, diagnostics, unmapped, metadata} = result
  return {path, format, records, diagnostics, unmapped, metadata}
}

/**
 * One document of the JSON output, written as its records come (a large document's parts one
 * after another), byte for byte what `JSON.stringify(documentJson(result), null, 2)` gives,
 * every line after the first indented by `indent` (where the document stands in the output).
 */
export class DocumentJsonWriter {
  private records = 0
  private readonly diagnostics: Diagnostic[] = []
  private readonly unmapped: UnmappedLine[] = []
  readonly coverage: Coverage = {lines: 0, placed: 0}
  /** A line break inside a record: the record's own indentation follows it. */
  private readonly recordBreak: string

  /** Unmapped lines of the document so far. */
  unmappedLines = 0

  constructor(private readonly indent = '') {
    this.recordBreak = `\n${indent}    `
  }

  /** `{`, path, format, and the opening of `records`. */
  head(result: DocumentResult): string {
    const i = this.indent
    return `{\n${i}  "path": ${JSON.stringify(result.path)},\n${i}  "format": ${JSON.stringify(result.format)},\n${i}  "records": [`
  }

  /** A result's records as JSON (none with `json` false); keeps what comes after the records. */
  add(result: DocumentResult, json = true): string {
    let out = ''
    if (json) {
      for (const record of result.records) out += this.record(record)
      for (const d of result.diagnostics) this.diagnostics.push(d)
      for (const u of result.unmapped) this.unmapped.push(u)
    }
    this.unmappedLines += result.unmapped.length
    this.coverage.lines += result.coverage.lines
    this.coverage.placed += result.coverage.placed
    return out
  }

  /**
   * The end of `records`, then diagnostics, unmapped lines and metadata, and `}`, in pieces: the
   * lists are written a few hundred items at a time (350,000 diagnostics of a 20 MB file of OCR
   * slides as one string, and its indented copies, took over 1 GB).
   */
  *tail(metadata: Record<string, unknown>): Generator<string> {
    const i = this.indent
    yield `${this.records > 0 ? `\n${i}  ` : ''}],\n${i}  "diagnostics": `
    yield* listJson(this.diagnostics.sort(compareDiagnostics), `${i}  `)
    yield `,\n${i}  "unmapped": `
    yield* listJson(this.unmapped, `${i}  `)
    yield `,\n${i}  "metadata": ${jsonAt(metadata, `\n${i}  `)}\n${i}}`
  }

  private record(record: AnyRecord): string {
    return `${this.records++ > 0 ? ',' : ''}${this.recordBreak}${jsonAt(record, this.recordBreak)}`
  }
}

/** `JSON.stringify(value, null, 2)` standing after `lineBreak` (a line break, then the indentation): every line of it after the first starts the same way. */
function jsonAt(value: unknown, lineBreak: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, lineBreak)
}

/** Characters of JSON gathered before a piece of a list is handed on. */
const PIECE_CHARS = 64 * 1024

/** What `JSON.stringify(list, null, 2)` gives, each line after the first indented by `indent`, in pieces of ~`PIECE_CHARS`. */
function* listJson(list: readonly unknown[], indent: string): Generator<string> {
  if (list.length === 0) {
    yield '[]'
    return
  }
  const itemBreak = `\n${indent}  `
  let piece = '['
  for (let i = 0; i < list.length; i++) {
    piece += `${i === 0 ? '' : ','}${itemBreak}${jsonAt(list[i], itemBreak)}`
    if (piece.length >= PIECE_CHARS) {
      yield piece
      piece = ''
    }
  }
  yield `${piece}\n${indent}]`
}

export async function parseCommand(inputs: string[], options: ParseOptions, io: CliIO): Promise<number> {
  let file: AtomicFile | undefined
  if (options.out && isFolder(options.out)) {
    io.stderr.write(`practices: Cannot write \`${options.out}\`: it is a folder, expected a file name (\`--out FILE\`)\n`)
    return EXIT.failure
  }
  try {
    file = options.out ? await openAtomic(options.out) : undefined
  } catch (error) {
    io.stderr.write(`practices: ${(error as Error).message}\n`)
    return EXIT.failure
  }
  const {io: out, progress} = Progress.wrap(io, options)
  const report = new StderrReport(out, options)
  const emit = (chunk: string) => (file ? file.write(chunk) : writeOut(io.stdout, chunk))
  // A file gathers the lines itself (as bytes, see openAtomic); standard output takes a
  // document's lines in one write.
  const emitLines = async (lines: string[]) => {
    if (file) for (const line of lines) await file.write(line)
    else if (lines.length > 0) await writeOut(io.stdout, lines.join(''))
  }
  try {
    if (options.format === 'json') await emit(`{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "documents": [`)
    let first = true
    let open: DocumentJsonWriter | undefined
    const listed = {quiet: options.quiet, verbose: options.verbose}
    // JSON output holds every diagnostic; JSONL only counts those not listed on stderr.
    const needs = {metadata: options.format === 'json', unmapped: options.format === 'json', fieldPlaces: false, detection: options.verbose, lines: listed,
      diagnostics: options.format === 'json' ? 'all' as const : listed}
    for await (const result of documents(inputs, options, out, progress, needs)) {
      if (!open) {
        // A document's JSON stands indented under `documents`.
        open = new DocumentJsonWriter('    ')
        if (options.format === 'json') await emit(`${first ? '' : ','}\n    `)
        if (options.format === 'json') await emit(open.head(result))
        first = false
        if (options.verbose) out.stderr.write(evidence(result))
      }
      if (options.format === 'json') {
        await emit(open.add(result))
      } else {
        open.add(result, false)
        await emitLines(result.records.map((record) => JSON.stringify(record) + '\n'))
      }
      if (!result.more) {
        if (options.format === 'json') for (const piece of open.tail(result.metadata)) await emit(piece)
        if (options.coverage) printCoverage(result.path, open, out)
        open = undefined
      }
      report.add(result)
      // `practices parse … | head`: the reader is gone; stop, with the exit code of what was read.
      if (!file && io.stdout.closed) break
    }
    if (options.format === 'json') await emit(`${first ? '' : '\n  '}]\n}\n`)
    await file?.commit()
  } catch (error) {
    await file?.abort()
    progress?.stop()
    if (error instanceof OutputError) {
      io.stderr.write(`practices: ${error.message}\n`)
      return EXIT.failure
    }
    throw error
  }
  progress?.stop()
  report.finish()
  return report.exitCode
}

function printCoverage(path: string, doc: DocumentJsonWriter, io: CliIO): void {
  const {lines, placed} = doc.coverage
  if (lines === 0) return
  io.stderr.write(`${path}: coverage ${placed}/${lines} non-blank lines placed (${((placed / lines) * 100).toFixed(1)}%), ${doc.unmappedLines} unmapped\n`)
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false // missing, or under a file: the write reports it
  }
}
