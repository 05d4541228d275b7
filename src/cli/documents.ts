/**
 * Shared by every command that takes inputs: expand them, then run each document through the
 * pipeline, one at a time (or on `--jobs N` worker threads), yielding results in input order as
 * they come so output can stream. A large document yields one result per part (`more: true` on
 * all but its last).
 *
 * Ids are made unique here, on the thread that writes the output, in input order: `--jobs N`
 * gives the same ids and diagnostics as one thread.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {Worker} from 'node:worker_threads'
import {Messages} from '../diagnostics/diagnostic.js'
import {crashed, IdRegistry, problemResult, processInput, processWhole, uniqueIds, type DocumentResult, type PipelineOptions} from '../pipeline/index.js'
import type {ResultNeeds} from '../pipeline/result.js'
import type {WorkerReply, WorkerRequest} from '../pipeline/worker.js'
import {expandInputs, type InputRef} from '../read/inputs.js'
import {fileSize, readInput, ReadProblem, WHOLE_BYTES} from '../read/open.js'
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
  const {inputs: refs, problems} = await expandInputs(inputs)
  for (const problem of problems) yield problemResult(problem)
  observer?.start(refs)
  const jobs = jobsFor(common.jobs, refs)
  const young = refs.length > 1 || !refs.every(isSmall) ? await keepHeapSmall(jobs) : undefined
  const ids = new IdRegistry()
  // Metadata nobody reads is not gathered over a large document's parts.
  const pipeline = needs.metadata ? common.pipeline : {...common.pipeline, metadata: false}
  const results = jobs > 1 ? parallel(refs, pipeline, jobs, needs, io) : sequential(refs, pipeline, io)
  for await (const result of results) {
    young?.()
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
 * A worker's young generation: 16 MB, not V8's default (32 MB here). With two threads it kept
 * peak RSS ~30 MB lower on a folder of 10,000 reports, at the same speed (measured side by side).
 * The main thread's cannot be set once the process runs: its growth is stopped there instead
 * (`keepHeapSmall`).
 */
const WORKER_YOUNG_MB = 16

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
 * part only once this thread took the last one.
 */
async function* parallel(refs: readonly InputRef[], options: PipelineOptions, jobs: number, needs: ResultNeeds, io: CliIO): AsyncGenerator<DocumentResult> {
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
  const spawn = (): Worker => {
    const worker = new Worker(WORKER_URL, {resourceLimits: {stackSizeMb: WORKER_STACK_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB}})
    workers.add(worker)
    assigned.set(worker, [])
    worker.on('message', ({index, result}: WorkerReply) => {
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
          for await (const part of inline(refs[later]!, options, io)) arrive(later, part)
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

/**
 * For runs of several files or a large one: the heap grows by 10% past what a full garbage
 * collection keeps, not by V8's default (up to 4x). Parsing makes much short-lived garbage, and a
 * large input would otherwise take several hundred MB it does not need (README "Speed"). A
 * process-wide V8 setting, read at each collection (so it is set here, by the command line, not
 * by the library).
 *
 * Returns a check to run after each result that stops this thread's young generation growing
 * once it reaches `WORKER_YOUNG_MB`, as a worker's is capped: V8 takes its cap only at start-up,
 * but reads its growth factor each time it grows one. On a folder of 10,000 reports that kept
 * peak RSS ~20 MB lower at the same speed, with one thread and with two (measured side by side).
 * The growth factor is the process's: with workers, theirs start at their cap (the smallest size
 * V8 gives a new young generation, read when a worker starts), else stopping the growth would
 * leave them small (4x the scavenges). Only on the V8 of Node 20, where it was measured (another
 * V8 may not know the settings, and would say so on stderr).
 */
async function keepHeapSmall(jobs: number): Promise<(() => void) | undefined> {
  const v8 = await import('node:v8')
  v8.setFlagsFromString('--heap-growing-percent=10')
  if (!process.versions.v8.startsWith('11.')) return undefined
  // A young generation of 16 MB is two halves of 8 MB.
  if (jobs > 1) v8.setFlagsFromString(`--min-semi-space-size=${WORKER_YOUNG_MB / 2}`)
  let capped = false
  return () => {
    if (capped) return
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
    if (young && young.space_size >= WORKER_YOUNG_MB * 1024 * 1024) {
      v8.setFlagsFromString('--semi-space-growth-factor=1')
      capped = true
    }
  }
}

/** A file read whole (not in parts): its results can wait for their turn without holding much. */
function isSmall(ref: InputRef): boolean {
  if (ref.stdin) return false
  const size = fileSize(ref.path)
  return size !== undefined && size <= WHOLE_BYTES
}
