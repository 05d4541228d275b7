/** `practices validate`: the CI gate. Reports every problem with its place; exit 1 on errors. */
import type {Diagnostic} from '../../diagnostics/diagnostic.js'
import type {DocumentResult} from '../../pipeline/index.js'
import {documents} from '../documents.js'
import {EXIT, worst} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'
import {exitCodeOf, prettyFor, visible, type CommonOptions} from '../report.js'

export interface ValidateOptions extends CommonOptions {
  reporter: 'pretty' | 'json' | 'github' | 'sarif'
  maxWarnings?: number
}

export async function validateCommand(inputs: string[], options: ValidateOptions, io: CliIO): Promise<number> {
  const results: DocumentResult[] = []
  for await (const result of documents({inputs, options: {repair: options.repair !== false, kind: options.kind}, io})) {
    results.push({...result, records: []})
  }
  const all = results.flatMap((r) => r.diagnostics)
  const shown = options.reporter === 'pretty' || options.reporter === 'github' ? visible(all, options) : all.filter((d) => d.severity !== 'warning' || !options.quiet)
  await writeOut(io.stdout, await render(options, shown, results, io))
  const warnings = all.filter((d) => d.severity === 'warning').length
  const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings
  if (tooMany) io.stderr.write(`practices: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
  return worst(exitCodeOf(results), tooMany ? EXIT.invalid : EXIT.ok)
}

async function render(options: ValidateOptions, diagnostics: Diagnostic[], results: DocumentResult[], io: CliIO): Promise<string> {
  switch (options.reporter) {
    case 'json': return (await import('../../diagnostics/reporters/json.js')).formatJson(diagnostics, results.length)
    case 'github': return (await import('../../diagnostics/reporters/github.js')).formatGithub(diagnostics)
    case 'sarif': return (await import('../../diagnostics/reporters/sarif.js')).formatSarif(diagnostics)
    default: return prettyFor(io.stdout, io, options, results, diagnostics)
  }
}
