/**
 * The CI reporters of `practices validate`: SARIF 2.1.0 (checked against the official schema),
 * GitHub workflow commands (exact lines) and the `$GITHUB_STEP_SUMMARY` table.
 */
import {Ajv} from 'ajv'
import formatsModule from 'ajv-formats'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Diagnostic} from '../../src/diagnostics/diagnostic.js'
import {formatGithubSummary, SUMMARY_ROWS} from '../../src/diagnostics/reporters/github.js'
import {artifact, formatSarif} from '../../src/diagnostics/reporters/sarif.js'
import {RULE_DOCS} from '../../src/validate/index.js'
import {headingAnchor} from '../../src/cli/commands/rules.js'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'
import {cleanPractice, folderWith, positionOf, recordsJson} from './helpers.js'

function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('./data/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
  // Draft-04 `id` → `$id`; one pattern of the published schema is invalid with the `u` flag.
  schema.$id = schema.id
  delete schema.id
  delete schema.$schema
  const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
  // ajv-formats is CommonJS: its ESM default is the module, whose `default` is the plugin.
  const addFormats = ((formatsModule as unknown as {default?: unknown}).default ?? formatsModule) as (ajv: Ajv) => Ajv
  addFormats(ajv)
  return ajv.compile(schema)
}

/** A submission folder with one error (no description) and one warning (no funding). */
function submission() {
  const text = recordsJson(cleanPractice({description: null, funding: null}))
  return {dir: folderWith({'sheet.json': text}), text}
}

describe('sarif reporter', () => {
  it('writes a log that validates against the SARIF 2.1.0 schema', async () => {
    const {dir} = submission()
    const result = await cli(['validate', dir, '--reporter', 'sarif'])
    const validate = sarifValidator()
    const log = JSON.parse(result.stdout)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(result.code).toBe(1)
  })

  it('the schema check fails an invalid log (the check can fail)', () => {
    const validate = sarifValidator()
    expect(validate({version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{message: {text: 'm'}, level: 'fatal'}]}]})).toBe(false)
  })

  it('has one rule entry per rule id, results pointing at them, and regions with lines and columns', async () => {
    const {dir, text} = submission()
    const log = JSON.parse((await cli(['validate', dir, '--reporter', 'sarif'])).stdout)
    const run = log.runs[0]
    const ids = run.tool.driver.rules.map((r: {id: string}) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const doc of RULE_DOCS) expect(ids).toContain(doc.id)
    const at = positionOf(text, '"description": null')
    const error = run.results.find((r: {ruleId: string}) => r.ruleId === 'validate/required-section')
    expect(error).toEqual({
      ruleId: 'validate/required-section',
      ruleIndex: ids.indexOf('validate/required-section'),
      level: 'error',
      message: {text: 'Unexpected empty value at `description` (`Breve descripción`), expected a value'},
      locations: [{physicalLocation: {
        artifactLocation: artifact(join(dir, 'sheet.json')),
        region: {startLine: at.line, startColumn: at.column + 15, endLine: at.line, endColumn: at.column + 19},
      }}],
      properties: {expected: 'Breve descripción'},
    })
    const rule = run.tool.driver.rules[error.ruleIndex]
    expect(rule).toMatchObject({id: 'validate/required-section', name: 'ValidateRequiredSection', defaultConfiguration: {level: 'error'}})
    expect(run.results.find((r: {ruleId: string}) => r.ruleId === 'validate/missing-section').level).toBe('warning')
  })

  it('links the tool\'s documentation and each rule\'s table in the README', async () => {
    const {dir} = submission()
    const log = JSON.parse((await cli(['validate', dir, '--reporter', 'sarif'])).stdout)
    expect(sarifValidator()(log)).toBe(true)
    const driver = log.runs[0].tool.driver
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    const readme = pkg.homepage.replace(/#.*$/, '')
    expect(driver.informationUri).toBe(readme)
    const rule = (id: string) => driver.rules.find((r: {id: string}) => r.id === id)
    expect(rule('validate/required-section').helpUri).toBe(`${readme}#the-validate-gate`)
    expect(rule('month-table/cell-count').helpUri).toBe(`${readme}#parsing-constructs-and-formats`)
    expect(rule('read/empty').helpUri).toBe(`${readme}#reading-and-decoding`)
    // Each anchor is a heading of the README, as GitHub makes anchors.
    const headings = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/^#+ .+$/gm)!.map((h) => h.replace(/^#+ /, ''))
    for (const {helpUri} of driver.rules) expect(headings.map(headingAnchor)).toContain(new URL(helpUri).hash.slice(1))
    expect(headingAnchor('Parsing (constructs and formats)')).toBe('parsing-constructs-and-formats')
  })

  it('reports standard input as a location without a URI (not `%3Cstdin%3E`)', async () => {
    const text = recordsJson(cleanPractice({funding: null}))
    const result = await cli(['validate', '-', '--reporter', 'sarif'], {stdin: text})
    const log = JSON.parse(result.stdout)
    expect(sarifValidator()(log)).toBe(true)
    expect(result.stdout).not.toContain('%3Cstdin%3E')
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({description: {text: 'standard input'}})
  })

  it('maps info to note, adds undocumented rule ids, and writes relative paths as relative URIs', () => {
    const d: Diagnostic = {severity: 'info', rule: 'ocr/repair', message: 'Unexpected `accién`, expected `acción`', file: 'sub dir/slides.txt', line: 4, column: 2, endLine: 4, endColumn: 8}
    const log = JSON.parse(formatSarif([d], {version: '1.2.3', rules: []}))
    expect(sarifValidator()(log)).toBe(true)
    expect(log.runs[0].tool.driver).toMatchObject({name: 'practices', version: '1.2.3', rules: [{id: 'ocr/repair', defaultConfiguration: {level: 'note'}}]})
    expect(log.runs[0].results[0]).toMatchObject({level: 'note', ruleIndex: 0, locations: [{physicalLocation: {artifactLocation: {uri: 'sub%20dir/slides.txt', uriBaseId: '%SRCROOT%'}}}]})
  })
})

describe('github reporter', () => {
  it('prints exactly one workflow command per error and warning', async () => {
    const {dir, text} = submission()
    const file = join(dir, 'sheet.json')
    const result = await cli(['validate', dir, '--reporter', 'github'])
    const description = positionOf(text, '"description": null')
    const funding = positionOf(text, '"funding": null')
    expect(result.stdout).toBe(
      `::warning file=${file},line=${funding.line},col=${funding.column + 11},endLine=${funding.line},endColumn=${funding.column + 15},title=validate/missing-section::Unexpected empty value at \`funding\` (\`Forma de financiamiento\`), expected a value\n` +
      `::error file=${file},line=${description.line},col=${description.column + 15},endLine=${description.line},endColumn=${description.column + 19},title=validate/required-section::Unexpected empty value at \`description\` (\`Breve descripción\`), expected a value\n`)
    expect(result.code).toBe(1)
  })

  it('with --quiet prints only the error', async () => {
    const {dir} = submission()
    const lines = (await cli(['validate', dir, '--reporter', 'github', '--quiet'])).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^::error .*title=validate\/required-section::/)
  })

  it('appends a Markdown table of every diagnostic to $GITHUB_STEP_SUMMARY', async () => {
    const {dir, text} = submission()
    const summary = join(dir, 'step-summary.md')
    writeFileSync(summary, 'earlier step\n')
    const result = await cli(['validate', join(dir, 'sheet.json'), '--reporter', 'github'], {env: {GITHUB_STEP_SUMMARY: summary}})
    expect(result.code).toBe(1)
    const file = join(dir, 'sheet.json')
    const description = positionOf(text, '"description": null')
    const funding = positionOf(text, '"funding": null')
    expect(readFileSync(summary, 'utf8')).toBe(
      'earlier step\n' +
      '### ❌ practices validate: 1 error, 1 warning in 1 file\n\n' +
      '| Severity | File | Line | Rule | Message |\n' +
      '| --- | --- | ---: | --- | --- |\n' +
      `| ⚠️ warning | \`${file}\` | ${funding.line}:${funding.column + 11} | \`validate/missing-section\` | Unexpected empty value at \`funding\` (\`Forma de financiamiento\`), expected a value |\n` +
      `| ❌ error | \`${file}\` | ${description.line}:${description.column + 15} | \`validate/required-section\` | Unexpected empty value at \`description\` (\`Breve descripción\`), expected a value |\n\n`)
  })

  it('does not write a step summary for other reporters, nor without the variable', async () => {
    const {dir} = submission()
    const summary = join(dir, 'step-summary.md')
    writeFileSync(summary, '')
    await cli(['validate', join(dir, 'sheet.json'), '--reporter', 'json'], {env: {GITHUB_STEP_SUMMARY: summary}})
    expect(readFileSync(summary, 'utf8')).toBe('')
  })

  it('an unwritable $GITHUB_STEP_SUMMARY is exit 3 with the path named', async () => {
    const {dir} = submission()
    const result = await cli(['validate', join(dir, 'sheet.json'), '--reporter', 'github'], {env: {GITHUB_STEP_SUMMARY: dir}})
    expect(result.code).toBe(3)
    expect(result.stderr).toContain(`cannot write the step summary \`${dir}\``)
  })
})

describe('step summary table', () => {
  const d: Diagnostic = {severity: 'warning', rule: 'coverage/unmapped', message: 'Unexpected text not placed in any field: `a | b`', file: 'x.txt', line: 3, column: 1, endLine: 3, endColumn: 6}

  it('escapes pipes so a message cannot break the table', () => {
    expect(formatGithubSummary([d])).toContain('| Unexpected text not placed in any field: `a \\| b` |\n')
  })

  it('counts what was found and says what the table does not list', () => {
    expect(formatGithubSummary([], {files: 5, errors: 0, warnings: 8, infos: 69})).toBe(
      '### ⚠️ practices validate: 0 errors, 8 warnings, 69 infos in 5 files\n\nNot listed: 8 warnings (`--quiet`), 69 infos (`--verbose` lists them).\n\n')
  })

  it('says so when there is nothing to report', () => {
    expect(formatGithubSummary([], {files: 3, errors: 0, warnings: 0, infos: 0})).toBe('### ✅ practices validate: 0 errors, 0 warnings in 3 files\n\n')
  })

  it(`lists at most ${SUMMARY_ROWS} rows and counts the rest`, () => {
    const many = Array.from({length: SUMMARY_ROWS + 7}, (_, i) => ({...d, line: i + 1}))
    const out = formatGithubSummary(many)
    expect(out.split('\n').filter((l) => l.startsWith('| ⚠️'))).toHaveLength(SUMMARY_ROWS)
    expect(out).toContain('… and 7 more')
  })
})
