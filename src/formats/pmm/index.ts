/**
 * `pmm`: IOM handbooks on the Global Compact for Migration (PMM).
 *
 *   segment (cover, index, sections, lists, footnotes, marks → metadata; tables; bare statements)
 *     → cells (html-cell) → objective sightings (grid, statements, "orientadas a AL" table, annex)
 *     → pmm-objective records + one practice per annex row → metadata
 *
 * Tables under an `Anexo …` heading, or whose last column holds `Enlace: …` links, are annex
 * tables (one practice per row); other tables with a header are "orientadas a AL" tables (key
 * ideas and local actions); header-less tables are the objectives grid.
 */
import {cellText} from '../../constructs/html-cell.js'
import type {PmmTable} from '../../constructs/pmm-table.js'
import type {FormatParser, ParseContext} from '../context.js'
import type {AnyRecord, Practice} from '../../schema/records.js'
import {fold} from '../../text/fold.js'
import {GCM_OBJECTIVES} from '../../vocab/data/gcm-objectives.js'
import {PMM_ANNEX_HEADING_PREFIXES, PMM_LINK_LABELS} from '../../vocab/pmm.js'
import {annexAction, annexPractice, type AnnexAction} from './annex.js'
import {cellPlace, readRow} from './cells.js'
import {writeMetadata, type TableKind, type TableSummary} from './metadata.js'
import {buildObjectives} from './objectives.js'
import {Problems} from './problems.js'
import {segment, type Segments} from './segment.js'
import {gridRow, objectiveCell, resolveNumber, statementLine, type Sighting} from './sightings.js'

/** What reading the tables and statements gathers, in document order. */
interface Gathered {
  sightings: Sighting[]
  practices: Practice[]
  annexActions: AnnexAction[]
  tables: TableSummary[]
  problems: Problems
}

export const parser: FormatParser = {
  async parse(ctx) {
    const seg = segment(ctx)
    for (const issue of seg.tableIssues) {
      ctx.messages.found(issue, ctx.place(issue.at))
    }
    const got: Gathered = {sightings: [], practices: [], annexActions: [], tables: [], problems: new Problems()}
    const events = [
      ...seg.tables.map((table) => ({line: table.startLine, table})),
      ...seg.statements.map((statement) => ({line: statement.line, statement})),
    ].sort((a, b) => a.line - b.line)
    for (const event of events) {
      if ('table' in event) await readTable(ctx, seg, event.table, got)
      else {
        const read = statementLine(ctx, event.statement.line, event.statement.text)
        resolveNumber(ctx, read, got.problems)
        got.sightings.push(read.sighting)
      }
    }
    const {records: objectives, used} = buildObjectives(ctx, got.sightings, got.problems)
    for (const line of used) ctx.claim(line)
    missingObjectives(ctx, seg, objectives.map((o) => o.number))
    writeMetadata(ctx, seg, got.tables, got.annexActions)
    got.problems.report(ctx)
    return [...objectives, ...got.practices] as AnyRecord[]
  },
}

/** One table: its summary in metadata, its header lines claimed, each row read by kind. */
async function readTable(ctx: ParseContext, seg: Segments, table: PmmTable, got: Gathered): Promise<void> {
  const kind = tableKind(seg, table)
  got.tables.push({kind, section: seg.tableSections.get(table) ?? null, startLine: table.startLine, endLine: table.endLine,
    header: table.header, headerLines: table.headerLines, rowLines: table.rows.map((r) => r.line)})
  for (const line of table.headerLines) ctx.claim(line)
  for (const row of table.rows) {
    const cells = await readRow(ctx, row)
    if (kind === 'objectives-grid') {
      for (const read of gridRow(ctx, cells)) { resolveNumber(ctx, read, got.problems); got.sightings.push(read.sighting) }
      continue
    }
    const read = objectiveCell(ctx, cells[0]!, kind === 'annex' ? 'annex' : 'actions')
    resolveNumber(ctx, read, got.problems)
    got.sightings.push(read.sighting)
    if (kind === 'local-actions') {
      for (const [field, cell] of [['keyIdeas', cells[1]], ['localActions', cells[2]]] as const) {
        const text = cell ? cellText(cell.content) : ''
        if (cell && text) read.sighting[field] = {text, place: cellPlace(cell)}
      }
      continue
    }
    const practice = annexPractice(ctx, cells, read.sighting)
    const action = annexAction(cells, read.sighting)
    if (action) got.annexActions.push(action)
    if (practice) { got.practices.push(practice); ctx.claim(row.line) }
  }
}

const ANNEX_PREFIXES = PMM_ANNEX_HEADING_PREFIXES.map((p) => fold(p))
const LINK_LABEL = new RegExp(`(?:${PMM_LINK_LABELS.join('|')})\\s*:`, 'i')

function tableKind(seg: Segments, table: PmmTable): TableKind {
  if (!table.header) return 'objectives-grid'
  const section = fold(seg.tableSections.get(table) ?? '')
  if (ANNEX_PREFIXES.some((p) => section.startsWith(p))) return 'annex'
  return table.rows.some((r) => LINK_LABEL.test(r.cells.at(-1)?.html ?? '')) ? 'annex' : 'local-actions'
}

/** One warning naming the objectives the document never shows (none when it shows none at all). */
function missingObjectives(ctx: ParseContext, seg: Segments, found: number[]): void {
  const all = GCM_OBJECTIVES.length
  if (found.length === 0 || found.length === all) return
  const missing = GCM_OBJECTIVES.map((o) => o.number).filter((n) => !found.includes(n))
  const line = seg.tables[0]?.startLine ?? seg.statements[0]?.line ?? 1
  ctx.messages.report('pmm/missing-objective',
    `Unexpected ${found.length} of ${all} objectives, expected all ${all}; not found: ${missing.join(', ')}`,
    ctx.place(line), {actual: String(found.length), expected: String(all)})
}
