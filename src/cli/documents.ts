/**
 * Shared by every command that takes inputs: expand them, then run each document through the
 * pipeline, one at a time, yielding results as they come so output can stream.
 */
import {Messages} from '../diagnostics/diagnostic.js'
import {emptyResult, IdRegistry, processBytes, type DocumentResult, type PipelineOptions} from '../pipeline/index.js'
import {expandInputs, readInput} from '../read/inputs.js'
import type {CliIO} from './io.js'

export interface RunInputs {
  inputs: readonly string[]
  options: PipelineOptions
  io: CliIO
}

export async function* documents({inputs, options, io}: RunInputs): AsyncGenerator<DocumentResult> {
  const {inputs: refs, problems} = await expandInputs(inputs)
  for (const problem of problems) {
    const messages = new Messages(problem.path)
    messages.error('read/unreadable', problem.message, {line: 1, column: 1, endLine: 1, endColumn: 1})
    yield emptyResult(problem.path, messages.list, true)
  }
  const ids = new IdRegistry()
  const progress = io.stderr.isTTY && refs.length > 1
  for (const [index, ref] of refs.entries()) {
    if (progress) io.stderr.write(`\r\u001b[2K${index + 1}/${refs.length} ${ref.path}`)
    let bytes: Uint8Array
    try {
      bytes = await readInput(ref, io.stdin)
    } catch (error) {
      const messages = new Messages(ref.path)
      const code = (error as NodeJS.ErrnoException).code
      messages.error('read/unreadable', `Cannot read \`${ref.path}\`: ${code === 'EISDIR' ? 'is a directory' : code ?? (error as Error).message}`, {line: 1, column: 1, endLine: 1, endColumn: 1})
      yield emptyResult(ref.path, messages.list, true)
      continue
    }
    yield await processBytes(ref.path, bytes, options, ids)
  }
  if (progress) io.stderr.write('\r\u001b[2K')
}
