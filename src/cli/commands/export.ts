/**
 * `practices export <inputs…> --format csv|json|jsonl|md [--out DIR] [--excel]`.
 *
 * Records are written as documents come. Inputs with error diagnostics still have their valid
 * records exported, and the run then exits 1 (as `parse` does), so a CI job notices; an input
 * that cannot be read, or an output that cannot be written, exits 3. When an output fails,
 * files not yet complete are removed and existing files are left as they were.
 */
import {OutputError} from '../../export/atomic.js'
import type {AnyRecord} from '../../schema/records.js'
import type {DocumentResult} from '../../pipeline/index.js'
import {documents} from '../documents.js'
import {EXIT, worst} from '../exit-codes.js'
import type {CliIO} from '../io.js'
import {exitCodeOf, prettyFor, visible} from '../report.js'
import type {CommonOptions} from '../options.js'

export interface ExportOptions extends CommonOptions {
  format: 'csv' | 'json' | 'jsonl' | 'md'
  out: string
  excel?: boolean
}

interface Exporter {
  add(record: AnyRecord): Promise<void>
  /** Puts every file in place; returns their paths. */
  finish(): Promise<string[]>
  abort(): Promise<void>
}

async function openExporter(options: ExportOptions): Promise<Exporter> {
  switch (options.format) {
    case 'csv': return (await import('../../export/csv.js')).CsvExport.open(options.out, {excel: options.excel})
    case 'md': return new (await import('../../export/markdown.js')).MarkdownExport(options.out)
    default: return (await import('../../export/json.js')).JsonExport.open(options.out, options.format)
  }
}

export async function exportCommand(inputs: string[], options: ExportOptions, io: CliIO): Promise<number> {
  if (options.excel && options.format !== 'csv') io.stderr.write(`practices: --excel applies to --format csv only; ignored for --format ${options.format}\n`)
  let code: number = EXIT.ok // worst outcome so far: nothing is kept per document
  const counts = new Map<AnyRecord['type'], number>()
  let exporter: Exporter | undefined
  try {
    exporter = await openExporter(options)
    for await (const result of documents(inputs, options, io)) {
      for (const record of result.records) {
        await exporter.add(record)
        counts.set(record.type, (counts.get(record.type) ?? 0) + 1)
      }
      const shown = visible(result.diagnostics, options)
      if (shown.length > 0) io.stderr.write(prettyFor(io.stderr, io, options, [result], shown))
      code = worst(code, exitCodeOf([result]))
    }
    const files = await exporter.finish()
    io.stderr.write(`practices: wrote ${files.length} ${files.length === 1 ? 'file' : 'files'} to ${options.out} (${summary(counts)})\n`)
  } catch (error) {
    await exporter?.abort()
    if (!(error instanceof OutputError)) throw error
    io.stderr.write(`practices: ${error.message}\n`)
    return EXIT.failure
  }
  return code
}

function summary(counts: Map<AnyRecord['type'], number>): string {
  const n = (type: AnyRecord['type'], one: string, many: string) => {
    const c = counts.get(type) ?? 0
    return `${c} ${c === 1 ? one : many}`
  }
  return [n('practice', 'practice', 'practices'), n('pmm-objective', 'PMM objective', 'PMM objectives'), n('network-report', 'network report', 'network reports')].join(', ')
}
