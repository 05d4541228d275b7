/**
 * Shared by every command that takes inputs: expand them, then run each document through the
 * pipeline, one at a time (or on `--jobs N` worker threads), yielding results in input order as
 * they come so output can stream. A large document yields one result per part (`more: true` on
 * all but its last).
 *
 * Ids are made unique here, on the thread that writes the output, in input order: `--jobs N`
 * gives the same ids and diagnostics as one thread.
 */
import {existsSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {Worker} from 'node:worker_threads'
import {Messages} from '../diagnostics/diagnostic.js'
import {crashed, IdRegistry, problemResult, processInput, processWhole, uniqueIds, type DocumentResult, type PipelineOptions} from '../pipeline/index.js'
import {shown, type ResultNeeds} from '../pipeline/result.js'
import type {WorkerReply, WorkerRequest} from '../pipeline/worker.js'
import {expandInputs, type InputRef} from '../read/inputs.js'
import {fileSize, readInput, ReadProblem, WHOLE_BYTES} from '../read/open.js'
import {HeapSettings, WORKER_YOUNG_MB} from './heap.js'
import type {CliIO} from './io.js'
import type {CommonOptions} from './options.js'

/** Told of each input as it is done (the progress line). */
export interface RunObserver {
  start(files: readonly InputRef[]): void
  /** A result (a document, or a part of one) is out. */
  result(result: DocumentResult): void
}

/** Everything of a result: what a command gets when it does not say (`documents`' `needs`). */
export const ALL_NEEDS: ResultNeeds = {metadata: true, unmapped: true, fieldPlaces: true, detection: true, lines: 'all'}

/**
 * Each input's results, in input order. `needs`: what the command reads of a result besides its
 * records and diagnostics (worker threads send back only that).
 */
export async function* documents(inputs: readonly string[], common: Pick<CommonOptions, 'jobs' | 'pipeline'>, io: CliIO, observer?: RunObserver, needs: ResultNeeds = ALL_NEEDS): AsyncGenerator<DocumentResult> {
  // Set before the inputs are listed: listing a folder of 70,000 files grew the young generation
  // to 32 MB.
  const heap = oneSmallFile(inputs) ? undefined : await HeapSettings.load()
  const {inputs: refs, problems} = await expandInputs(inputs, heap?.check)
  for (const problem of problems) yield problemResult(problem)
  observer?.start(refs)
  const jobs = jobsFor(common.jobs, refs)
  const ids = new IdRegistry()
  // Metadata nobody reads is not gathered over a large document's parts, and infos nobody lists
  // are counted, not kept.
  const listsInfos = !needs.diagnostics || needs.diagnostics === 'all' || shown('info', needs.diagnostics)
  const pipeline = {...common.pipeline, ...(needs.metadata ? {} : {metadata: false}), ...(listsInfos ? {} : {infos: false})}
  const results = jobs > 1 ? parallel(refs, pipeline, jobs, needs, io, heap) : sequential(refs, pipeline, io)
  for await (const result of results) {
    heap?.check()
    observer?.result(result)
    yield uniqueIds(result, ids)
  }
}

/** Input a run must hold before it takes worker threads by default: each costs its start-up and loads its own parsers. */
const PARALLEL_BYTES = 48 * 1024 * 1024

/**
 * Threads for a run: `--jobs N` as given (never more than there are files); by default one per
 * core (at most 4) for runs of several files that add up to 48 MB or more, and one thread for
 * smaller runs, where starting workers costs more than it saves. Two threads against one on two
 * cores, folders of reports: 0.99x on 33 MB, 1.19x on 64 MB, 1.16-1.33x on 151 MB, 1.47-1.63x on
 * 1 GB (each worker compiles the parsers again, and V8 keeps a second core busy with one thread
 * early in a run). Standard input is read on this thread.
 */
export function jobsFor(jobs: number | undefined, refs: readonly InputRef[]): number {
  if (refs.some((r) => r.stdin)) return 1
  if (jobs === undefined) return refs.length > 1 && holdsAtLeast(refs, PARALLEL_BYTES) ? Math.min(4, availableParallelism(), refs.length) : 1
  return Math.max(1, Math.min(Math.floor(jobs), refs.length))
}

/** Whether the files add up to `bytes` (stops looking once they do). */
function holdsAtLeast(refs: readonly InputRef[], bytes: number): boolean {
  let total = 0
  for (const ref of refs) {
    total += fileSize(ref.path) ?? 0
    if (total >= bytes) return true
  }
  return false
}

async function* sequential(refs: readonly InputRef[], options: PipelineOptions, io: CliIO): AsyncGenerator<DocumentResult> {
  for (const ref of refs) yield* inline(ref, options, io)
}

/** One input parsed on this thread: its result, or its parts' results. */
async function* inline(ref: InputRef, options: PipelineOptions, io: CliIO): AsyncGenerator<DocumentResult> {
  let input
  try {
    input = await readInput(ref, io.stdin)
  } catch (error) {
    if (!(error instanceof ReadProblem)) throw error
    yield problemResult(error.problem)
    return
  }
  if ('whole' in input) yield await processWhole(ref.path, input.whole, options)
  else yield* processInput(ref.path, input, options)
}

/**
 * The stack each worker gets: V8's default for the main thread (984 KiB) plus the 192 KiB Node
 * keeps aside in a worker, so that a document parses with the same stack on either thread.
 */
const WORKER_STACK_MB = (984 + 192) / 1024

/**
 * The worker's code: the bundle next to the bundled CLI (dist/bin/worker.js, one file to load),
 * else the module tree (dist/pipeline/worker.js, when the library's dist/cli/ runs).
 */
const WORKER_URL = ((bundled) => (existsSync(bundled) ? bundled : new URL('../pipeline/worker.js', import.meta.url)))(new URL('./worker.js', import.meta.url))

/** Files a worker is given ahead, so it never waits while this thread is busy parsing. */
const AHEAD = 4
/** Results of files parsed here out of turn, waiting for theirs: at most this many. */
const MAX_STOLEN = 32

/**
 * Parses files on this thread and `jobs - 1` worker threads, and yields the results in input
 * order. Workers take the next files as they finish one; this thread parses the file whose turn
 * it is when no worker has it, and while it waits for a worker, a small file further on (its
 * result waits for its turn). A large file's parts come one at a time: its worker parses the next
 * part only once this thread took the last one. `heap`: the run's heap settings (checked after
 * each file parsed out of turn too).
 */
async function* parallel(refs: readonly InputRef[], options: PipelineOptions, jobs: number, needs: ResultNeeds, io: CliIO, heap?: HeapSettings): AsyncGenerator<DocumentResult> {
  /** Results not yet yielded, by input index. */
  const waiting = new Map<number, DocumentResult[]>()
  /** The worker each file was given to; undefined: not given (this thread parses it). */
  const owner: Array<Worker | undefined> = []
  const assigned = new Map<Worker, number[]>()
  let next = 0
  let stolen = 0
  let wake: (() => void) | undefined
  const arrive = (index: number, result: DocumentResult) => {
    const list = waiting.get(index)
    if (list) list.push(result)
    else waiting.set(index, [result])
    wake?.()
  }
  const feed = (worker: Worker) => {
    const queue = assigned.get(worker)!
    while (queue.length < AHEAD && next < refs.length) {
      const index = next++
      owner[index] = worker
      queue.push(index)
      worker.postMessage({type: 'file', index, path: refs[index]!.path, options: {...options}, needs} satisfies WorkerRequest)
    }
  }
  const workers = new Set<Worker>()
  let Worker: typeof import('node:worker_threads').Worker
  /** Workers not yet online, and a promise for each of them to be online (or stopped). */
  let starting = 0
  const online: Array<Promise<void>> = []
  const spawn = (): Worker => {
    if (starting++ === 0) heap?.workersStarting(true)
    const worker = new Worker(WORKER_URL, {resourceLimits: {stackSizeMb: WORKER_STACK_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB}})
    online.push(new Promise<void>((resolve) => {
      worker.once('online', resolve)
      worker.once('exit', resolve)
    }).then(() => {
      if (--starting === 0) heap?.workersStarting(false)
    }))
    workers.add(worker)
    assigned.set(worker, [])
    worker.on('message', ({index, result}: WorkerReply) => {
      // The same path, as the string this thread already holds (the id registry keeps a file's
      // path for as long as the run: 73,000 copies took ~5 MB).
      result.path = refs[index]!.path
      arrive(index, result)
      if (result.more) return
      const queue = assigned.get(worker)!
      queue.splice(queue.indexOf(index), 1)
      feed(worker)
    })
    // A worker that dies (out of memory, a bug outside the pipeline's guard) fails the file it
    // was parsing only; the files it was given next go back to this thread, and a new worker
    // takes the rest.
    const died = (error: unknown) => {
      if (!workers.delete(worker)) return
      const [current, ...queued] = assigned.get(worker)!
      assigned.delete(worker)
      if (current !== undefined) arrive(current, crashed(refs[current]!.path, new Messages(refs[current]!.path), error))
      for (const index of queued) owner[index] = undefined
      if (next < refs.length) feed(spawn())
      wake?.()
    }
    worker.on('error', died)
    worker.on('exit', (code) => died(new Error(`worker stopped (exit code ${code})`)))
    return worker
  }
  ;({Worker} = await import('node:worker_threads'))
  for (let i = 1; i < jobs; i++) feed(spawn())
  // This thread waits for them (~0.1 s) before it parses, setting the heap settings again every
  // millisecond: V8 sets the growth factor back as it makes a worker's heap, and a collection
  // here before it is set again would grow this thread's young generation past its cap.
  let allOnline = false
  void Promise.all(online).then(() => { allOnline = true })
  while (!allOnline) {
    heap?.again()
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  try {
    for (let index = 0; index < refs.length; index++) {
      for (;;) {
        const result = waiting.get(index)?.shift()
        if (result) {
          yield result
          if (!result.more) {
            waiting.delete(index)
            if (owner[index] === undefined) stolen = Math.max(0, stolen - 1)
            break
          }
          // Its worker parses the next part once this one is taken.
          owner[index]?.postMessage({type: 'next'})
          continue
        }
        if (owner[index] === undefined && !waiting.has(index)) {
          // Its turn, and nobody has it: parse it here (a large file part by part).
          if (index === next) next++
          yield* inline(refs[index]!, options, io)
          break
        }
        if (next < refs.length && stolen < MAX_STOLEN && isSmall(refs[next]!)) {
          // While a worker has this file, parse a small later one here.
          const later = next++
          stolen++
          for await (const part of inline(refs[later]!, options, io)) {
            arrive(later, part)
            heap?.check()
          }
          // Let the workers' messages in (results, requests for more work): parsing here runs
          // only microtasks, and a worker would otherwise wait for its next file.
          await new Promise<void>((resolve) => setImmediate(resolve))
          continue
        }
        await new Promise<void>((resolve) => { wake = resolve })
      }
    }
  } finally {
    const all = [...workers]
    workers.clear()
    await Promise.all(all.map((w) => w.terminate()))
  }
}

/** A run of one small file, which keeps the heap as V8 sizes it (the start-up of `practices validate sheet.txt`). */
function oneSmallFile(inputs: readonly string[]): boolean {
  if (inputs.length !== 1 || inputs[0] === '-') return false
  try {
    const info = statSync(inputs[0]!)
    return info.isFile() && info.size <= WHOLE_BYTES
  } catch {
    return false
  }
}

/** A file read whole (not in parts): its results can wait for their turn without holding much. */
function isSmall(ref: InputRef): boolean {
  if (ref.stdin) return false
  const size = fileSize(ref.path)
  return size !== undefined && size <= WHOLE_BYTES
}
