/**
 * Shared by every command that takes inputs: expand them, then run each document through the
 * pipeline, one at a time (or on `--jobs N` worker threads), yielding results in input order as
 * they come so output can stream. A large document yields one result per part (`more: true` on
 * all but its last).
 *
 * Ids are made unique here, on the thread that writes the output, in input order: `--jobs N`
 * gives the same ids and diagnostics as one thread.
 */
import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {Worker} from 'node:worker_threads'
import {Messages, shown} from '../diagnostics/diagnostic.js'
import {crashed, IdRegistry, problemResult, processInput, processWhole, uniqueIds, type DocumentResult, type PipelineOptions} from '../pipeline/index.js'
import type {ResultNeeds} from '../pipeline/result.js'
import type {WorkerReply, WorkerRequest} from '../pipeline/worker.js'
import {expandInputs, type InputRef} from '../read/inputs.js'
import {fileSize, readInput, ReadProblem, WHOLE_BYTES} from '../read/open.js'
import {HeapSettings} from './heap.js'
import {WorkerPartPool} from './part-pool.js'
import {Workers} from './workers.js'
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
  const pipeline = {...common.pipeline, ...(needs.metadata ? {} : {metadata: false}), ...(listsInfos ? {} : {infos: false}), ...(needs.lines === 'all' ? {} : {listed: needs.lines}), ...(needs.fieldPlaces ? {} : {fieldPlaces: false})}
  const results = jobs > 1 && refs.length > 1 ? parallel(refs, pipeline, jobs, needs, io, heap) : sequential(refs, pipeline, io, jobs > 1 ? new WorkerPartPool(jobs - 1, needs, heap) : undefined)
  for await (const result of results) {
    heap?.check()
    observer?.result(result)
    yield uniqueIds(result, ids)
  }
}

/** Input a run must hold before it takes worker threads by default: each costs its start-up and loads its own parsers. */
const PARALLEL_BYTES = 48 * 1024 * 1024

/**
 * Threads for a run: `--jobs N` as given, never more than there are files, except for one file
 * read in parts (over 1 MB), whose parts may be parsed on N threads. By default one per core (at
 * most 4) for runs of several files that add up to 48 MB or more, and one thread otherwise: for
 * smaller runs starting workers costs more than it saves, and one large file gained only ~1.1x
 * on two cores, for ~65 MB more memory (README "Speed"). Two threads against one on two cores,
 * folders of reports: 0.99x on 33 MB, 1.19x on 64 MB, 1.16-1.33x on 151 MB, 1.47-1.63x on 1 GB
 * (each worker compiles the parsers again, and V8 keeps a second core busy with one thread early
 * in a run). Standard input is read on this thread.
 */
export function jobsFor(jobs: number | undefined, refs: readonly InputRef[]): number {
  if (refs.some((r) => r.stdin)) return 1
  if (jobs === undefined) return refs.length > 1 && holdsAtLeast(refs, PARALLEL_BYTES) ? Math.min(4, availableParallelism(), refs.length) : 1
  const most = refs.length === 1 && !isSmall(refs[0]!) ? Infinity : refs.length
  return Math.max(1, Math.min(Math.floor(jobs), most))
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

/** The inputs parsed on this thread; `pool`: threads that may parse parts of a large one. */
async function* sequential(refs: readonly InputRef[], options: PipelineOptions, io: CliIO, pool?: WorkerPartPool): AsyncGenerator<DocumentResult> {
  try {
    for (const ref of refs) yield* inline(ref, options, io, pool)
  } finally {
    await pool?.close()
  }
}

/** One input parsed on this thread: its result, or its parts' results. */
async function* inline(ref: InputRef, options: PipelineOptions, io: CliIO, pool?: WorkerPartPool): AsyncGenerator<DocumentResult> {
  let input
  try {
    input = await readInput(ref, io.stdin)
  } catch (error) {
    if (!(error instanceof ReadProblem)) throw error
    yield problemResult(error.problem)
    return
  }
  if ('whole' in input) yield await processWhole(ref.path, input.whole, options)
  else yield* processInput(ref.path, input, options, pool)
}

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
  const threads = await Workers.load(heap)
  const spawn = (): Worker => {
    const worker = threads.start()
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
  for (let i = 1; i < jobs; i++) feed(spawn())
  // This thread waits for them before it parses (see `Workers.allOnline`).
  await threads.allOnline()
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
