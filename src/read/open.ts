/**
 * Reads an input's bytes: a file up to `WHOLE_BYTES` at once (synchronously: a folder of small
 * files costs no promise per file), a larger one, or standard input past that size, as a
 * sequence of chunks that the pipeline decodes and parses in parts (flat memory).
 *
 * Only regular files are read. A named pipe, socket or device is refused (reading it could
 * block forever, or never end: `/dev/zero`); it is opened without blocking to find out, so a
 * pipe without a writer cannot hang the run.
 */
import {closeSync, constants, fstatSync, openSync, readSync, statSync} from 'node:fs'
import {cannotRead, notAFile, specialKind, type InputProblem, type InputRef} from './inputs.js'

/** Inputs up to this size are read and parsed whole; larger ones are read in chunks. */
export const WHOLE_BYTES = 1024 * 1024
/**
 * A large file is read 128 KiB at a time: its lines are decoded as each chunk comes, and wait
 * for their part (stream.ts) only as long as the part takes to fill. Chunks of 1 MB left a
 * megabyte of lines in memory at a time, long enough for the collector to copy them twice.
 */
const CHUNK_BYTES = 128 * 1024

export type InputBytes =
  | {whole: Uint8Array}
  /** A large input: `head` (already read) then the rest. `size`: the file's size, when known. */
  | {chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>; size?: number}

/** An input that cannot be read, with the problem to report. */
export class ReadProblem extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.message)
  }
}

export async function readInput(input: InputRef, stdin: NodeJS.ReadableStream = process.stdin, whole = WHOLE_BYTES): Promise<InputBytes> {
  return input.stdin ? readStream(stdin, whole) : readFile(input.path, whole)
}

/** A regular file: whole when small, else its chunks (the file stays open until they are read). */
export function readFile(path: string, whole = WHOLE_BYTES): InputBytes {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new ReadProblem(cannotRead(path, error))
  }
  let keepOpen = false
  try {
    const info = fstatSync(fd)
    if (info.isDirectory()) throw new ReadProblem({path, rule: 'read/unreadable', message: `Cannot read \`${path}\`: it is a folder`})
    if (!info.isFile()) throw new ReadProblem(notAFile(path, specialKind(info) ?? 'not a regular file'))
    if (info.size > 0 && info.size <= whole) return {whole: readExactly(fd, info.size)}
    // Size unknown (some virtual files say 0) or large: read on until the end.
    const head: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = readChunk(fd)
      if (!chunk) return {whole: head.length === 1 ? head[0]! : Buffer.concat(head, total)}
      head.push(chunk)
      total += chunk.length
      if (total > whole) break
    }
    keepOpen = true
    return {chunks: fileChunks(fd, head), size: info.size || undefined}
  } catch (error) {
    if (error instanceof ReadProblem) throw error
    throw new ReadProblem(cannotRead(path, error))
  } finally {
    if (!keepOpen) closeSync(fd)
  }
}

function readExactly(fd: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null)
    if (n === 0) break // the file shrank while being read
    filled += n
  }
  return filled === size ? buffer : buffer.subarray(0, filled)
}

function readChunk(fd: number): Uint8Array | null {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  const n = readSync(fd, buffer, 0, CHUNK_BYTES, null)
  return n === 0 ? null : buffer.subarray(0, n)
}

function* fileChunks(fd: number, head: Uint8Array[]): Generator<Uint8Array> {
  try {
    yield* head
    head.length = 0
    for (let chunk = readChunk(fd); chunk; chunk = readChunk(fd)) yield chunk
  } finally {
    closeSync(fd)
  }
}

/** Standard input: whole when it ends within `whole` bytes, else its chunks. */
async function readStream(stream: NodeJS.ReadableStream, whole: number): Promise<InputBytes> {
  const iterator = stream[Symbol.asyncIterator]()
  const head: Uint8Array[] = []
  let total = 0
  for (;;) {
    const next = await iterator.next()
    if (next.done) return {whole: Buffer.concat(head.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)), total)}
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : (next.value as Uint8Array)
    head.push(chunk)
    total += chunk.length
    if (total > whole) break
  }
  return {chunks: streamChunks(head, iterator)}
}

async function* streamChunks(head: Uint8Array[], iterator: AsyncIterator<string | Buffer>): AsyncGenerator<Uint8Array> {
  yield* head
  head.length = 0
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value
  }
}

/** A file's size, or undefined when it cannot be told (missing, no permission …). */
export function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size
  } catch {
    return undefined
  }
}

/** All of an input's bytes, up to `limit` (for readers that need a whole file: Word, PDF, `practices text`); null past it. */
export async function collect(input: InputBytes, limit: number): Promise<Uint8Array | null> {
  if ('whole' in input) return input.whole
  const parts: Uint8Array[] = []
  let total = 0
  for await (const chunk of input.chunks) {
    parts.push(chunk)
    total += chunk.length
    if (total > limit) return null
  }
  return Buffer.concat(parts, total)
}
