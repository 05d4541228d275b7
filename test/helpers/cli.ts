import {Readable} from 'node:stream'
import {run} from '../../src/cli/index.js'
import type {CliIO} from '../../src/cli/io.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI core in-process with captured output (no TTY, no colour unless env says so). */
export async function cli(args: string[], options: {stdin?: string | Uint8Array; env?: Record<string, string>; tty?: boolean} = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: {write: (s: string) => { stdout += s; return true }, isTTY: options.tty ?? false},
    stderr: {write: (s: string) => { stderr += s; return true }, isTTY: options.tty ?? false},
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
  }
  const code = await run(args, io)
  return {code, stdout, stderr}
}
