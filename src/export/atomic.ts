/**
 * Atomic output: write to a temporary file beside the target, then rename over it. An existing
 * file is only ever replaced by a complete one; on failure the temporary file is removed.
 */
import {createWriteStream, type WriteStream} from 'node:fs'
import {mkdir, rename, rm} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

let counter = 0

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
  EACCES: 'permission denied', EPERM: 'operation not permitted', EROFS: 'read-only file system',
  ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', ENOTDIR: 'a parent is a file, not a folder',
  EISDIR: 'a folder stands where the file goes', ENOENT: 'no such folder', EEXIST: 'already exists',
}

/** A reason that names no temporary file: `permission denied (EACCES)`. */
function describe(error: NodeJS.ErrnoException): string {
  if (error.code && REASONS[error.code]) return `${REASONS[error.code]} (${error.code})`
  return error.code ?? error.message
}

export async function openAtomic(path: string): Promise<AtomicFile> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`)
  let stream: WriteStream
  try {
    await mkdir(dirname(path), {recursive: true})
    stream = createWriteStream(temp, {flags: 'wx'})
    await new Promise<void>((resolve, reject) => { stream.once('open', () => resolve()); stream.once('error', reject) })
  } catch (error) {
    throw new OutputError(path, error)
  }
  let failure: unknown
  stream.on('error', (error) => { failure ??= error })
  const cleanup = async () => { stream.destroy(); await rm(temp, {force: true}) }
  return {
    path,
    async write(chunk) {
      if (failure) throw new OutputError(path, failure)
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve))
    },
    async commit() {
      try {
        await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
        if (failure) throw failure
        await rename(temp, path)
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
