/**
 * The pipeline, in one place:
 *
 *   read → decode → detect format → parse (segment + constructs + normalize) → ids → validate → unmapped
 *
 * One document at a time; a document that cannot be read or parsed yields diagnostics, never a
 * crash, and the run goes on with the next one. A large input is read in chunks and, when its
 * format allows, parsed in parts (stream.ts), so memory stays flat whatever its size.
 *
 * Ids: parsing gives each record its base id (from its content); `uniqueIds` makes them unique
 * across a run, in input order, on the thread that writes the output, so `--jobs N` gives the
 * same ids as one thread.
 */
import {compareDiagnostics, Messages} from '../diagnostics/diagnostic.js'
import type {InputBytes} from '../read/open.js'
import {processWhole, type PipelineOptions} from './document.js'
import {IdRegistry} from './ids.js'
import {idPlace, type DocumentResult} from './result.js'
import {LIMITS, processStream, type PartPool} from './stream.js'

export type {DocumentResult} from './result.js'
export {emptyResult, problemResult, unreadableResult} from './result.js'
export {chooseFormat, crashed, finish, looksLikeJson, parseDocument, parseWith, processWhole, readSource, type PipelineOptions} from './document.js'
export {IdRegistry} from './ids.js'
export {parsePart, type ParsedPart, type PartJob, type PartPool} from './stream.js'

/**
 * Runs one whole document through the pipeline. `ids` is shared by a run so ids stay unique in it.
 * `input` is the file's bytes, or its text (encoded as UTF-8); repairs are on unless
 * `options.repair` is `false`.
 */
export async function processBytes(path: string, input: Uint8Array | string, options: Partial<PipelineOptions> = {}, ids = new IdRegistry()): Promise<DocumentResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  return uniqueIds(await processWhole(path, bytes, {...options, repair: options.repair ?? true}), ids)
}

/**
 * One input through the pipeline: its result, or for a large document the results of its parts
 * (`more: true` on all but the last). Records carry base ids: pass each result to `uniqueIds`
 * in order. `pool`: other threads that may parse parts of a large document.
 */
export async function* processInput(path: string, input: InputBytes, options: PipelineOptions, pool?: PartPool): AsyncGenerator<DocumentResult> {
  if ('whole' in input) {
    yield await processWhole(path, input.whole, options)
    return
  }
  yield* processStream(path, input.chunks, options, LIMITS, pool)
}

/**
 * Makes the ids of `result`'s records unique in the run (a repeat gets `-2`, `-3` … and an
 * `id/duplicate` warning at the record: its first line, or its value in a JSON file).
 */
export function uniqueIds(result: DocumentResult, ids: IdRegistry): DocumentResult {
  const messages = new Messages(result.path)
  for (const record of result.records) ids.assign(record, messages, idPlace(result, record))
  if (messages.list.length > 0) result.diagnostics = [...result.diagnostics, ...messages.list].sort(compareDiagnostics)
  return result
}
