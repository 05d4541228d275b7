/**
 * `practices rules [--format text|json|md]`: every diagnostic rule of the catalogue, with its
 * severity (and the one `validate` gives it), the stage that reports it and what it checks.
 * The README's rule tables are the `md` output (a test fails when they drift).
 *
 *   $ practices rules
 *   read/empty                 error            read      An empty file, or one with white space only.
 */
import {RULE_IDS, RULES, type RuleId, type RuleInfo, type Stage} from '../../diagnostics/rules.js'
import {EXIT} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'

export type RulesFormat = 'text' | 'json' | 'md'

export interface RulesOptions {
  format: RulesFormat
}

export const STAGE_TITLES: Record<Stage, string> = {
  read: 'Reading and decoding',
  detect: 'Format detection',
  pipeline: 'Every document',
  parse: 'Parsing (constructs and formats)',
  validate: 'The validate gate',
}

const STAGES = Object.keys(STAGE_TITLES) as Stage[]

function info(id: RuleId): RuleInfo {
  return RULES[id]
}

/** The anchor GitHub gives a heading: `Parsing (constructs and formats)` → `parsing-constructs-and-formats`. */
export function headingAnchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
}

/** Where a rule is documented: the README's table of its stage (`…#the-validate-gate`). */
export function ruleHelpUri(readme: string, rule: string): string | undefined {
  const known = Object.hasOwn(RULES, rule) ? info(rule as RuleId) : undefined
  return known ? `${readme}#${headingAnchor(STAGE_TITLES[known.stage])}` : undefined
}

/** `warning`, or `warning (validate: error)` when the gate raises it. */
function severityText(rule: RuleInfo): string {
  return rule.gate && rule.gate !== rule.severity ? `${rule.severity} (validate: ${rule.gate})` : rule.severity
}

function byStage(stage: Stage): RuleId[] {
  return RULE_IDS.filter((id) => info(id).stage === stage)
}

export function rulesJson(): string {
  const rules = RULE_IDS.map((id) => {
    const rule = info(id)
    return {id, severity: rule.severity, validateSeverity: rule.gate ?? rule.severity, stage: rule.stage, reportedBy: rule.by, description: rule.description, ...(rule.example ? {example: rule.example} : {})}
  })
  return JSON.stringify({rules}, null, 2) + '\n'
}

export function rulesText(): string {
  const idWidth = Math.max(...RULE_IDS.map((id) => id.length))
  const severityWidth = Math.max(...RULE_IDS.map((id) => severityText(info(id)).length))
  return STAGES.map((stage) => [
    `${STAGE_TITLES[stage]}:`,
    ...byStage(stage).map((id) => `  ${id.padEnd(idWidth)}  ${severityText(info(id)).padEnd(severityWidth)}  ${info(id).description}`),
  ].join('\n')).join('\n\n') + '\n'
}

/** Markdown tables, one per stage (README "Diagnostics and rules"). */
export function rulesMarkdown(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|')
  return STAGES.map((stage) => {
    const rows = byStage(stage).map((id) => {
      const rule = info(id)
      const example = rule.example ? ` Example: ${cell(rule.example)}` : ''
      return `| \`${id}\` | ${severityText(rule)} | ${cell(rule.by)} | ${cell(rule.description)}${example} |`
    })
    return [`#### ${STAGE_TITLES[stage]}`, '', '| rule | severity | reported by | checks |', '|---|---|---|---|', ...rows].join('\n')
  }).join('\n\n') + '\n'
}

export async function rulesCommand(options: RulesOptions, io: CliIO): Promise<number> {
  const render = {text: rulesText, json: rulesJson, md: rulesMarkdown}[options.format]
  await writeOut(io.stdout, render())
  return EXIT.ok
}
