/**
 * File-system errors in words, for messages people read: `permission denied`, never `EACCES`.
 * Used for inputs (src/read/) and outputs (src/export/atomic.ts) alike.
 */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'a symbolic link that loops back on itself',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on this system',
  EIO: 'input/output error (a disk or network problem)',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EBUSY: 'the file is busy',
  EAGAIN: 'the file is not ready to be read',
  ETIMEDOUT: 'the operation timed out',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'it already exists',
  EINVAL: 'invalid argument',
  ERR_FS_FILE_TOO_LARGE: 'the file is too large',
}

/** `error` (from `fs`) as words: `permission denied`. An error without a known code keeps its own message. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code && REASONS[code]) return REASONS[code]!
  const message = (error as Error | null)?.message ?? String(error)
  // `EINVAL: invalid argument, open 'x'` → `invalid argument`
  const words = /^[A-Z_]+: ([^,]+)/.exec(message)?.[1]
  return words ?? message
}
