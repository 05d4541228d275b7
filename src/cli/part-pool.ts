/**
 * Worker threads that parse parts of one large document while the main thread reads and cuts it,
 * parses parts itself and writes the results (`--jobs N` on a run of one large file; see
 * src/pipeline/stream.ts). They start when the first part is offered, so a file parsed whole (or
 * whose parts carry from one to the next) costs none; until they are online, the main thread
 * parses every part itself. A worker that stops fails no part: the main thread parses its parts.
 */
import type {Worker} from 'node:worker_threads'
import type {ParsedPart, PartJob, PartPool} from '../pipeline/index.js'
import type {ResultNeeds} from '../pipeline/result.js'
import type {PartReply, PartRequest} from '../pipeline/worker.js'
import type {HeapSettings} from './heap.js'
import {Workers} from './workers.js'

/** Parts a worker holds at once: the one it parses and the next, so it never waits for this thread. */
const PER_WORKER = 2

interface Waiting {
  worker: Worker
  resolve: (parsed: ParsedPart) => void
  reject: (error: Error) => void
}

export class WorkerPartPool implements PartPool {
  /** Online workers, each with the parts it holds. */
  private readonly held = new Map<Worker, number>()
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 0
  private starting: Promise<void> | undefined
  private stopped = false

  /** `threads`: worker threads to start besides this one; `needs`: what of a part's result to send back. */
  constructor(private readonly threads: number, private readonly needs: ResultNeeds, private readonly heap?: HeapSettings) {}

  room(): number {
    // Workers that cannot start leave every part to this thread.
    this.starting ??= this.start().catch(() => undefined)
    let room = 0
    for (const held of this.held.values()) room += PER_WORKER - held
    return room
  }

  parse(job: PartJob): Promise<ParsedPart> {
    let worker: Worker | undefined
    for (const [candidate, held] of this.held) if (held < PER_WORKER && (!worker || held < this.held.get(worker)!)) worker = candidate
    if (!worker) return Promise.reject(new Error('no worker thread has room for a part'))
    const id = this.nextId++
    this.held.set(worker, this.held.get(worker)! + 1)
    return new Promise<ParsedPart>((resolve, reject) => {
      this.waiting.set(id, {worker: worker!, resolve, reject})
      worker!.postMessage({type: 'part', id, job, needs: this.needs} satisfies PartRequest)
    })
  }

  /** Stops the workers (those still starting too). */
  async close(): Promise<void> {
    this.stopped = true
    await this.starting
    const all = [...this.held.keys()]
    this.held.clear()
    await Promise.all(all.map((worker) => worker.terminate()))
  }

  private async start(): Promise<void> {
    const workers = await Workers.load(this.heap)
    const started: Worker[] = []
    for (let i = 0; i < this.threads && !this.stopped; i++) {
      const worker = workers.start()
      started.push(worker)
      worker.on('message', (reply: PartReply) => this.reply(worker, reply))
      worker.on('error', (error) => this.lost(worker, error))
      worker.on('exit', (code) => this.lost(worker, new Error(`worker stopped (exit code ${code})`)))
    }
    await workers.allOnline()
    // A worker that stopped while starting is not taken.
    for (const worker of started) if (worker.threadId >= 0 && !this.stopped) this.held.set(worker, 0)
    if (this.stopped) await Promise.all(started.map((worker) => worker.terminate()))
  }

  private reply(worker: Worker, reply: PartReply): void {
    const waiting = this.waiting.get(reply.id)
    if (!waiting) return
    this.waiting.delete(reply.id)
    if (this.held.has(worker)) this.held.set(worker, this.held.get(worker)! - 1)
    if ('parsed' in reply) waiting.resolve(reply.parsed)
    else waiting.reject(new Error(reply.error))
  }

  /** A worker that stopped: its parts go back to the main thread. */
  private lost(worker: Worker, error: Error): void {
    this.held.delete(worker)
    for (const [id, waiting] of this.waiting) {
      if (waiting.worker !== worker) continue
      this.waiting.delete(id)
      waiting.reject(error)
    }
  }
}
