/**
 * Shared by every command that takes inputs: expand them, then run each document through the
 * pipeline, one at a time (or on `--jobs N` worker threads), yielding results in input order as
 * they come so output can stream. A large document yields one result per part (`more: true` on
 * all but its last).
 *
 * Ids are made unique here, on the thread that writes the output, in input order: `--jobs N`
 * gives the same ids and diagnostics as one thread.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {Messages} from '../diagnostics/diagnostic.js'
import {crashed, IdRegistry, problemResult, processInput, uniqueIds, type DocumentResult, type PipelineOptions} from '../pipeline/index.js'
import type {WorkerReply, WorkerRequest} from '../pipeline/worker.js'
import {expandInputs, type InputRef} from '../read/inputs.js'
import {readInput, ReadProblem} from '../read/open.js'
import type {CliIO} from './io.js'
import type {CommonOptions} from './options.js'

/** Told of each input as it is done (the progress line). */
export interface RunObserver {
  start(files: readonly InputRef[]): void
  /** A result (a document, or a part of one) is out. */
  result(result: DocumentResult): void
}

/** Each input's results, in input order. */
export async function* documents(inputs: readonly string[], common: Pick<CommonOptions, 'jobs' | 'pipeline'>, io: CliIO, observer?: RunObserver): AsyncGenerator<DocumentResult> {
  const {inputs: refs, problems} = await expandInputs(inputs)
  for (const problem of problems) yield problemResult(problem)
  observer?.start(refs)
  const ids = new IdRegistry()
  const jobs = jobsFor(common.jobs, refs)
  const results = jobs > 1 ? parallel(refs, common.pipeline, jobs) : sequential(refs, common.pipeline, io)
  for await (const result of results) {
    observer?.result(result)
    yield uniqueIds(result, ids)
  }
}

/**
 * Worker threads for a run: `--jobs N` as given (never more than there are files), or by default
 * one per core (at most 4) for runs of at least 16 files, and one thread otherwise (a worker
 * costs its start-up and loads its own parsers: not worth it for a few files). Standard input is
 * read on the main thread.
 */
export function jobsFor(jobs: number | undefined, refs: readonly InputRef[]): number {
  if (refs.some((r) => r.stdin)) return 1
  if (jobs === undefined) return refs.length >= 16 ? Math.min(4, availableParallelism()) : 1
  return Math.max(1, Math.min(Math.floor(jobs), refs.length))
}

async function* sequential(refs: readonly InputRef[], options: PipelineOptions, io: CliIO): AsyncGenerator<DocumentResult> {
  for (const ref of refs) {
    let input
    try {
      input = await readInput(ref, io.stdin)
    } catch (error) {
      if (!(error instanceof ReadProblem)) throw error
      yield problemResult(error.problem)
      continue
    }
    yield* processInput(ref.path, input, options)
  }
}

/**
 * The stack each worker gets: V8's default for the main thread (984 KiB) plus the 192 KiB Node
 * keeps aside in a worker, so that a document parses with the same stack on either thread.
 */
const WORKER_STACK_MB = (984 + 192) / 1024

/** Parses files on `jobs` worker threads and yields their results in input order. */
async function* parallel(refs: readonly InputRef[], options: PipelineOptions, jobs: number): AsyncGenerator<DocumentResult> {
  /** Results not yet yielded, by input index; a large file's parts come one at a time. */
  const waiting = new Map<number, DocumentResult[]>()
  const busy = new Map<Worker, number>()
  let wake: (() => void) | undefined
  let next = 0
  const workerUrl = new URL('../pipeline/worker.js', import.meta.url)
  const feed = (worker: Worker) => {
    if (next >= refs.length) { busy.delete(worker); return }
    const index = next++
    busy.set(worker, index)
    worker.postMessage({type: 'file', index, path: refs[index]!.path, options: {...options}} satisfies WorkerRequest)
  }
  const arrive = (index: number, result: DocumentResult) => {
    const list = waiting.get(index)
    if (list) list.push(result)
    else waiting.set(index, [result])
    wake?.()
  }
  const spawn = (): Worker => {
    const worker = new Worker(workerUrl, {resourceLimits: {stackSizeMb: WORKER_STACK_MB}})
    worker.on('message', ({index, result}: WorkerReply) => {
      arrive(index, result)
      if (!result.more) feed(worker)
    })
    // A worker that dies (out of memory, a bug outside the pipeline's guard) fails its file
    // only: the file gets `internal/crash`, and a new worker takes the rest.
    const died = (error: unknown) => {
      const index = busy.get(worker)
      busy.delete(worker)
      workers.delete(worker)
      if (index !== undefined) arrive(index, crashed(refs[index]!.path, new Messages(refs[index]!.path), error))
      if (next < refs.length || index !== undefined) {
        const replacement = spawn()
        feed(replacement)
      }
    }
    worker.on('error', died)
    worker.on('exit', (code) => { if (workers.has(worker)) died(new Error(`worker stopped (exit code ${code})`)) })
    workers.add(worker)
    return worker
  }
  const workers = new Set<Worker>()
  for (let i = 0; i < jobs; i++) feed(spawn())
  try {
    for (let index = 0; index < refs.length; index++) {
      for (;;) {
        const result = waiting.get(index)?.shift()
        if (!result) {
          await new Promise<void>((resolve) => { wake = resolve })
          continue
        }
        yield result
        if (!result.more) { waiting.delete(index); break }
        // The worker waits for this part to be taken before it parses the next one.
        for (const [worker, busyIndex] of busy) if (busyIndex === index) worker.postMessage({type: 'next'})
      }
    }
  } finally {
    const all = [...workers]
    workers.clear()
    await Promise.all(all.map((w) => w.terminate()))
  }
}
