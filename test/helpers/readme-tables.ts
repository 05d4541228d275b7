/**
 * The README's generated tables, between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers:
 * the formats (from the format registry) and the rules (`practices rules --format md`).
 */
import {rulesMarkdown} from '../../src/cli/commands/rules.js'
import {FORMATS} from '../../src/formats/registry.js'

export function formatsTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|')
  const rows = FORMATS.map((f) => {
    const records = f.records === 'any' ? 'any' : f.records.map((r) => `\`${r}\``).join(', ')
    return `| \`${f.id}\` | ${cell(f.documents)} | ${records} | ${cell(f.reads)} |`
  })
  return ['| format | what it is | records | what is read |', '|---|---|---|---|', ...rows].join('\n') + '\n'
}

export const GENERATED: Record<string, () => string> = {
  formats: formatsTable,
  rules: rulesMarkdown,
}

/** `readme` with each generated block replaced by what it should be now. */
export function regenerate(readme: string): string {
  let out = readme
  for (const [name, render] of Object.entries(GENERATED)) {
    const pattern = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`)
    out = out.replace(pattern, (_, start: string, end: string) => `${start}${render()}${end}`)
  }
  return out
}
