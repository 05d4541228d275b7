/**
 * `practices export <inputs…> --format csv|json|jsonl|md [--out DIR] [--excel]`.
 *
 * Records are written as documents come. Inputs with error diagnostics still have their valid
 * records exported, and the run then exits 1 (as `parse` does), so a CI job notices; an input
 * that cannot be read, or an output that cannot be written, exits 3. When an output fails,
 * files not yet complete are removed and existing files are left as they were. A run that yields
 * no record writes nothing (an earlier export is not replaced by empty tables) and says so.
 */
import {OutputError} from '../../export/atomic.js'
import {JsonExport} from '../../export/json.js'
import type {AnyRecord} from '../../schema/records.js'
import {statSync} from 'node:fs'
import {documents} from '../documents.js'
import {EXIT} from '../exit-codes.js'
import type {CliIO} from '../io.js'
import {Progress} from '../progress.js'
import {StderrReport} from '../report.js'
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
    default: return JsonExport.open(options.out, options.format)
  }
}

export async function exportCommand(inputs: string[], options: ExportOptions, io: CliIO): Promise<number> {
  if (options.excel && options.format !== 'csv') io.stderr.write(`practices: --excel applies to --format csv only; ignored for --format ${options.format}\n`)
  const blocked = notAFolder(options.out)
  if (blocked) {
    io.stderr.write(`practices: Cannot write to \`${options.out}\`: ${blocked}, expected a folder for the exported files (\`--out DIR\`)\n`)
    return EXIT.failure
  }
  const counts = new Map<AnyRecord['type'], number>()
  const {io: out, progress} = Progress.wrap(io, options)
  const report = new StderrReport(out, options)
  let exporter: Exporter | undefined
  try {
    exporter = await openExporter(options)
    const listed = {quiet: options.quiet, verbose: options.verbose}
    const needs = {metadata: false, unmapped: false, fieldPlaces: false, detection: false, lines: listed, diagnostics: listed}
    for await (const result of documents(inputs, options, out, progress, needs)) {
      for (const record of result.records) {
        await exporter.add(record)
        counts.set(record.type, (counts.get(record.type) ?? 0) + 1)
      }
      report.add(result)
    }
    progress?.stop()
    report.finish()
    if (counts.size === 0) {
      // Nothing to write: header-only tables would replace an earlier export with empty ones.
      await exporter.abort()
      io.stderr.write(`practices: no records to export; nothing written to ${options.out}\n`)
      return report.exitCode
    }
    const files = await exporter.finish()
    io.stderr.write(`practices: wrote ${files.length} ${files.length === 1 ? 'file' : 'files'} to ${options.out} (${summary(counts)})\n`)
  } catch (error) {
    progress?.stop()
    await exporter?.abort()
    if (!(error instanceof OutputError)) throw error
    io.stderr.write(`practices: ${error.message}\n`)
    return EXIT.failure
  }
  return report.exitCode
}

/** Why `--out` cannot be the export's folder (something else stands there), or null. */
function notAFolder(path: string): string | null {
  let info
  try {
    info = statSync(path)
  } catch {
    return null // missing (it is made), or under a file: the first write reports it
  }
  if (info.isDirectory()) return null
  return info.isFile() ? 'it is a file' : 'it is not a folder'
}

function summary(counts: Map<AnyRecord['type'], number>): string {
  const n = (type: AnyRecord['type'], one: string, many: string) => {
    const c = counts.get(type) ?? 0
    return `${c} ${c === 1 ? one : many}`
  }
  return [n('practice', 'practice', 'practices'), n('pmm-objective', 'PMM objective', 'PMM objectives'), n('network-report', 'network report', 'network reports')].join(', ')
}
