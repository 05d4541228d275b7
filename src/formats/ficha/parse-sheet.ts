/**
 * One sheet → one `practice` record:
 *
 *   title block → title          MUNICIPALIDAD + comuna → municipality, country `CL`
 *   labelled sections (any order) → departments, priorityGroup, schedule, funding,
 *     sustainability, description, innovation, selloLines
 *   checkbox grid (wherever it is) → categories, categoryOther
 *   month table (wherever it is) → months, cross-checked with the schedule text
 *   schedule, else description → startYear
 *
 * Every line put in a field is claimed; a line that cannot be placed is left with a diagnostic.
 */
import {readMonthTable} from '../../constructs/month-table.js'
import {fuzzyLabelMessage, joinParagraphs, paragraphs, spanOn, splitSections, type Paragraph, type Section, type SourceLine} from '../../constructs/labelled-sections.js'
import {splitDepartments} from '../../constructs/departments.js'
import {compareScheduleMonths, formatMonths} from '../../constructs/schedule-months.js'
import {readSelloLines} from '../../constructs/sello-lines.js'
import {findStartYear} from '../../constructs/start-year.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import {emptyPractice, municipalityPlaces, type Practice} from '../../schema/records.js'
import {extractBlocks, type MonthTableBlock} from './blocks.js'
import {readGridCategories, readTextCategories} from './categories.js'
import {EXPECTED_SECTIONS, SECTION_LABELS, sectionLabel, type SectionId} from './labels.js'
import {FICHA_COUNTRY, readMunicipality} from './municipality.js'
import {MAX_TITLE_LENGTH, type SheetBlock} from './segment.js'
import {preview} from '../../text/preview.js'
import type {GridLine} from '../../constructs/checkbox-grid.js'

type TextField = 'priorityGroup' | 'schedule' | 'funding' | 'sustainability' | 'description' | 'innovation'

export function parseSheet(ctx: ParseContext, block: SheetBlock): Practice {
  const record = emptyPractice(ctx.source(block.startLine, block.endLine))
  record.country = FICHA_COUNTRY
  readTitle(ctx, record, block)

  const {preamble, sections} = splitSections(block.body, SECTION_LABELS, {messages: ctx.messages, repair: ctx.options.repair})
  const leftover = readMunicipality(ctx, record, block, preamble)
  const grid: GridLine[] = []
  const tables: MonthTableBlock[] = []
  const texts = new Map<SectionId, {section: Section<SectionId>; paragraphs: Paragraph[]}>()

  const take = (lines: readonly SourceLine[]) => {
    const blocks = extractBlocks(lines)
    for (const line of blocks.grid) grid.push(line)
    for (const table of blocks.tables) tables.push(table)
    return blocks.text
  }
  take(leftover)
  for (const section of sections) {
    const text = paragraphs(take(section.lines))
    if (!section.applied) {
      ctx.leave(section.label.source.line, 'label/fuzzy-match', fuzzyLabelMessage(section.label, false),
        {severity: 'warning', actual: section.label.printed, expected: section.label.variant, suggestion: section.label.variant})
      continue
    }
    ctx.claim(section.label.source.line)
    const seen = texts.get(section.id)
    if (seen) {
      ctx.messages.report('ficha/duplicate-section', `Unexpected second \`${sectionLabel(section.id)}\` section in sheet \`${record.title ?? '?'}\`, expected each section once (a \`MUNICIPALIDAD\` line may be missing); texts joined`,
        spanOn(section.label.source, section.label.printed))
      for (const paragraph of text) seen.paragraphs.push(paragraph)
    } else texts.set(section.id, {section, paragraphs: text})
  }

  for (const field of ['priorityGroup', 'schedule', 'funding', 'sustainability', 'description', 'innovation'] as const) {
    readText(ctx, record, field, texts.get(field))
  }
  readDepartments(ctx, record, texts.get('departments'))
  if (grid.length) readGridCategories(ctx, record, grid)
  else if (texts.get('categories')) readTextCategories(ctx, record, texts.get('categories')!.paragraphs.flatMap((p) => p.lines))
  readSello(ctx, record, texts.get('selloLines'))
  readMonths(ctx, record, tables, texts.get('schedule')?.paragraphs ?? [])
  readStartYear(ctx, record, texts)
  reportMissing(ctx, record, block, texts, grid.length > 0, tables.length > 0)
  record.places = municipalityPlaces(record)
  record.language = 'es'
  return record
}

function readTitle(ctx: ParseContext, record: Practice, block: SheetBlock): void {
  if (block.title.length === 0) {
    const at = block.anchor ?? block.body.find((s) => /\S/.test(s.text))!
    ctx.messages.report('ficha/missing-title', 'Unexpected sheet without a title, expected the practice name on the lines before `MUNICIPALIDAD`', spanOn(at))
    return
  }
  record.title = block.title.map((s) => s.text.replace(/\f/g, ' ').replace(/\*\*/g, '').replace(/^\s*#+\s*/, '').trim()).join(' ')
  for (const s of block.title) ctx.claim(s.line)
  ctx.locate(record, 'title', spanOf(block.title))
  if (record.title.length > MAX_TITLE_LENGTH) {
    ctx.messages.report('ficha/long-title', `Unexpected title of ${record.title.length} characters, expected at most ${MAX_TITLE_LENGTH}: kept as the title; check that it is the practice's name and not a paragraph`,
      spanOf(block.title), {actual: preview(record.title)})
  }
}

function readText(ctx: ParseContext, record: Practice, field: TextField, found: {paragraphs: Paragraph[]} | undefined): void {
  if (!found || found.paragraphs.length === 0) return
  record[field] = joinParagraphs(found.paragraphs)
  claimParagraphs(ctx, found.paragraphs)
  ctx.locate(record, field, spanOfParagraphs(found.paragraphs))
}

function readDepartments(ctx: ParseContext, record: Practice, found: {paragraphs: Paragraph[]} | undefined): void {
  if (!found || found.paragraphs.length === 0) return
  record.departments = splitDepartments(found.paragraphs.map((p) => p.text).join('\n'))
  claimParagraphs(ctx, found.paragraphs)
  ctx.locate(record, 'departments', spanOfParagraphs(found.paragraphs))
}

function readSello(ctx: ParseContext, record: Practice, found: {paragraphs: Paragraph[]} | undefined): void {
  if (!found || found.paragraphs.length === 0) return
  const read = readSelloLines(found.paragraphs, {messages: ctx.messages, repair: ctx.options.repair})
  record.selloLines = read.lines.map(({line, rationale}) => ({line, rationale}))
  claimParagraphs(ctx, read.placed)
  for (const {paragraph, message, actual, suggestion} of read.unknown) {
    for (const s of paragraph.lines) ctx.leave(s.line, 'sello-lines/unknown-line', message, {actual, suggestion})
  }
  if (read.lines.length) {
    ctx.locate(record, 'selloLines', spanOfParagraphs([read.lines[0]!.paragraphs[0]!, read.lines.at(-1)!.paragraphs.at(-1)!]))
  }
}

function readMonths(ctx: ParseContext, record: Practice, tables: readonly MonthTableBlock[], schedule: readonly Paragraph[]): void {
  const months = new Set<number>()
  let bound = false
  for (const table of tables) {
    for (const s of table.lines) ctx.claim(s.line)
    if (!table.row) {
      ctx.messages.report('month-table/row', 'Unexpected month header without a row of marks, expected a row of 12 cells on the next line', spanOn(table.header!))
      continue
    }
    const read = readMonthTable(table.header, table.row, ctx.messages)
    read.months.forEach((m) => months.add(m))
    bound ||= read.bound
  }
  record.months = [...months].sort((a, b) => a - b)
  const row = tables.find((t) => t.row)?.row
  if (row) ctx.locate(record, 'months', spanOn(row))
  if (!bound || !record.schedule) return
  const agreement = compareScheduleMonths(record.schedule, record.months)
  if (!agreement || agreement.agrees) return
  const marked = formatMonths(agreement.marked), named = formatMonths(agreement.named)
  ctx.messages.report('schedule/month-mismatch',
    `Unexpected months \`${marked}\` marked in the month table, expected the months the schedule text names: \`${named}\``,
    spanOfParagraphs(schedule), {actual: marked, expected: named})
}

function readStartYear(ctx: ParseContext, record: Practice, texts: Map<SectionId, {paragraphs: Paragraph[]}>): void {
  const found = findStartYear(record.schedule, record.description)
  if (!found) return
  record.startYear = found.year
  for (const paragraph of texts.get(found.from)?.paragraphs ?? []) {
    const at = paragraph.lines.find((s) => s.text.includes(found.match))
    if (at) return ctx.locate(record, 'startYear', spanOn(at, found.match))
  }
}

function reportMissing(ctx: ParseContext, record: Practice, block: SheetBlock, texts: Map<SectionId, {section: Section<SectionId>; paragraphs: Paragraph[]}>, hasGrid: boolean, hasTable: boolean): void {
  const sheet = record.title ? `sheet \`${record.title}\`` : 'sheet'
  const start = spanOn(block.title[0] ?? block.anchor ?? block.body.find((s) => /\S/.test(s.text))!)
  for (const id of EXPECTED_SECTIONS) {
    const found = texts.get(id)
    const filled = id === 'categories' ? hasGrid || record.categories.length > 0 : id === 'schedule' ? hasTable || !!found?.paragraphs.length : !!found?.paragraphs.length
    if (filled) continue
    if (found) {
      ctx.messages.report('ficha/empty-section', `Unexpected empty \`${sectionLabel(id)}\` section in ${sheet}, expected its content after the label`,
        spanOn(found.section.label.source, found.section.label.printed), {expected: sectionLabel(id)})
    } else if (id !== 'categories' || !texts.has('categories')) {
      ctx.messages.report('ficha/missing-section', `Unexpected ${sheet} without \`${sectionLabel(id)}\`, expected every section of the sheet template`, start,
        {expected: sectionLabel(id)})
    }
  }
}

function claimParagraphs(ctx: ParseContext, list: readonly Paragraph[]): void {
  for (const p of list) for (const s of p.lines) ctx.claim(s.line)
}

/** One place over paragraphs (first line's start to last line's end). */
function spanOfParagraphs(list: readonly Paragraph[]): Place {
  return spanOf([list[0]!.lines[0]!, list.at(-1)!.lines.at(-1)!])
}

/** One place over several lines (first line's start to last line's end). */
function spanOf(lines: readonly SourceLine[]): Place {
  const first = lines[0]!, last = lines.at(-1)!
  return {line: first.line, column: (first.offset ?? 0) + 1, endLine: last.line, endColumn: (last.offset ?? 0) + last.text.length + 1}
}
