/**
 * Rules that the parsers and the pipeline already report while reading, which `validate` does
 * not check a second time. The gate fixes their severity here (a parser may only warn: a CI gate
 * must fail an unknown comuna, and a month table whose marks cannot be bound), and they are
 * documented and listed in SARIF like its own rules. Any other rule keeps its emitter's severity.
 */
import type {Diagnostic, Severity} from '../diagnostics/diagnostic.js'
import type {RuleDoc} from './rule.js'

export interface AdoptedRule extends RuleDoc {
  /** Who reports it. */
  emittedBy: string
}

export const UNKNOWN_CATEGORY = 'checkbox-grid/unknown-label'
export const UNKNOWN_SELLO_LINE = 'sello-lines/unknown-line'
export const UNKNOWN_COMUNA = 'municipality/unknown'
export const SCHEDULE_MISMATCH = 'schedule/month-mismatch'

export const ADOPTED: readonly AdoptedRule[] = [
  {
    id: UNKNOWN_CATEGORY, severity: 'error', emittedBy: 'ficha parser',
    description: 'A label of the `Categoría` grid that is not one of the eight categories; the suggestion names the nearest one.',
    example: 'Unexpected category `Deportes` (marked), expected one of `Sociolaboral`, `Acogida/atención`, …, `Otra`',
  },
  {
    id: UNKNOWN_SELLO_LINE, severity: 'error', emittedBy: 'ficha parser',
    description: 'A paragraph of `Líneas Sello` that names no known Sello Migrante line; the suggestion names the nearest one.',
    example: 'Unexpected Sello line `Estrategias deportivas`, expected one of `Políticas locales y trabajo colaborativo`, …',
  },
  {
    id: UNKNOWN_COMUNA, severity: 'error', emittedBy: 'ficha parser; validate for JSON records and fact sheets',
    description: 'A municipality that is not an official Chilean comuna; the message names the nearest comunas.',
    example: 'Unexpected comuna `QUINTA ANORMALIDAD`, expected a comuna from the official list of Chilean comunas (nearest: `Quinta Normal`, `Punta Arenas`, `Quinta de Tilcoco`)',
  },
  {
    id: SCHEDULE_MISMATCH, severity: 'warning', emittedBy: 'ficha parser; validate for JSON and fact sheets',
    description: 'The months named in the `Fechas de implementación` text agree with the marks of the month table.',
    example: 'Unexpected months `septiembre–noviembre` marked in the month table, expected the months the schedule text names: `abril–noviembre`',
  },
  monthTable('month-table/header', 'error', 'The month table has the twelve months as its header, in order, and every mark sits under a month.',
    'Unexpected month header `Ene Feb Mar`, expected the 12 months `Enero Febrero … Diciembre`'),
  monthTable('month-table/cell-count', 'error', 'The month row has at most twelve cells (a fact sheet\'s table: twelve month columns); otherwise marks cannot be bound to months.',
    'Unexpected 13 cells in the month row, expected at most 12 (one per month); marks not bound to months'),
  monthTable('month-table/row', 'error', 'A month header is followed by its row of marks.',
    'Unexpected month header without a row of marks, expected a row of 12 cells on the next line'),
  monthTable('month-table/unknown-month', 'error', 'Every column of a fact sheet\'s month table is a month name.',
    'Unexpected column `Ene.` in the month table, expected a month name (`Enero` … `Diciembre`)'),
  monthTable('month-table/cell', 'warning', 'A cell of the month row holds a checkbox mark or nothing.',
    'Unexpected `si` in the month row, expected a checkbox mark or an empty cell'),
  monthTable('month-table/unknown-mark', 'warning', 'A cell of a fact sheet\'s month table holds `✓` or nothing.',
    'Unexpected `sí` in a month cell, expected `✓` or an empty cell'),
  {
    id: 'coverage/unmapped', severity: 'warning', emittedBy: 'pipeline',
    description: 'A non-blank line that no field took: it is listed in `unmapped` so nothing is lost silently.',
    example: 'Unexpected text not placed in any field: `Página 3 de 12`',
  },
  {
    id: 'id/duplicate', severity: 'warning', emittedBy: 'pipeline',
    description: 'The same id twice in one file: the repeat is renamed `-2`, `-3` …. Across files it is `validate/duplicate-practice`.',
    example: 'Unexpected repeated practice `arica-ama` (first at a.txt:400), renamed to `arica-ama-2`',
  },
  {
    id: 'schema/invalid', severity: 'error', emittedBy: 'pipeline, JSON input',
    description: 'A record that does not match the record schema, at the JSON value concerned (`selloLines[0].line`).',
    example: 'Unexpected value at `categories[0]`: Invalid option: expected one of "sociolaboral"|…',
  },
]

/**
 * Parser reports about a section, taken over by the section rules (`validate/required-section`,
 * `validate/missing-section`, `validate/empty-section`, `validate/category-checked`): the field
 * is fixed, or read from the report's `expected` (the section's printed label).
 */
export const SECTION_SIGNALS: ReadonlyArray<{rule: string; state: 'empty' | 'missing'; field?: string}> = [
  {rule: 'ficha/missing-title', state: 'missing', field: 'title'},
  {rule: 'municipality/missing', state: 'missing', field: 'municipality'},
  {rule: 'ficha/empty-section', state: 'empty'},
  {rule: 'ficha/missing-section', state: 'missing'},
]

/** Ids of adopted rules whose report already explains an absent `field`. */
export function explainedBy(field: string): readonly string[] {
  switch (field) {
    case 'municipality': return [UNKNOWN_COMUNA]
    case 'selloLines': return [UNKNOWN_SELLO_LINE]
    case 'categories': return [UNKNOWN_CATEGORY]
    default: return []
  }
}

export function adoptedRule(rule: string): AdoptedRule | undefined {
  return ADOPTED.find((a) => a.id === rule)
}

/** The month table's shape: structure is an error in every format (marks would be lost), odd cells a warning. */
function monthTable(id: string, severity: Severity, description: string, example: string): AdoptedRule {
  return {id, severity, emittedBy: 'ficha and fact-sheet parsers', description, example}
}

/**
 * The diagnostic with the severity the gate gives its rule (the same object when unchanged).
 * Rules not listed here keep the severity their emitter gave.
 */
export function enforce(diagnostic: Diagnostic): Diagnostic {
  const severity = adoptedRule(diagnostic.rule)?.severity
  return severity && severity !== diagnostic.severity ? {...diagnostic, severity} : diagnostic
}
