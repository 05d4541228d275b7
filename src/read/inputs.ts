/**
 * Inputs → a sorted list of files to read: files, directories (recursive, skipping hidden folders
 * and node_modules), globs, and `-` for stdin. A path that cannot be read is reported, and the
 * rest of the run goes on.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {extname, isAbsolute, join} from 'node:path'

export interface InputRef {
  /** Path as shown in diagnostics (`<stdin>` for `-`). */
  path: string
  stdin?: boolean
}

export interface InputProblem {
  path: string
  message: string
}

/** Extensions taken from directories; files named explicitly are read whatever their name. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.json', '.jsonl', '.docx', '.pdf', ''])
const GLOB_CHARS = /[*?[\]{}]/

export async function expandInputs(args: readonly string[]): Promise<{inputs: InputRef[]; problems: InputProblem[]}> {
  const inputs: InputRef[] = []
  const problems: InputProblem[] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    if (!seen.has(path)) { seen.add(path); inputs.push({path}) }
  }
  for (const arg of args) {
    if (arg === '-') { inputs.push({path: '<stdin>', stdin: true}); continue }
    const info = await stat(arg).catch(() => undefined)
    if (info?.isDirectory()) {
      for (const file of await walk(arg)) add(file)
    } else if (info) {
      add(arg)
    } else if (GLOB_CHARS.test(arg)) {
      const {glob} = await import('tinyglobby')
      const matches = (await glob(arg, {onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg)}))
        .filter((path) => !skipped(path, arg))
        .sort()
      if (matches.length === 0) problems.push({path: arg, message: `Unexpected pattern \`${arg}\` that matches no file, expected a file, directory or glob that exists`})
      matches.forEach(add)
    } else {
      problems.push({path: arg, message: `Cannot read \`${arg}\`: no such file or directory`})
    }
  }
  return {inputs, problems}
}

/** Globs skip node_modules and hidden folders, unless the pattern names them itself. */
function skipped(path: string, pattern: string): boolean {
  return path.split(/[\\/]/).slice(0, -1).some((part) =>
    (part === 'node_modules' || (part.startsWith('.') && part !== '.' && part !== '..')) && !pattern.includes(part))
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true})
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(path)))
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path)
  }
  return files
}

export async function readInput(input: InputRef, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if (!input.stdin) return readFile(input.path)
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
