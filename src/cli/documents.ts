/**
 * Shared by every command that takes inputs: expand them, then run each document through the
 * pipeline, one at a time, yielding results as they come so output can stream.
 */
import {Worker} from 'node:worker_threads'
import {compareDiagnostics, Messages} from '../diagnostics/diagnostic.js'
import {IdRegistry, processBytes, unreadableResult, type DocumentResult, type PipelineOptions} from '../pipeline/index.js'
import {expandInputs, readInput, type InputRef} from '../read/inputs.js'
import type {CliIO} from './io.js'
import type {CommonOptions} from './options.js'

/** Each input's result, in input order; `common.jobs` > 1 parses on worker threads. */
export async function* documents(inputs: readonly string[], common: Pick<CommonOptions, 'jobs' | 'pipeline'>, io: CliIO): AsyncGenerator<DocumentResult> {
  const options = common.pipeline
  const {inputs: refs, problems} = await expandInputs(inputs)
  for (const problem of problems) yield unreadableResult(problem.path, problem.message)
  const ids = new IdRegistry()
  const progress = io.stderr.isTTY && refs.length > 1
  const jobs = Math.min(Math.max(1, Math.floor(common.jobs)), refs.length)
  if (jobs > 1 && !refs.some((r) => r.stdin)) {
    let done = 0
    for await (const result of parallel(refs, options, jobs)) {
      if (progress) io.stderr.write(`\r\u001b[2K${++done}/${refs.length} ${result.path}`)
      yield uniqueIds(result, ids)
    }
    if (progress) io.stderr.write('\r\u001b[2K')
    return
  }
  // Read the next file while the current one parses, so the CPU does not wait on the disk.
  const read = (ref: InputRef) => readInput(ref, io.stdin).then((bytes) => ({bytes}), (error: unknown) => ({error}))
  let pending = refs[0] ? read(refs[0]) : undefined
  for (const [index, ref] of refs.entries()) {
    if (progress) io.stderr.write(`\r\u001b[2K${index + 1}/${refs.length} ${ref.path}`)
    const loaded = await pending!
    pending = refs[index + 1] ? read(refs[index + 1]!) : undefined
    if ('error' in loaded) {
      yield unreadableResult(ref.path, loaded.error)
      continue
    }
    yield await processBytes(ref.path, loaded.bytes, options, ids)
  }
  if (progress) io.stderr.write('\r\u001b[2K')
}

/** Ids from workers are unique per file; make them unique across the run, as one thread would. */
function uniqueIds(result: DocumentResult, ids: IdRegistry): DocumentResult {
  const messages = new Messages(result.path)
  for (const record of result.records) ids.assign(record, messages)
  if (messages.list.length > 0) result.diagnostics = [...result.diagnostics, ...messages.list].sort(compareDiagnostics)
  return result
}

/** Parses files on `jobs` worker threads and yields the results in input order. */
async function* parallel(refs: InputRef[], options: PipelineOptions, jobs: number): AsyncGenerator<DocumentResult> {
  const workers = Array.from({length: jobs}, () => new Worker(new URL('../pipeline/worker.js', import.meta.url)))
  const finished = new Map<number, DocumentResult>()
  let wake: (() => void) | undefined
  let failure: Error | undefined
  let next = 0
  const feed = (worker: Worker) => {
    if (next < refs.length) worker.postMessage({index: next, path: refs[next]!.path, options: {...options}})
    next++
  }
  for (const worker of workers) {
    worker.on('message', ({index, result}: {index: number; result: DocumentResult}) => {
      finished.set(index, result)
      feed(worker)
      wake?.()
    })
    worker.on('error', (error) => { failure = error; wake?.() })
    feed(worker)
  }
  try {
    for (let index = 0; index < refs.length; index++) {
      while (!finished.has(index)) {
        if (failure) throw failure
        await new Promise<void>((resolve) => { wake = resolve })
      }
      const result = finished.get(index)!
      finished.delete(index)
      yield result
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
