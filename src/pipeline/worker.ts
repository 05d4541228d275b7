/**
 * Worker thread for `--jobs N`: reads and parses one file per request and posts its result back,
 * or its parts' results one at a time for a large file (waiting for the main thread to take each
 * part before parsing the next, so memory stays flat). Records keep their base ids: the main
 * thread makes them unique in input order (src/cli/documents.ts), as one thread does.
 *
 * On a run of one large file, it parses parts the main thread read and cut (`PartRequest`).
 */
import {parentPort} from 'node:worker_threads'
import {readFile, ReadProblem} from '../read/open.js'
import {parsePart, processInput, problemResult, type ParsedPart, type PartJob, type PipelineOptions} from './index.js'
import {trimmed, type DocumentResult, type ResultNeeds} from './result.js'

export interface WorkerRequest {
  type: 'file'
  index: number
  path: string
  options: PipelineOptions
  /** What of each result to send back. */
  needs: ResultNeeds
}

/** The main thread took the part `index` just posted: go on with the next one. */
export interface WorkerNext {
  type: 'next'
}

export interface WorkerReply {
  index: number
  result: DocumentResult
}

/** A part of a large document to parse (src/cli/part-pool.ts). */
export interface PartRequest {
  type: 'part'
  id: number
  job: PartJob
  /** What of the result to send back. */
  needs: ResultNeeds
}

/** The part parsed, or why it could not be. */
export type PartReply = {id: number; parsed: ParsedPart} | {id: number; error: string}

let next: (() => void) | undefined
const queue: Array<WorkerRequest | PartRequest> = []
let busy = false

parentPort!.on('message', (message: WorkerRequest | WorkerNext | PartRequest) => {
  if (message.type === 'next') { next?.(); return }
  queue.push(message)
  if (!busy) void drain()
})

async function drain(): Promise<void> {
  busy = true
  for (let request = queue.shift(); request; request = queue.shift()) {
    if (request.type === 'part') await processPart(request)
    else await processFile(request)
  }
  busy = false
}

async function processPart({id, job, needs}: PartRequest): Promise<void> {
  let reply: PartReply
  try {
    const parsed = await parsePart(job)
    // Its diagnostics and lines are not in the result yet (they join it on the main thread).
    reply = {id, parsed: {...parsed, result: trimmed(parsed.result, needs)}}
  } catch (error) {
    // The main thread parses it again itself, and reports what goes wrong there.
    reply = {id, error: String(error)}
  }
  parentPort!.postMessage(reply)
}

async function processFile({index, path, options, needs}: WorkerRequest): Promise<void> {
  const post = (result: DocumentResult) => parentPort!.postMessage({index, result: trimmed(result, needs)} satisfies WorkerReply)
  let input
  try {
    input = readFile(path)
  } catch (error) {
    if (!(error instanceof ReadProblem)) throw error
    post(problemResult(error.problem))
    return
  }
  for await (const result of processInput(path, input, options)) {
    const taken = result.more ? new Promise<void>((resolve) => { next = resolve }) : undefined
    post(result)
    await taken
  }
}
