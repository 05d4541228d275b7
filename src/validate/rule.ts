/**
 * What a validate rule is: a check named by a rule id of the catalogue (src/diagnostics/rules.ts,
 * which holds its severity, description and example message).
 *
 * Two kinds run over the pipeline's output:
 * - a record rule sees one record of one document (with the places its fields were read from);
 * - a run rule sees a digest of every document of the run (for checks across files).
 */
import type {Diagnostic, DiagnosticExtra, Place} from '../diagnostics/diagnostic.js'
import type {RuleId} from '../diagnostics/rules.js'
import type {DocumentResult} from '../pipeline/result.js'
import type {AnyRecord} from '../schema/records.js'

/** What a record rule gets to look at and report with. */
export interface RecordCheck {
  record: AnyRecord
  result: DocumentResult
  /**
   * The format the record was first read from: its `source.format`, or for a record read from a
   * fact sheet the format the sheet cites (`- **Fuente:** … (formato \`pmm\`)`), so that a fact
   * sheet is held to the rules of what it describes. A sheet without a citation is a `factsheet`.
   */
  format: string
  /** The record came from a JSON input: field places are JSON values, not section labels. */
  json: boolean
  /** Where `field` was read (label or value span), else where the record starts. */
  place(field: string): Place
  /** Whether the document already has a diagnostic of `rule` inside this record's lines. */
  reported(rule: string | ((rule: string) => boolean)): boolean
  /** Reports a diagnostic of the running rule, with the rule's severity. */
  report(message: string, place: Place, extra?: DiagnosticExtra): void
  /**
   * A parser's report that `field`'s section is empty or missing in this record (adopted.ts,
   * `SECTION_SIGNALS`), which the section rules take over: they report it in their own words at
   * its place and `supersede` it, so a gap is reported once, with one rule id in every format.
   */
  signal(field: string): SectionSignal | undefined
  /** Drops a parser diagnostic that the running rule reports instead. */
  supersede(diagnostic: Diagnostic): void
}

export interface SectionSignal {
  state: 'empty' | 'missing'
  diagnostic: Diagnostic
}

export interface RecordRule {
  kind: 'record'
  id: RuleId
  check(check: RecordCheck): void
}

/** One record of a run, as much as run rules need. */
export interface RecordDigest {
  id: string
  /** The id before the run made it unique (`x-2` → `x`). */
  baseId: string
  type: AnyRecord['type']
  title: string | null
  file: string
  /** Where to point at the record: its title (or first) line. */
  place: Place
}

export interface RunRule {
  kind: 'run'
  id: RuleId
  check(records: readonly RecordDigest[], report: (file: string, message: string, place: Place, extra?: DiagnosticExtra) => void): void
  /**
   * Which diagnostics this rule replaces, given what it `reported` (e.g. the pipeline's
   * `id/duplicate` warning across files): a test built once, asked of every diagnostic of the run.
   */
  supersedes?(reported: readonly Diagnostic[]): (diagnostic: Diagnostic) => boolean
}

export type ValidateRule = RecordRule | RunRule
