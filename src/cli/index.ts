/**
 * The CLI core: `run(argv, io)` parses the command line and returns an exit code; it never calls
 * `process.exit`. Command modules load only when a command runs (commands/index.ts), so
 * `--version` and `--help` stay fast.
 *
 * Conventions (as eslint, textlint and npm): `-v`/`--version` print the version (`-V` too);
 * `--verbose` has no short flag; `--help` prints to stdout with exit 0, while no command at all
 * is a usage error: the help goes to stderr with exit 2.
 */
import {Command, CommanderError, Option} from 'commander'
import {removeTemporaries} from '../export/atomic.js'
import {EXIT} from './exit-codes.js'
import {processIO, type CliIO} from './io.js'
import {normalize, OPTIONS} from './options.js'
import {version} from './version.js'

export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let code: number = EXIT.ok
  const program = new Command('practices')
  program
    .description('Turn Latin-American migration good-practice reports into validated JSON records, CSV tables and Markdown fact sheets.')
    .version(version(), '-v, --version', 'print the version (also -V)')
    .addOption(new Option('-V').hideHelp())
    // `--color` first: declared after `--no-color`, commander would default `color` to true.
    .option('--color', 'force colour (also: FORCE_COLOR=1)')
    .option('--no-color', 'disable colour (also: NO_COLOR=1, TERM=dumb)')
    .option('--verbose', 'also show info diagnostics and format-detection evidence')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText('after', `
Examples:
  $ practices parse fixtures/samples/ficha-sello-migrante-2023.txt > records.json
  $ practices validate submissions/ --reporter github --max-warnings 0
  $ practices export corpus/ --format csv --out data/
  $ practices template > ficha.txt

Run \`practices <command> --help\` for the options of a command.
Exit codes: 0 ok (warnings allowed), 1 validation errors or too many warnings,
2 usage error, 3 an input could not be read or an internal failure.`)
  program.on('option:V', () => {
    io.stdout.write(`${version()}\n`)
    throw new CommanderError(EXIT.ok, 'commander.version', version())
  })

  program.command('parse')
    .description('Parse documents into JSON records.')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl']).default('json'))
    .option('-o, --out <file>', 'write to FILE instead of standard output (atomically)')
    .addOption(OPTIONS.kind())
    .option('--coverage', 'print the share of non-blank lines placed in a field, per file')
    .addOption(OPTIONS.quiet('do not print warnings on stderr'))
    .addOption(OPTIONS.noRepair())
    .addOption(OPTIONS.jobs())
    .addOption(OPTIONS.noProgress())
    .addHelpText('after', `
Examples:
  $ practices parse fixtures/samples/ficha-sello-migrante-2023.txt
  $ practices parse reports/ --format jsonl --out records.jsonl
  $ cat sheet.txt | practices parse - --kind ficha --coverage`)
    .action(async (inputs: string[], options, command: Command) => {
      const {parseCommand} = await import('./commands/index.js')
      code = await parseCommand(inputs, normalize({...command.optsWithGlobals(), ...options}), io)
    })

  program.command('validate')
    .description('Check documents or JSON records and report problems with their place; exit 1 on errors.')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin')
    .addOption(new Option('-r, --reporter <name>', 'output format').choices(['pretty', 'json', 'github', 'sarif']).default('pretty'))
    .addOption(OPTIONS.maxWarnings())
    .addOption(OPTIONS.quiet('report errors only'))
    .addOption(OPTIONS.kind())
    .addOption(OPTIONS.noRepair())
    .addOption(OPTIONS.jobs())
    .addOption(OPTIONS.noProgress())
    .addHelpText('after', `
Examples:
  $ practices validate submissions/
  $ practices validate 'submissions/**/*.txt' --reporter github --max-warnings 0
  $ practices validate sheet.txt --reporter sarif > practices.sarif`)
    .action(async (inputs: string[], options, command: Command) => {
      const {validateCommand} = await import('./commands/index.js')
      code = await validateCommand(inputs, normalize({...command.optsWithGlobals(), ...options}), io)
    })

  program.command('export')
    .description('Write records as CSV tables, JSON, JSONL or Markdown fact sheets.')
    .argument('<inputs...>', 'documents or JSON written by `practices parse`')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json', 'jsonl', 'md']).makeOptionMandatory())
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--excel', 'CSV for Spanish-locale Excel and LibreOffice (UTF-8 BOM, `;`, CRLF, codes kept as text); datapackage.json then describes plain copies in DIR/data/')
    .addOption(OPTIONS.kind())
    .addOption(OPTIONS.quiet('do not print warnings on stderr'))
    .addOption(OPTIONS.noRepair())
    .addOption(OPTIONS.jobs())
    .addOption(OPTIONS.noProgress())
    .addHelpText('after', `
Examples:
  $ practices export fixtures/samples --format csv --out data/
  $ practices export records.json --format md --out fichas/
  $ practices export corpus/ --format csv --excel --out excel/`)
    .action(async (inputs: string[], options, command: Command) => {
      const {exportCommand} = await import('./commands/index.js')
      code = await exportCommand(inputs, normalize({...command.optsWithGlobals(), ...options}), io)
    })

  program.command('schema')
    .description('Write the JSON Schema of every record type (generated from the zod schemas).')
    .option('-o, --out <dir>', 'output directory', 'schemas')
    .addOption(OPTIONS.baseUri())
    .addHelpText('after', `
Examples:
  $ practices schema --out schemas/
  $ practices schema --out site/schemas/ --base-uri https://data.example.org/schemas/1.0.0/`)
    .action(async (options, command: Command) => {
      const {schemaCommand} = await import('./commands/schema.js')
      code = await schemaCommand({...command.optsWithGlobals(), ...options}, io)
    })

  program.command('template')
    .description('Print a blank good-practice sheet (ficha) to fill in and submit.')
    .addOption(new Option('-f, --format <format>', 'template format').choices(['txt', 'md']).default('txt'))
    .addHelpText('after', `
Examples:
  $ practices template > ficha.txt
  $ practices template --format md > ficha.md`)
    .action(async (options, command: Command) => {
      const {templateCommand} = await import('./commands/index.js')
      code = await templateCommand({...command.optsWithGlobals(), ...options}, io)
    })

  program.command('rules')
    .description('List every diagnostic rule: its id, severity, the stage that reports it, and what it checks.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .addHelpText('after', `
Examples:
  $ practices rules
  $ practices rules --format json > rules.json`)
    .action(async (options) => {
      const {rulesCommand} = await import('./commands/index.js')
      code = await rulesCommand(options, io)
    })

  program.command('text')
    .description('Print the numbered text lines a document is read into (a .docx or .pdf, or a text file): what the parsers see, and what diagnostics point at.')
    .argument('<file>', 'a .docx, .pdf or text file, or - for stdin')
    .addHelpText('after', `
Examples:
  $ practices text submission.docx
  $ practices text report.pdf --verbose`)
    .action(async (file: string, options, command: Command) => {
      const {textCommand} = await import('./commands/index.js')
      code = await textCommand(file, normalize({...command.optsWithGlobals(), ...options}), io)
    })

  if (argv.length === 0) {
    // No command: a usage error, with the help on stderr (as git and npm do).
    program.outputHelp({error: true})
    return EXIT.usage
  }
  try {
    await program.parseAsync([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok
      return EXIT.usage
    }
    io.stderr.write(`practices: internal failure: ${(error as Error).stack ?? error}\n`)
    return EXIT.failure
  }
  return code
}

/**
 * What the process does on Ctrl-C or SIGTERM before it exits (bin/practices.js): removes the
 * unfinished temporary files and folders of an export (targets are only ever replaced by whole
 * files), says what was left as it was, and returns the exit code (130 for SIGINT, 143 for
 * SIGTERM, as shells do).
 */
export function interrupted(signal: 'SIGINT' | 'SIGTERM', io: Pick<CliIO, 'stderr'> = processIO()): number {
  const {removed, commit} = removeTemporaries()
  let message = `practices: interrupted (${signal === 'SIGINT' ? 'Ctrl-C' : signal})`
  if (commit) {
    message += ` while putting the exported files in place: ${commit.done} of ${commit.total} files in ${commit.dir} are new, the others are as they were; run the export again`
  } else if (removed > 0) {
    message += `; removed ${removed} unfinished ${removed === 1 ? 'file' : 'files'}: the output is as it was`
  }
  io.stderr.write(`${io.stderr.isTTY ? '\r\u001b[2K' : ''}${message}\n`)
  return signal === 'SIGINT' ? 130 : 143
}
