/**
 * `practices validate`: the CI gate. Every document goes through the pipeline, then through the
 * validate rules (src/validate/); the run ends with the checks across files. Exit 1 on an error
 * or on more warnings than `--max-warnings`, 3 when an input could not be read.
 *
 * Every reporter lists the same diagnostics (errors; warnings unless `--quiet`; infos with
 * `--verbose`) and counts everything found, listed or not (README "validate").
 *
 * Only what reporters need is kept per document (the diagnostics they list, and the lines those
 * point at, for the pretty excerpts); what they do not list is counted, not kept (infos without
 * `--verbose`: a file of OCR slides has one every two lines). A large submission folder so
 * stays in flat memory.
 */
import {appendFile} from 'node:fs/promises'
import {describeFsError} from '../../read/fs-errors.js'
import {compareDiagnostics, detached, shown as isShown, type Diagnostic} from '../../diagnostics/diagnostic.js'
import {formatGithub, formatGithubSummary} from '../../diagnostics/reporters/github.js'
import {formatJson} from '../../diagnostics/reporters/json.js'
import {formatPretty} from '../../diagnostics/reporters/pretty.js'
import {plural, tally, type Summary} from '../../diagnostics/summary.js'
import {checkDocument, checkRun, RULE_DOCS} from '../../validate/index.js'
import type {RecordDigest} from '../../validate/rule.js'
import {colorLevel} from '../color.js'
import type {DocumentResult} from '../../pipeline/result.js'
import {detach} from '../../text/detach.js'
import {documents} from '../documents.js'
import {Progress} from '../progress.js'
import {EXIT, worst} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'
import {homepage, version} from '../version.js'
import {ruleHelpUri} from './rules.js'
import type {CommonOptions} from '../options.js'
import {visible} from '../report.js'

export interface ValidateOptions extends CommonOptions {
  reporter: 'pretty' | 'json' | 'github' | 'sarif'
  maxWarnings?: number
}

interface Checked {
  path: string
  failed: boolean
  lines?: string[]
}

export async function validateCommand(inputs: string[], options: ValidateOptions, io: CliIO): Promise<number> {
  const files: Checked[] = []
  const digests: RecordDigest[] = []
  let all: Diagnostic[] = []
  /** What is found and not listed: counted only. */
  const unlisted: Summary = {files: 0, errors: 0, warnings: 0, infos: 0}
  const {io: out, progress} = Progress.wrap(io, options)
  let previous: DocumentResult | undefined
  const needs = {metadata: true, unmapped: false, fieldPlaces: true, detection: false, lines: 'all' as const}
  for await (const result of documents(inputs, options, out, progress, needs)) {
    const checked = checkDocument(result)
    for (const digest of checked.digests) digests.push({...digest, title: digest.title === null ? null : detach(digest.title)})
    // Kept: what is listed, and what the checks across files may drop (a repeat they report).
    const kept = new Set(checked.diagnostics.filter((d) => isShown(d.severity, options) || d.rule === 'id/duplicate'))
    for (const d of kept) all.push(detached(d))
    tally(unlisted, checked.diagnostics.filter((d) => !kept.has(d)))
    // The parts of a large document are one file.
    const file = previous?.more ? files.at(-1)! : {path: result.path, failed: false}
    if (file !== files.at(-1)) files.push(file)
    file.failed ||= result.failed === true
    // The lines of what is listed, and of anything at a record's place: a check across files reports there.
    const places = new Set(checked.digests.map((digest) => digest.place.line))
    const pointed = checked.diagnostics.filter((d) => kept.has(d) || places.has(d.line))
    if (pointed.length > 0 && result.lines) file.lines = linesFor(pointed, result.lines, file.lines)
    previous = result
  }
  progress?.stop()
  const run = checkRun(digests)
  all = [...all.filter(run.keep), ...run.diagnostics].sort(compareDiagnostics)

  // One rule for every reporter: all is counted, `visible` decides what is listed.
  const found = tally({...unlisted, files: files.length}, all)
  const shown = visible(all, options)
  await writeOut(io.stdout, await render(options, shown, found, files, io))
  if (options.reporter === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    try {
      await appendFile(io.env.GITHUB_STEP_SUMMARY, formatGithubSummary(shown, found))
    } catch (error) {
      io.stderr.write(`practices: cannot write the step summary \`${io.env.GITHUB_STEP_SUMMARY}\`: ${describeFsError(error)}\n`)
      return EXIT.failure
    }
  }

  const tooMany = options.maxWarnings !== undefined && found.warnings > options.maxWarnings
  if (tooMany) io.stderr.write(`practices: ${plural(found.warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`)
  return worst(
    files.some((f) => f.failed) ? EXIT.failure : EXIT.ok,
    all.some((d) => d.severity === 'error') ? EXIT.invalid : EXIT.ok,
    tooMany ? EXIT.invalid : EXIT.ok,
  )
}

/** Only the lines diagnostics point at (a sparse array), so memory stays flat over a corpus. */
function linesFor(diagnostics: readonly Diagnostic[], lines: readonly string[], kept: string[] = []): string[] {
  for (const d of diagnostics) if (lines[d.line - 1] !== undefined) kept[d.line - 1] = lines[d.line - 1]!
  return kept
}

async function render(options: ValidateOptions, diagnostics: Diagnostic[], found: Summary, files: readonly Checked[], io: CliIO): Promise<string> {
  switch (options.reporter) {
    case 'json': return formatJson(diagnostics, found)
    case 'github': return formatGithub(diagnostics)
    case 'sarif': {
      const readme = homepage()
      const rules = readme ? RULE_DOCS.map((doc) => ({...doc, helpUri: ruleHelpUri(readme, doc.id)})) : RULE_DOCS
      return (await import('../../diagnostics/reporters/sarif.js')).formatSarif(diagnostics, {version: version(), rules, ...(readme ? {informationUri: readme} : {})})
    }
    default: {
      const lines = new Map(files.map((f) => [f.path, f.lines]))
      return formatPretty(diagnostics, {color: colorLevel(options.color, io.env, io.stdout.isTTY), lines: (file) => lines.get(file), files: files.length, summary: found})
    }
  }
}
