/**
 * Everything of a PMM handbook that is not a record, as `metadata` (each entry with its line):
 * cover, index, sections with their paragraphs, item lists, practice criteria, footnotes,
 * tables (kind, lines, merged headers), the annex's pertinent actions, logo marks, page numbers.
 */
import type {ParseContext} from '../context.js'
import type {AnnexAction} from './annex.js'
import {readCriteria} from './criteria.js'
import type {Segments} from './segment.js'

export type TableKind = 'objectives-grid' | 'local-actions' | 'annex'

export interface TableSummary {
  kind: TableKind
  section: string | null
  startLine: number
  endLine: number
  header: string[] | null
  headerLines: number[]
  rowLines: number[]
}

export function writeMetadata(ctx: ParseContext, seg: Segments, tables: TableSummary[], annexActions: AnnexAction[]): void {
  const paragraphs = seg.sections.flatMap((s) => s.paragraphs)
  const criteria = readCriteria(paragraphs)
  for (const c of criteria.filter((c) => c.term === null)) {
    ctx.messages.report('pmm/unknown-criterion',
      `Unexpected practice criterion \`${c.text}\`, expected one of the Migration Network Hub criteria; kept as printed`,
      ctx.place(c.line, c.text), {actual: c.text})
  }
  const m = ctx.metadata
  m.title = seg.cover?.title ?? null
  if (seg.cover) m.cover = seg.cover
  m.index = seg.index
  m.sections = seg.sections
  Object.assign(m, seg.lists)
  m.practiceCriteria = criteria
  m.footnotes = seg.footnotes
  m.tables = tables
  m.annexActions = annexActions
  m.marks = seg.marks
  if (seg.pageNumbers.length) m.pageNumbers = seg.pageNumbers
}
