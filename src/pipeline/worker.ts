/**
 * Worker thread for `--jobs N`: reads and parses one file per request and posts its result back,
 * or its parts' results one at a time for a large file (waiting for the main thread to take each
 * part before parsing the next, so memory stays flat). Records keep their base ids: the main
 * thread makes them unique in input order (src/cli/documents.ts), as one thread does.
 */
import {parentPort} from 'node:worker_threads'
import {readFile, ReadProblem} from '../read/open.js'
import {processInput, problemResult, type PipelineOptions} from './index.js'
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

let next: (() => void) | undefined
const queue: WorkerRequest[] = []
let busy = false

parentPort!.on('message', (message: WorkerRequest | WorkerNext) => {
  if (message.type === 'next') { next?.(); return }
  queue.push(message)
  if (!busy) void drain()
})

async function drain(): Promise<void> {
  busy = true
  for (let request = queue.shift(); request; request = queue.shift()) await processFile(request)
  busy = false
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
