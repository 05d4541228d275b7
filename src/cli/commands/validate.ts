/**
 * `practices validate`: the CI gate. Every document goes through the pipeline, then through the
 * validate rules (src/validate/); the run ends with the checks across files. Exit 1 on an error
 * or on more warnings than `--max-warnings`, 3 when an input could not be read.
 *
 * Every reporter lists the same diagnostics (errors; warnings unless `--quiet`; infos with
 * `--verbose`) and counts everything found, listed or not (README "validate").
 *
 * Only what reporters need is kept per document (its diagnostics, and its lines when it has
 * any diagnostic, for the pretty excerpts), so a large submission folder stays in flat memory.
 */
import {appendFile} from 'node:fs/promises'
import {compareDiagnostics, type Diagnostic} from '../../diagnostics/diagnostic.js'
import {formatPretty} from '../../diagnostics/reporters/pretty.js'
import {plural, summarize, type Summary} from '../../diagnostics/summary.js'
import {checkDocument, checkRun, RULE_DOCS} from '../../validate/index.js'
import type {RecordDigest} from '../../validate/rule.js'
import {colorLevel} from '../color.js'
import {documents} from '../documents.js'
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
  lines?: readonly string[]
}

export async function validateCommand(inputs: string[], options: ValidateOptions, io: CliIO): Promise<number> {
  const files: Checked[] = []
  const digests: RecordDigest[] = []
  let all: Diagnostic[] = []
  for await (const result of documents(inputs, options, io)) {
    const checked = checkDocument(result)
    for (const digest of checked.digests) digests.push(digest)
    for (const d of checked.diagnostics) all.push(d)
    files.push({path: result.path, failed: result.failed === true, ...(checked.diagnostics.length > 0 && result.doc ? {lines: linesFor(checked.diagnostics, result.doc.lines)} : {})})
  }
  const run = checkRun(digests)
  all = [...all.filter(run.keep), ...run.diagnostics].sort(compareDiagnostics)

  // One rule for every reporter: all is counted, `visible` decides what is listed.
  const found = summarize(all, files.length)
  const shown = visible(all, options)
  await writeOut(io.stdout, await render(options, shown, found, files, io))
  if (options.reporter === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    const {formatGithubSummary} = await import('../../diagnostics/reporters/github.js')
    try {
      await appendFile(io.env.GITHUB_STEP_SUMMARY, formatGithubSummary(shown, found))
    } catch (error) {
      io.stderr.write(`practices: cannot write the step summary \`${io.env.GITHUB_STEP_SUMMARY}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
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
function linesFor(diagnostics: readonly Diagnostic[], lines: readonly string[]): string[] {
  const kept: string[] = []
  for (const d of diagnostics) if (lines[d.line - 1] !== undefined) kept[d.line - 1] = lines[d.line - 1]!
  return kept
}

async function render(options: ValidateOptions, diagnostics: Diagnostic[], found: Summary, files: readonly Checked[], io: CliIO): Promise<string> {
  switch (options.reporter) {
    case 'json': return (await import('../../diagnostics/reporters/json.js')).formatJson(diagnostics, found)
    case 'github': return (await import('../../diagnostics/reporters/github.js')).formatGithub(diagnostics)
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
