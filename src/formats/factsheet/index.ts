/**
 * The `factsheet` format: Markdown fact sheets written by `practices export --format md` (and
 * sheets people fill in by hand in the same layout). A fact sheet reads back into the same
 * record it was written from:
 *
 *   record → factsheetTree → Markdown → this parser → the same record, except `source`
 *
 * `source` points at the fact sheet (as for every format: the lines the record was read from);
 * the original source the sheet cites (`- **Fuente:** …`) is kept in `metadata.origins`, and
 * the tests' `withOrigin` puts it back. The `index.md` of an export is recognised and
 * yields no records.
 */
import {MarkdownBudget} from '../../constructs/markdown-budget.js'
import type {FormatParser, ParseContext} from '../context.js'
import type {AnyRecord, Source} from '../../schema/records.js'
import {parts} from './parts.js'
import {readSheet} from './sheet.js'
import {isIndex, scanSheets} from './scan.js'

export interface Origin {
  /** First line of the sheet in the fact sheet file (the record's `source.startLine`). */
  line: number
  /** The source the sheet cites. */
  source: Source
}

export const parser: FormatParser = {
  async parse(ctx: ParseContext): Promise<AnyRecord[]> {
    if (isIndex(ctx.doc.lines)) {
      ctx.claim(1, ctx.lineCount)
      ctx.metadata.index = true
      ctx.recordless = true
      return []
    }
    const records: AnyRecord[] = []
    const origins: Origin[] = []
    const budget = new MarkdownBudget(ctx.doc.lines.reduce((n, line) => n + line.length + 1, 0))
    for (const sheet of scanSheets(ctx.doc.lines)) {
      const {record, origin} = await readSheet(ctx, sheet, budget)
      if (!record) continue
      if (origin) origins.push({line: record.source.startLine, source: origin})
      records.push(record)
    }
    if (origins.length > 0) ctx.metadata.origins = origins
    return records
  },
  parts,
}
