/** `practices parse`: documents → `{schemaVersion, documents}` JSON, or JSONL records. */
import {openAtomic, OutputError, type AtomicFile} from '../../export/atomic.js'
import type {DocumentResult} from '../../pipeline/index.js'
import {SCHEMA_VERSION} from '../../schema/records.js'
import {documents} from '../documents.js'
import {EXIT, worst} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'
import {evidence, exitCodeOf, prettyFor, visible} from '../report.js'
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

export async function parseCommand(inputs: string[], options: ParseOptions, io: CliIO): Promise<number> {
  let file: AtomicFile | undefined
  try {
    file = options.out ? await openAtomic(options.out) : undefined
  } catch (error) {
    io.stderr.write(`practices: ${(error as Error).message}\n`)
    return EXIT.failure
  }
  const emit = (chunk: string) => (file ? file.write(chunk) : writeOut(io.stdout, chunk))
  let code: number = EXIT.ok // worst outcome so far: nothing is kept per document
  try {
    if (options.format === 'json') await emit(`{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "documents": [`)
    let first = true
    for await (const result of documents(inputs, options, io)) {
      if (options.format === 'json') {
        await emit(`${first ? '' : ','}\n    ${JSON.stringify(documentJson(result), null, 2).replace(/\n/g, '\n    ')}`)
      } else {
        for (const record of result.records) await emit(JSON.stringify(record) + '\n')
      }
      first = false
      reportDocument(result, options, io)
      code = worst(code, exitCodeOf([result]))
    }
    if (options.format === 'json') await emit(`${first ? '' : '\n  '}]\n}\n`)
    await file?.commit()
  } catch (error) {
    await file?.abort()
    if (error instanceof OutputError) {
      io.stderr.write(`practices: ${error.message}\n`)
      return EXIT.failure
    }
    throw error
  }
  return code
}

/** Per document on stderr: detection evidence (verbose), coverage, then the diagnostics. */
function reportDocument(result: DocumentResult, options: ParseOptions, io: CliIO) {
  if (options.verbose) io.stderr.write(evidence(result))
  if (options.coverage && result.coverage.lines > 0) {
    const {lines, placed} = result.coverage
    io.stderr.write(`${result.path}: coverage ${placed}/${lines} non-blank lines placed (${((placed / lines) * 100).toFixed(1)}%), ${result.unmapped.length} unmapped\n`)
  }
  const shown = visible(result.diagnostics, options)
  if (shown.length > 0) io.stderr.write(prettyFor(io.stderr, io, options, [result], shown))
}
