/**
 * Checks, before anything is written, that each output path can take a file: a directory (or
 * anything else that is not a regular file) standing at a target would only make the final
 * rename fail after other files of the same export were already replaced.
 */
import {stat} from 'node:fs/promises'
import {OutputError} from './atomic.js'

export async function assertFileTargets(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (info && !info.isFile()) {
      throw new OutputError(path, Object.assign(new Error(info.isDirectory() ? 'is a directory' : 'is not a regular file'), {code: info.isDirectory() ? 'EISDIR' : 'EINVAL'}))
    }
  }
}
