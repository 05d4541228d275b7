/**
 * What a format parser gets: the decoded document, a diagnostics sink, options, document
 * metadata, and a ledger of placed lines. Parsers `claim` every line they put into a field or
 * into metadata; the pipeline turns every other non-blank line into an `unmapped` entry with a
 * diagnostic, so nothing is dropped silently, whatever a parser forgets.
 */
import type {Messages, Place, ReportExtra} from '../diagnostics/diagnostic.js'
import type {RuleId} from '../diagnostics/rules.js'
import {isBlank, linePlace, spanPlace, type SourceDocument} from '../read/source.js'
import type {AnyRecord, Source} from '../schema/records.js'
import {preview} from '../text/preview.js'

export interface ParseOptions {
  /** Apply repairs (OCR fixes, fuzzy labels, inferred numbers). Each repair is reported as info. */
  repair: boolean
  /**
   * `false` when the caller reads no field's place (`parse`, `export`; `validate` reports at
   * them): `locate` then keeps nothing, and a large document's parts have none to move.
   */
  fieldPlaces?: boolean
}

/** Non-blank lines of a document, and how many were placed in a field or metadata. */
export interface Coverage {
  lines: number
  placed: number
}

export interface UnmappedLine {
  line: number
  text: string
}

/** Where each field of a record came from (label line or value lines), for validate rules. */
export type FieldPlaces = Map<AnyRecord, Partial<Record<string, Place>>>

export class ParseContext {
  readonly metadata: Record<string, unknown> = {}
  /** Set by a parser when the document holds no records by design (the `index.md` of an export). */
  recordless = false
  readonly fieldPlaces: FieldPlaces = new Map()
  /** Set when the document is one part of a large one (`PartRules`), not a whole document. */
  part = false
  /**
   * Lines of the file before this part (0 for a whole document). Positions stay the part's own
   * (the pipeline moves them); only a message that names another line in its text adds this.
   */
  lineOffset = 0
  /**
   * What a part of a large document knows of the document up to and including it, as its format's
   * `PartRules.carry` read it before the part was parsed. `undefined` for a document parsed whole.
   */
  carry: unknown = undefined
  private readonly placed: Uint8Array
  private readonly explained = new Set<number>()

  constructor(
    readonly doc: SourceDocument,
    readonly messages: Messages,
    readonly options: ParseOptions,
    /** The format being parsed: every record's `source.format`. */
    readonly format: string,
    /** Every registered format id (a fact sheet checks the format its source cites). */
    readonly formatIds: readonly string[] = [],
  ) {
    this.placed = new Uint8Array(doc.lines.length + 1)
  }

  /** A record's `source`: this document, lines `startLine`–`endLine`. */
  source(startLine: number, endLine: number): Source {
    return {format: this.format, path: this.doc.path, startLine, endLine}
  }

  /** Text of line `line` (1-based). */
  line(line: number): string {
    return this.doc.lines[line - 1] ?? ''
  }

  get lineCount(): number {
    return this.doc.lines.length
  }

  /** Marks lines `start`–`end` (inclusive) as placed in a field or in metadata. */
  claim(start: number, end = start): void {
    for (let n = Math.max(1, start); n <= Math.min(end, this.doc.lines.length); n++) this.placed[n] = 1
  }

  /** Records that `field` of `record` was read at `place` (its label, or its value lines). */
  locate(record: AnyRecord, field: string, place: Place): void {
    if (this.options.fieldPlaces === false) return
    const places = this.fieldPlaces.get(record) ?? {}
    places[field] = place
    this.fieldPlaces.set(record, places)
  }

  isClaimed(line: number): boolean {
    return this.placed[line] === 1
  }

  /**
   * Leaves `line` unmapped with a specific diagnostic (instead of the generic
   * `coverage/unmapped` one the pipeline adds for unclaimed lines).
   */
  leave(line: number, rule: RuleId, message: string, extra?: ReportExtra): void {
    this.explained.add(line)
    this.messages.report(rule, message, linePlace(this.doc, line), extra)
  }

  /** Place of `needle` on `line`, or of the whole line. */
  place(line: number, needle = '', from = 0): Place {
    return spanPlace(this.doc, line, needle, from)
  }

  /** Non-blank lines nobody claimed, each reported once, and the coverage, in one pass. */
  collectUnmapped(): {unmapped: UnmappedLine[]; coverage: Coverage} {
    return this.scan(true)
  }

  /** Number of non-blank lines, and how many of them were placed (nothing is reported). */
  coverage(): Coverage {
    return this.scan(false).coverage
  }

  private scan(report: boolean): {unmapped: UnmappedLine[]; coverage: Coverage} {
    const unmapped: UnmappedLine[] = []
    let lines = 0
    this.doc.lines.forEach((text, index) => {
      if (isBlank(text)) return
      lines++
      const line = index + 1
      if (this.placed[line]) return
      unmapped.push({line, text})
      if (report && !this.explained.has(line)) {
        this.messages.report('coverage/unmapped', `Unexpected text not placed in any field: \`${preview(text)}\``, linePlace(this.doc, line))
      }
    })
    return {unmapped, coverage: {lines, placed: lines - unmapped.length}}
  }
}


/** A format's parser (`src/formats/<id>/index.ts`), loaded through its descriptor. */
export interface FormatParser {
  /** Records found in the document. Ids may be left `''`: the pipeline assigns them. */
  parse(ctx: ParseContext): AnyRecord[] | Promise<AnyRecord[]>
  /** Set by a format whose large documents may be parsed in parts; others are parsed whole. */
  parts?: PartRules
}

/**
 * How a large document is parsed in parts, so that memory stays flat (src/pipeline/stream.ts):
 * the pipeline reads lines until a part is big enough, asks `cut` where the part may end, and
 * parses it as a document of its own (positions are then moved to the whole file's lines).
 * What a part must know of the parts before it (a country printed once, at the top) its format
 * reads with `carry`, from the lines alone, before the part is parsed.
 */
export interface PartRules {
  /**
   * Index in `lines` (the document's next lines, from where the previous part ended) of a line
   * where the next part may start: a unit (a sheet) starts there, each unit before it ends before
   * it, and at least one unit lies before it. -1 when `lines` holds no such place.
   */
  cut(lines: readonly string[]): number
  /**
   * Folds a part's `metadata` into the document's, adding `offset` (the number of lines before the
   * part) to the line numbers it holds.
   */
  merge(document: Record<string, unknown>, part: Readonly<Record<string, unknown>>, offset: number): void
  /**
   * For a format whose parts need what the parts before them printed: what the document up to and
   * including a part tells, from what it told before the part (`undefined` for the first) and the
   * part's lines, read without parsing them (cheap: it runs on the thread that cuts the parts).
   * The part's parser gets it in `ParseContext.carry`. Every part's value is known before it is
   * parsed, so parts may still be parsed on several threads (`--jobs`). Values must survive
   * `structuredClone` and never hold the part's lines (copy what is kept).
   */
  carry?(before: unknown, lines: readonly string[]): unknown
}
