import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {processBytes, readSource, type DocumentResult, type PipelineOptions} from '../../src/pipeline/index.js'
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

/** The text lines a repo-relative fixture is read into (a .docx or .pdf through its reader). */
export async function sourceLines(path: string): Promise<string[]> {
  const read = await readSource(path, readFileSync(join(ROOT, path)), new Messages(path))
  return read.ok ? read.doc.lines : []
}
