/**
 * Builds what a record rule sees: the record, where its fields were read (`ctx.locate` in the
 * parsers, or the JSON value in a JSON input), and the diagnostics already inside its lines.
 */
import {diagnostic, type Diagnostic, type Place} from '../diagnostics/diagnostic.js'
import {gateSeverity} from '../diagnostics/rules.js'
import type {DocumentResult} from '../pipeline/result.js'
import {isFormatId} from '../formats/registry.js'
import type {AnyRecord} from '../schema/records.js'
import {SECTION_SIGNALS} from './adopted.js'
import type {RecordCheck, RecordRule, SectionSignal} from './rule.js'
import {fieldOfLabel} from './sections.js'

const FILE_START: Place = {line: 1, column: 1, endLine: 1, endColumn: 1}

/** What the record rules of one document share: what they found, and what they took over. */
export interface Findings {
  found: Diagnostic[]
  /** Index in `found` where the current record's findings start. */
  recordStart: number
  superseded: Set<Diagnostic>
  /** The document's diagnostics by rule, each list in line order (built once per document). */
  byRule: Map<string, Diagnostic[]>
}

export function findings(diagnostics: readonly Diagnostic[]): Findings {
  const byRule = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    const list = byRule.get(d.rule)
    if (list) list.push(d)
    else byRule.set(d.rule, [d])
  }
  for (const list of byRule.values()) list.sort((a, b) => a.line - b.line)
  return {found: [], recordStart: 0, superseded: new Set(), byRule}
}

/** Diagnostics of `list` (in line order) whose first line is inside `span`: a binary search, so large documents stay linear. */
function* inSpan(list: readonly Diagnostic[], span: {start: number; end: number} | null): Generator<Diagnostic> {
  let lo = 0, hi = list.length
  if (span) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (list[mid]!.line < span.start) lo = mid + 1; else hi = mid
    }
  }
  for (let i = lo; i < list.length; i++) {
    const d = list[i]!
    if (span && d.line > span.end) return
    yield d
  }
}

/** The lines of `result` that belong to `record`, or null when they cannot be told. */
export function recordSpan(result: DocumentResult, record: AnyRecord): {start: number; end: number} | null {
  if (record.source.path === result.path && result.format !== null) return {start: record.source.startLine, end: record.source.endLine}
  const places = Object.values(result.fieldPlaces?.get(record) ?? {}).filter((p): p is Place => p !== undefined)
  if (places.length === 0) return null
  return {start: Math.min(...places.map((p) => p.line)), end: Math.max(...places.map((p) => p.endLine))}
}

/** Where the record starts: its first line in its own document, its title, or the file start. */
export function recordPlace(result: DocumentResult, record: AnyRecord): Place {
  const places = result.fieldPlaces?.get(record)
  if (record.source.path === result.path && result.format !== null) {
    const line = record.source.startLine
    const text = result.lines?.[line - 1] ?? ''
    return {line, column: 1, endLine: line, endColumn: text.length + 1}
  }
  return places?.title ?? places?.type ?? places?.id ?? FILE_START
}

/**
 * The format each record was first read from. A document that restates records read elsewhere
 * (a fact sheet) cites their origins: its parser keeps `metadata.origins: [{line, source}]`,
 * `line` being the record's first line in the document.
 */
export function originFormats(result: DocumentResult): Map<AnyRecord, string> {
  const formats = new Map(result.records.map((record) => [record, record.source.format] as [AnyRecord, string]))
  const origins = result.metadata.origins
  if (result.format === null || !Array.isArray(origins)) return formats
  const byLine = new Map(result.records.map((r) => [r.source.startLine, r]))
  for (const origin of origins as Array<{line?: unknown; source?: {format?: unknown}}>) {
    const record = typeof origin.line === 'number' ? byLine.get(origin.line) : undefined
    const format = origin.source?.format
    if (record && isFormatId(format)) formats.set(record, format)
  }
  return formats
}

export function recordCheck(rule: RecordRule, record: AnyRecord, result: DocumentResult, findings: Findings, format: string = record.source.format): RecordCheck {
  const places = result.fieldPlaces?.get(record) ?? {}
  const span = recordSpan(result, record)
  return {
    record,
    result,
    format,
    json: result.format === null,
    place: (field) => places[field] ?? recordPlace(result, record),
    reported: (wanted) => {
      const match = typeof wanted === 'string' ? (id: string) => id === wanted : wanted
      for (let i = findings.recordStart; i < findings.found.length; i++) if (match(findings.found[i]!.rule)) return true
      for (const [rule, list] of findings.byRule) {
        if (!match(rule)) continue
        for (const d of inSpan(list, span)) if (!findings.superseded.has(d)) return true
      }
      return false
    },
    report: (message, place, extra = {}) => {
      findings.found.push(diagnostic(result.path, rule.id, message, place, {...extra, severity: gateSeverity(rule.id)}))
    },
    signal: (field) => {
      for (const signal of SECTION_SIGNALS) {
        for (const d of inSpan(findings.byRule.get(signal.rule) ?? [], span)) {
          if (findings.superseded.has(d)) continue
          if ((signal.field ?? fieldOfLabel(d.expected ?? '')) === field) return {state: signal.state, diagnostic: d} satisfies SectionSignal
        }
      }
      return undefined
    },
    supersede: (diagnostic) => { findings.superseded.add(diagnostic) },
  }
}
