/**
 * Worker thread for `--jobs N`: reads and parses one file per message and posts the result back.
 * Ids are made unique across files by the main thread (see src/cli/documents.ts).
 */
import {readFile} from 'node:fs/promises'
import {parentPort} from 'node:worker_threads'
import {processBytes, unreadableResult, type PipelineOptions} from './index.js'
import {IdRegistry} from './ids.js'

export interface WorkerRequest {
  index: number
  path: string
  options: PipelineOptions
}

parentPort!.on('message', async ({index, path, options}: WorkerRequest) => {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    parentPort!.postMessage({index, result: unreadableResult(path, error)})
    return
  }
  // Records and fieldPlaces travel in one message, so the Map keeps pointing at the same records.
  const result = await processBytes(path, bytes, options, new IdRegistry())
  parentPort!.postMessage({index, result})
})
