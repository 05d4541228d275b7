/**
 * Inputs → a sorted list of files to read: files, directories (recursive, skipping hidden
 * entries and node_modules), globs, and `-` for stdin. Every path that cannot be used is
 * reported in words, and the rest of the run goes on:
 *
 * - a folder or sub-folder that cannot be listed (no permission): `read/unreadable`;
 * - a folder argument without any document file in it: `read/no-documents`;
 * - a named pipe, socket or device (reading it could block or never end): `read/not-a-file`;
 * - a missing path, a broken symbolic link, a link that loops: `read/unreadable`.
 *
 * Symbolic links are followed, to files and to folders; each real file is listed once, however
 * many links lead to it, and a link back to a folder being walked (a loop) is not walked again.
 * Only synchronous calls: a folder of thousands of small files is listed without a promise per file.
 */
import {lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats} from 'node:fs'
import {extname, isAbsolute, join} from 'node:path'
import {describeFsError} from './fs-errors.js'

export interface InputRef {
  /** Path as shown in diagnostics (`<stdin>` for `-`). */
  path: string
  stdin?: boolean
}

export interface InputProblem {
  path: string
  rule: 'read/unreadable' | 'read/no-documents' | 'read/not-a-file'
  message: string
}

/** Extensions taken from directories; files named explicitly are read whatever their name. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.json', '.jsonl', '.docx', '.pdf', ''])
const GLOB_CHARS = /[*?[\]{}]/
const SKIPPED_FOLDERS = new Set(['node_modules'])

const isDocumentName = (name: string) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())
const hidden = (name: string) => name.startsWith('.')

/** What a file that is not a regular file is, in words; `null` for a regular file or a folder. */
export function specialKind(info: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string | null {
  if (info.isFIFO()) return 'a named pipe (FIFO)'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  return null
}

export function notAFile(path: string, kind: string): InputProblem {
  return {path, rule: 'read/not-a-file', message: `Unexpected \`${path}\`: ${kind}, expected a regular file (to read from a pipe, pass \`-\` and redirect it to standard input)`}
}

/** Why `path` cannot be opened, in words (a broken or looping link says so). */
export function cannotRead(path: string, error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException).code
  let reason = describeFsError(error)
  if (code === 'ENOENT') {
    if (lstat(path)?.isSymbolicLink()) reason = 'a symbolic link to a file or folder that does not exist'
  } else if (code === 'ELOOP') {
    reason = 'a symbolic link that loops (it leads back to itself)'
  }
  return {path, rule: 'read/unreadable', message: `Cannot read \`${path}\`: ${reason}`}
}

/** The file-system entry itself, not what a link points at (undefined when there is none). */
function lstat(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

function realpathOrNull(path: string): string | null {
  try {
    return realpathSync.native(path)
  } catch {
    return null
  }
}

/** Files listed between two calls of `expandInputs`' `tick`. */
const TICK_FILES = 256

/**
 * The files and problems of a run's inputs, each real file once, in argument order (folders
 * sorted). `tick`: called every few hundred files while a large folder is listed (the command
 * line watches the heap).
 */
export async function expandInputs(args: readonly string[], tick?: () => void): Promise<{inputs: InputRef[]; problems: InputProblem[]}> {
  const inputs: InputRef[] = []
  const problems: InputProblem[] = []
  const seen = new Set<string>()
  /** Adds `path` unless the file it is (by real path) is already listed. */
  const add = (path: string, real: string | null) => {
    const key = real ?? path
    if (seen.has(key)) return
    seen.add(key)
    inputs.push({path})
    if (tick && inputs.length % TICK_FILES === 0) tick()
  }
  for (const arg of args) {
    if (arg === '-') { inputs.push({path: '<stdin>', stdin: true}); continue }
    let info: Stats | undefined
    try {
      info = statSync(arg)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !lstat(arg) && GLOB_CHARS.test(arg)) {
        await expandGlob(arg, add, problems)
      } else {
        problems.push(cannotRead(arg, error))
      }
      continue
    }
    if (info.isDirectory()) {
      walk(arg, add, problems)
    } else if (info.isFile()) {
      add(arg, realpathOrNull(arg))
    } else {
      problems.push(notAFile(arg, specialKind(info) ?? 'not a regular file'))
    }
  }
  return {inputs, problems}
}

async function expandGlob(pattern: string, add: (path: string, real: string | null) => void, problems: InputProblem[]): Promise<void> {
  const {glob} = await import('tinyglobby')
  const matches = (await glob(pattern, {onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern)}))
    .filter((path) => !skipped(path, pattern))
    .sort()
  if (matches.length === 0) {
    problems.push({path: pattern, rule: 'read/unreadable', message: `Unexpected pattern \`${pattern}\` that matches no file, expected a file, directory or glob that exists`})
  }
  // A glob through a looping link lists the same file under several paths: each real file once.
  for (const path of matches) add(path, realpathOrNull(path))
}

/** Globs skip node_modules and hidden folders, unless the pattern names them itself. */
function skipped(path: string, pattern: string): boolean {
  return path.split(/[\\/]/).slice(0, -1).some((part) =>
    (SKIPPED_FOLDERS.has(part) || (part.startsWith('.') && part !== '.' && part !== '..')) && !pattern.includes(part))
}

/** What a folder walk left out, for the message of a folder without documents. */
class Skipped {
  private readonly byExtension = new Map<string, number>()
  hidden = 0
  readonly folders: string[] = []

  note(name: string): void {
    const ext = extname(name).toLowerCase()
    this.byExtension.set(ext, (this.byExtension.get(ext) ?? 0) + 1)
  }

  describe(): string {
    const parts = [...this.byExtension].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([ext, n]) => `${n} \`${ext}\` ${n === 1 ? 'file' : 'files'}`)
    if (this.hidden > 0) parts.push(`${this.hidden} hidden ${this.hidden === 1 ? 'entry' : 'entries'}`)
    for (const folder of new Set(this.folders)) parts.push(`\`${folder}\``)
    return parts.length === 0 ? 'it is empty' : `it holds only ${parts.join(', ')}`
  }
}

interface Frame {
  /** What `join` puts before an entry's name, in the folder and in its real path (see `prefix`). */
  prefix: string
  realPrefix: string
  entries: Dirent[]
  next: number
}

/**
 * `join(dir, name)` is `prefix(dir) + name` for a name from `readdir` (no separator, not `.` or
 * `..`). A path made by `join` is a tree of ~15 string pieces, ~370 bytes; one made this way
 * shares its folder's prefix and holds the name (~100): the list of 73,402 files took 11 MB,
 * not 30 MB, and listing them 0.19 s, not 0.45 s.
 */
function prefix(dir: string): string {
  return join(dir, '_').slice(0, -1)
}

/**
 * Lists the document files under `root` in name order, depth first, without recursion (a deep
 * tree cannot overflow the stack). A folder reached twice (a link back to an ancestor, or two
 * links to one folder) is walked once.
 */
function walk(root: string, add: (path: string, real: string | null) => void, problems: InputProblem[]): void {
  const walked = new Set<string>()
  const skippedFiles = new Skipped()
  const problemsBefore = problems.length
  let found = 0
  const stack: Frame[] = []
  const enter = (dir: string) => {
    const real = realpathOrNull(dir) ?? dir
    if (walked.has(real)) return
    walked.add(real)
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch (error) {
      problems.push({...cannotRead(dir, error), message: `Cannot read folder \`${dir}\`: ${describeFsError(error)}; the files in it were not read`})
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    stack.push({prefix: prefix(dir), realPrefix: prefix(real), entries, next: 0})
  }
  enter(root)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const entry = frame.entries[frame.next++]
    if (!entry) { stack.pop(); continue }
    if (hidden(entry.name) || SKIPPED_FOLDERS.has(entry.name)) {
      if (hidden(entry.name)) skippedFiles.hidden++
      else skippedFiles.folders.push(entry.name)
      continue
    }
    const path = frame.prefix + entry.name
    let kind: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'> = entry
    let real: string | null = frame.realPrefix + entry.name
    if (entry.isSymbolicLink()) {
      try {
        kind = statSync(path)
        real = realpathOrNull(path)
      } catch (error) {
        // A broken link is reported when its name is a document's; like any other file otherwise.
        if (isDocumentName(entry.name)) problems.push(cannotRead(path, error))
        else skippedFiles.note(entry.name)
        continue
      }
    }
    if (kind.isDirectory()) {
      enter(path)
    } else if (!isDocumentName(entry.name)) {
      skippedFiles.note(entry.name)
    } else if (kind.isFile()) {
      found++
      add(path, real)
    } else {
      problems.push(notAFile(path, specialKind(kind) ?? 'not a regular file'))
    }
  }
  if (found === 0 && problems.length === problemsBefore) {
    problems.push({path: root, rule: 'read/no-documents',
      message: `Unexpected folder without documents (${skippedFiles.describe()}), expected files named ${[...DOCUMENT_EXTENSIONS].filter(Boolean).map((e) => `\`${e}\``).join(', ')} or without extension`})
  }
}
