import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {processBytes, type DocumentResult, type PipelineOptions} from '../../src/pipeline/index.js'
import {IdRegistry} from '../../src/pipeline/ids.js'
import {ROOT} from './golden.js'

/** Parses a repo-relative fixture file, as `practices parse` would. */
export async function parseFixture(path: string, options: Partial<PipelineOptions> = {}): Promise<DocumentResult> {
  return processBytes(path, readFileSync(join(ROOT, path)), {repair: true, ...options}, new IdRegistry())
}

/** Parses text given inline (a file named `name`). */
export async function parseText(text: string | Uint8Array, options: Partial<PipelineOptions> = {}, name = 'input.txt'): Promise<DocumentResult> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  return processBytes(name, bytes, {repair: true, ...options}, new IdRegistry())
}
