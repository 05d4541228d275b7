/**
 * Atomic output: write to a temporary file beside the target, then rename over it. An existing
 * file is only ever replaced by a complete one; on failure the temporary file is removed.
 *
 * Temporary files and folders are also listed here, so that an interrupted run (Ctrl-C, SIGTERM)
 * removes them before it exits (`removeTemporaries`), and can say which targets it had already
 * put in place when an export was interrupted while putting its files in place.
 */
import {createWriteStream, rmSync, type WriteStream} from 'node:fs'
import {mkdir, rename, rm} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {describeFsError} from '../read/fs-errors.js'

let counter = 0

/** Temporary files and folders of this process that are not in place yet. */
const temporaries = new Set<string>()

/** A set of files being put in place (an export's `finish`): which are done. */
export interface Commit {
  readonly dir: string
  readonly total: number
  done: number
}
let committing: Commit | undefined

export function track(path: string): void {
  temporaries.add(path)
}

export function untrack(path: string): void {
  temporaries.delete(path)
}

/** Marks the start (or, with `undefined`, the end) of putting a set of files in place. */
export function setCommit(commit: Commit | undefined): void {
  committing = commit
}

/** Removes every temporary file and folder at once (synchronously: the process is about to exit). */
export function removeTemporaries(): {removed: number; commit: Commit | undefined} {
  let removed = 0
  for (const path of temporaries) {
    try {
      rmSync(path, {recursive: true, force: true})
      removed++
    } catch {
      // Nothing more can be done on the way out.
    }
  }
  temporaries.clear()
  return {removed, commit: committing}
}

export interface AtomicFile {
  readonly path: string
  write(chunk: string | Uint8Array): Promise<void>
  /** Flushes and renames into place. */
  commit(): Promise<void>
  /** Removes the temporary file; the target is left as it was. */
  abort(): Promise<void>
}

export class OutputError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`Cannot write \`${path}\`: ${describe(cause as NodeJS.ErrnoException)}`)
  }
}

const REASONS: Record<string, string> = {
  EISDIR: 'a folder stands where the file goes', ENOENT: 'no such folder', ENOTDIR: 'a part of the path is a file, not a folder',
}

/** A reason in words that names no temporary file: `permission denied`. */
function describe(error: NodeJS.ErrnoException): string {
  return (error.code && REASONS[error.code]) ?? describeFsError(error)
}

/** Output gathered before it is written, in bytes. */
const BLOCK_BYTES = 128 * 1024

export async function openAtomic(path: string): Promise<AtomicFile> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`)
  let stream: WriteStream
  try {
    await mkdir(dirname(path), {recursive: true})
    track(temp)
    stream = createWriteStream(temp, {flags: 'wx'})
    await new Promise<void>((resolve, reject) => { stream.once('open', () => resolve()); stream.once('error', reject) })
  } catch (error) {
    untrack(temp)
    throw new OutputError(path, error)
  }
  let failure: unknown
  stream.on('error', (error) => { failure ??= error })
  const cleanup = async () => { stream.destroy(); await rm(temp, {force: true}); untrack(temp) }
  const send = async (chunk: string | Uint8Array, written?: () => void) => {
    if (!stream.write(chunk, written && ((error) => { if (!error) written() }))) await new Promise<void>((resolve) => stream.once('drain', resolve))
  }
  // Small writes (a record line, a file's rows) are gathered and written together: one write
  // per document made a folder of small files pay a system call for each. Each chunk is encoded
  // into the block as it comes: joining the strings first was 10x slower once one of them held a
  // character past U+00FF (the joined string is then copied to two bytes a character).
  let block = Buffer.allocUnsafe(BLOCK_BYTES)
  let used = 0
  // A block is used again once the file has it: new memory costs its pages' first touch each time
  // (a new 128 KiB block took ~0.5 ms on our machine, a few percent of a large run).
  const spare: Array<typeof block> = []
  const flush = async () => {
    if (used === 0) return
    const full = block
    const length = used
    block = spare.pop() ?? Buffer.allocUnsafe(BLOCK_BYTES)
    used = 0
    await send(full.subarray(0, length), () => spare.push(full))
  }
  const gather = async (chunk: string | Uint8Array) => {
    // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
    const most = typeof chunk === 'string' ? chunk.length * 3 : chunk.length
    if (used + most > BLOCK_BYTES) await flush()
    if (most > BLOCK_BYTES) return send(chunk)
    if (typeof chunk === 'string') used += block.write(chunk, used)
    else {
      block.set(chunk, used)
      used += chunk.length
    }
  }
  return {
    path,
    async write(chunk) {
      if (failure) throw new OutputError(path, failure)
      await gather(chunk)
    },
    async commit() {
      try {
        await flush()
        await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
        if (failure) throw failure
        await rename(temp, path)
        untrack(temp)
      } catch (error) {
        await cleanup()
        throw new OutputError(path, error)
      }
    },
    async abort() {
      await cleanup()
    },
  }
}

/** Writes a whole file atomically. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const file = await openAtomic(path)
  try {
    await file.write(content)
  } catch (error) {
    await file.abort()
    throw error
  }
  await file.commit()
}
