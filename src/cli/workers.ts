/** Starting the worker threads of `--jobs N` (files: src/cli/documents.ts; parts of one file: part-pool.ts). */
import {existsSync} from 'node:fs'
import type {Worker} from 'node:worker_threads'
import {WORKER_YOUNG_MB, type HeapSettings} from './heap.js'

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

/** Starts worker threads under the run's heap settings (see heap.ts). */
export class Workers {
  /** Workers not yet online. */
  private starting = 0
  /** A promise for each worker started to be online (or stopped). */
  private readonly online: Array<Promise<void>> = []

  private constructor(private readonly Thread: typeof Worker, private readonly heap?: HeapSettings) {}

  static async load(heap?: HeapSettings): Promise<Workers> {
    const {Worker: Thread} = await import('node:worker_threads')
    return new Workers(Thread, heap)
  }

  /** A new worker: its young generation capped, with the main thread's stack. */
  start(): Worker {
    if (this.starting++ === 0) this.heap?.workersStarting(true)
    const worker = new this.Thread(WORKER_URL, {resourceLimits: {stackSizeMb: WORKER_STACK_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB}})
    this.online.push(new Promise<void>((resolve) => {
      worker.once('online', resolve)
      worker.once('exit', resolve)
    }).then(() => {
      if (--this.starting === 0) this.heap?.workersStarting(false)
    }))
    return worker
  }

  /**
   * Waits until every worker started is online (~0.1 s), setting the heap settings again every
   * millisecond: V8 sets the growth factor back as it makes a worker's heap, and a collection on
   * this thread before it is set again would grow its young generation past its cap.
   */
  async allOnline(): Promise<void> {
    let online = false
    void Promise.all(this.online).then(() => { online = true })
    while (!online) {
      this.heap?.again()
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
  }
}
