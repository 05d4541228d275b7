/**
 * The command line's options, each declared once, and normalized in one place (after node-csv's
 * `normalize_options`): commands receive checked values with their defaults, never commander's
 * raw ones (`repair` is a boolean, `--kind` a registered format id, `--jobs` a whole number).
 */
import {availableParallelism} from 'node:os'
import {InvalidArgumentError, Option} from 'commander'
import {FORMAT_IDS, type FormatId} from '../formats/registry.js'
import type {PipelineOptions} from '../pipeline/index.js'

function nonNegativeInteger(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('Expected a whole number ≥ 0.')
  return n
}

/** An absolute http(s) URL ending in `/`: the base of the JSON Schemas' `$id`s. */
function baseUri(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidArgumentError('Expected an absolute URL such as `https://example.org/schemas/`.')
  }
  if (!/^https?:$/.test(url.protocol) || !value.endsWith('/')) throw new InvalidArgumentError('Expected an absolute http(s) URL ending in `/`.')
  return url.href
}

/** Options shared by commands, as commander objects (a command adds the ones it takes). */
export const OPTIONS = {
  kind: () => new Option('-k, --kind <id>', 'skip format detection and parse every input as this format').choices(FORMAT_IDS),
  noRepair: () => new Option('--no-repair', 'turn off repairs (OCR fixes, fuzzy labels, inferred numbers)'),
  jobs: () => new Option('-j, --jobs <n>', 'parse files, or the parts of one large file, on N threads (0: one per CPU core; default: one per core, at most 4, when several files add up to 48 MB or more, else 1)').argParser(nonNegativeInteger),
  noProgress: () => new Option('--no-progress', 'do not show the progress line (shown only on a terminal, never in CI or with TERM=dumb)'),
  quiet: (description: string) => new Option('-q, --quiet', description),
  maxWarnings: () => new Option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than N').argParser(nonNegativeInteger),
  baseUri: () => new Option('--base-uri <url>', 'base of the schemas\' absolute `$id`s, where you serve them (default: an identifier under the reserved practices.invalid)').argParser(baseUri),
}

/** What every command that reads inputs gets. */
export interface CommonOptions {
  /** `--color` / `--no-color`; undefined: decided from the environment and the terminal. */
  color?: boolean
  verbose: boolean
  quiet: boolean
  /** Threads (`--jobs N`, `0` = one per CPU core); 1 = parse in this thread; undefined = chosen from the run (src/cli/documents.ts). */
  jobs?: number
  /** `--no-progress` turns the progress line off; it shows only on a terminal anyway. */
  progress: boolean
  /** What the pipeline is told for every document. */
  pipeline: PipelineOptions
}

/** Commander's values (the command's and the global ones) → checked options. */
export function normalize<T extends object>(raw: T & Record<string, unknown>): T & CommonOptions {
  const kind = raw.kind as FormatId | undefined
  return {
    ...raw,
    ...(typeof raw.color === 'boolean' ? {color: raw.color} : {}),
    verbose: raw.verbose === true,
    quiet: raw.quiet === true,
    ...(typeof raw.jobs === 'number' ? {jobs: raw.jobs === 0 ? availableParallelism() : raw.jobs} : {}),
    progress: raw.progress !== false,
    pipeline: {repair: raw.repair !== false, ...(kind ? {kind} : {})},
  }
}
