/**
 * The library API (README "Library"): parse a file, a buffer or a string; validate what was
 * parsed as `practices validate` does; export records as `practices export` does. Importing it
 * loads no command line and no heavy parser: each format's parser, and each exporter, loads when
 * first used.
 *
 *   import {parseFile, validate, exportRecords} from 'practices'
 *   const result = await parseFile('fixtures/samples/ficha-sello-migrante-2023.txt')
 *   validate(result).summary          // {files: 1, errors: 0, warnings: 0, infos: 0}
 *   await exportRecords(result.records, {format: 'csv', out: 'data'})
 */
import {readFile} from 'node:fs/promises'
import {compareDiagnostics, type Diagnostic} from './diagnostics/diagnostic.js'
import {summarize, type Summary} from './diagnostics/summary.js'
import type {FormatId} from './formats/registry.js'
import {IdRegistry, processBytes, unreadableResult, type DocumentResult} from './pipeline/index.js'
import {describeFsError} from './read/fs-errors.js'
import type {AnyRecord} from './schema/records.js'
import {checkDocument, checkRun} from './validate/index.js'

export interface ParseOptions {
  /** Read the input as this format instead of detecting it (`--kind`). */
  kind?: FormatId
  /** Apply repairs (OCR fixes, fuzzy labels, inferred numbers), each reported as an info; default `true`. */
  repair?: boolean
  /** Shared by the calls of one run so that ids stay unique across its documents (a repeat gets `-2`). */
  ids?: IdRegistry
}

export interface ParseInputOptions extends ParseOptions {
  /** Name used in diagnostics and `source.path` (its extension tells `.json`, `.docx`, `.pdf`); default `<input>`. */
  path?: string
}

/**
 * Parses a document given as text (a string) or as bytes (a `Uint8Array`/`Buffer` or an
 * `ArrayBuffer`, decoded as the CLI decodes files: UTF-8, UTF-16, Windows-1252, .docx, .pdf).
 * Never throws for a bad document: problems are in `diagnostics`.
 */
export async function parse(input: string | Uint8Array | ArrayBuffer, options: ParseInputOptions = {}): Promise<DocumentResult> {
  const bytes = typeof input === 'string' ? input
    : input instanceof Uint8Array ? input
    : input instanceof ArrayBuffer ? new Uint8Array(input)
    : null
  if (bytes === null) throw new TypeError(`Expected a string, a Uint8Array or an ArrayBuffer to parse, got ${input === null ? 'null' : typeof input}`)
  return processBytes(options.path ?? '<input>', bytes, pipelineOptions(options), options.ids)
}

/** Reads and parses the file at `path`; a file that cannot be read gives a `read/unreadable` error (`failed: true`). */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<DocumentResult> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    return unreadableResult(path, `Cannot read \`${path}\`: ${describeFsError(error)}`)
  }
  return processBytes(path, bytes, pipelineOptions(options), options.ids)
}

function pipelineOptions(options: ParseOptions) {
  return {repair: options.repair ?? true, ...(options.kind ? {kind: options.kind} : {})}
}

export interface ValidationReport {
  /** Every diagnostic, with the severities `validate` gives (README "Diagnostics and rules"), by file and place. */
  diagnostics: Diagnostic[]
  /** Counts of errors, warnings and infos, and of files. */
  summary: Summary
  /** No error (and no input that could not be read). */
  ok: boolean
}

/**
 * The validate gate over parsed documents: the rules of each record, then the rules across
 * documents (the same practice in two files). Pass every document of a run in one call.
 */
export function validate(results: DocumentResult | readonly DocumentResult[]): ValidationReport {
  const documents = Array.isArray(results) ? results : [results as DocumentResult]
  const checked = documents.map((result) => checkDocument(result))
  const run = checkRun(checked.flatMap((c) => c.digests))
  const diagnostics = [...checked.flatMap((c) => c.diagnostics).filter(run.keep), ...run.diagnostics].sort(compareDiagnostics)
  const summary = summarize(diagnostics, documents.length)
  return {diagnostics, summary, ok: summary.errors === 0 && !documents.some((d) => d.failed)}
}

export interface ExportOptions {
  format: 'csv' | 'json' | 'jsonl' | 'md'
  /** Output folder (made when missing). */
  out: string
  /** CSV for Spanish-locale spreadsheets (README "Exports"). */
  excel?: boolean
}

/**
 * Writes records as `practices export` does (each file atomically) and returns the paths
 * written. On an error, files not yet complete are removed and existing ones left as they were.
 */
export async function exportRecords(records: Iterable<AnyRecord> | AsyncIterable<AnyRecord>, options: ExportOptions): Promise<string[]> {
  const exporter = options.format === 'csv' ? await (await import('./export/csv.js')).CsvExport.open(options.out, {excel: options.excel === true})
    : options.format === 'md' ? new (await import('./export/markdown.js')).MarkdownExport(options.out)
    : await (await import('./export/json.js')).JsonExport.open(options.out, options.format)
  try {
    for await (const record of records) await exporter.add(record)
    return await exporter.finish()
  } catch (error) {
    await exporter.abort()
    throw error
  }
}

/** The Markdown fact sheet of one record (README "Markdown fact sheets"). */
export async function renderFactsheet(record: AnyRecord): Promise<string> {
  return (await import('./export/markdown.js')).renderFactsheet(record)
}
