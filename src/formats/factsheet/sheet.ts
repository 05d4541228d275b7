/**
 * One sheet → one record: read the head (title, field list), tell the record type (marker,
 * else the sections present), then hand each `##` section to its reader.
 *
 *   <!-- practices:factsheet v1 practice -->   ← type from the marker
 *   # …                                        ← head
 *   ## Municipalidad                           ← PRACTICE_READERS.municipality
 */
import type {LabelSpec} from '../../constructs/label-match.js'
import type {MarkdownBudget} from '../../constructs/markdown-budget.js'
import type {ParseContext} from '../context.js'
import {emptyPractice, municipalityPlaces, type AnyRecord, type LanguageId, type RecordType, type Source} from '../../schema/records.js'
import {fold} from '../../text/fold.js'
import {LANGUAGE_IDS} from '../../vocab/languages.js'
import {CITED_BY_SECTION, FACTSHEET_VERSION, NETWORK_SECTIONS, PMM_SECTIONS, PRACTICE_SECTIONS, TITLES} from '../../vocab/factsheet-labels.js'
import {Body} from './body.js'
import {matchKnown, suggestLabel} from './fields.js'
import {inlineText, parseFragments} from './fragment.js'
import {readCountry, readFields, readOrigin, readTitle, type Fields} from './head.js'
import {NETWORK_READERS, readNumber} from './network-report.js'
import {PRACTICE_FIELDS, PRACTICE_READERS} from './practice.js'
import type {Sheet} from './scan.js'

type Reader = (body: Body, record: never) => void

const KINDS: Record<RecordType, {sections: ReadonlyArray<LabelSpec>; readers: Record<string, Reader>}> = {
  'practice': {sections: PRACTICE_SECTIONS, readers: PRACTICE_READERS},
  'pmm-objective': {
    sections: [...PMM_SECTIONS, CITED_BY_SECTION],
    readers: {
      ...Object.fromEntries(PMM_SECTIONS.map((s) => [s.id, (body: Body, record: Record<string, unknown>) => { record[s.id] = body.text(); body.finish('text') }])),
      [CITED_BY_SECTION.id]: readCitedBy,
    },
  },
  'network-report': {sections: NETWORK_SECTIONS, readers: NETWORK_READERS},
}

/**
 * `## Prácticas que citan este objetivo`: links to the practice sheets of the same export,
 * written by the tool from those practices; kept in `metadata.citedBy`, not in the record.
 */
function readCitedBy(body: Body): void {
  const cited = (body.ctx.metadata.citedBy ??= []) as Array<{line: number; title: string; file: string | null}>
  for (const node of body.nodes) {
    if (node.type !== 'list') continue
    body.use(node)
    for (const item of node.children) {
      const anchor = item.children[0]?.type === 'paragraph' ? item.children[0].children.find((n) => n.type === 'link') : undefined
      cited.push({line: body.place(item).line, title: inlineText(item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))), file: anchor?.type === 'link' ? anchor.url : null})
    }
  }
  body.finish('a list of practice sheets (`- [Title](file.md)`)')
}

export interface SheetResult {
  record: AnyRecord | null
  /** Where the record was first read from, as cited in the sheet's `Fuente` item. */
  origin: Source | null
}

/** `budget`: what remark may still read of the document (one budget for all its sheets). */
export async function readSheet(ctx: ParseContext, sheet: Sheet, budget: MarkdownBudget): Promise<SheetResult> {
  const source: Source = ctx.source(sheet.start, lastFilled(ctx, sheet))
  if (sheet.marker) {
    ctx.claim(sheet.marker.line)
    if (sheet.marker.version && sheet.marker.version !== FACTSHEET_VERSION) {
      ctx.messages.report('factsheet/version', `Unexpected fact sheet version \`${sheet.marker.version}\`, expected \`${FACTSHEET_VERSION}\``,
        ctx.place(sheet.marker.line, sheet.marker.version), {actual: sheet.marker.version, expected: FACTSHEET_VERSION})
    }
  }
  const [headFragment, ...sectionFragments] = await parseFragments(ctx, [sheet.head, ...sheet.sections.map((s) => s.body)], budget)
  const head = new Body(ctx, headFragment!, 'head')
  const title = readTitle(head)
  const fields = readFields(head)
  head.finish('the title (`# …`) and fields (`- **Identificador:** …`)')
  const type = recordType(sheet, fields)
  if (title === undefined && sheet.sections.length === 0 && !sheet.marker && Object.keys(fields).length === 0) return {record: null, origin: null}

  const record = newRecord(type, source, title ?? null, fields, head)
  const seen = new Set<string>()
  for (const [k, section] of sheet.sections.entries()) {
    const place = ctx.place(section.line, section.text)
    const body = new Body(ctx, sectionFragments[k]!, section.text.trim())
    const id = matchKnown(ctx, section.text, KINDS[type].sections, place)
    if (!id || seen.has(id)) {
      const labels = KINDS[type].sections.map((s) => s.variants[0]!)
      ctx.leave(section.line, id ? 'factsheet/duplicate-section' : 'factsheet/unknown-section', id
        ? `Unexpected second section \`${section.text.trim()}\`, expected each section once (the first one is read)`
        : `Unexpected section \`${section.text.trim()}\`, expected one of ${labels.map((l) => `\`${l}\``).join(', ')}`,
      {actual: section.text.trim(), ...(id ? {} : {suggestion: suggestLabel(section.text, KINDS[type].sections)})})
      body.finish(id ? 'nothing (duplicate section)' : 'a known section')
      continue
    }
    seen.add(id)
    ctx.claim(section.line)
    for (const field of PRACTICE_FIELDS[id as keyof typeof PRACTICE_FIELDS] ?? [id]) ctx.locate(record, field, place)
    KINDS[type].readers[id]!(body, record as never)
  }
  // A sheet lists its localities only when they are more than its municipality (see the writer).
  if (record.type === 'practice' && !seen.has('places')) record.places = municipalityPlaces(record)
  return {record: complete(ctx, record, sheet), origin: readOrigin(fields.source, ctx.formatIds)}
}

/** From the marker; else pmm-objective or network-report when their sections or fields are there. */
function recordType(sheet: Sheet, fields: Fields): RecordType {
  const marked = sheet.marker?.type
  if (marked === 'practice' || marked === 'pmm-objective' || marked === 'network-report') return marked
  const has = (specs: ReadonlyArray<LabelSpec>) => sheet.sections.some((s) => specs.some((spec) => spec.variants.some((v) => fold(v) === fold(s.text))))
  if (fields.number || (has(PMM_SECTIONS) && !has(PRACTICE_SECTIONS))) return 'pmm-objective'
  if (fields.initiative || has(NETWORK_SECTIONS)) return 'network-report'
  return 'practice'
}

function newRecord(type: RecordType, source: Source, title: string | null, fields: Fields, head: Body): AnyRecord {
  const id = fields.id?.text?.trim() ?? ''
  const country = readCountry(head, fields.country)
  if (type === 'practice') return {...emptyPractice(source), id, title, country, language: language(head, fields), sourceUrl: sourceUrl(head, fields)}
  if (type === 'network-report') {
    return {type, id, source, initiative: fields.initiative?.text ?? '', country, date: isoDate(head, fields), figures: [], commitments: [], members: [], tags: [],
      sourceUrl: sourceUrl(head, fields)}
  }
  const fromTitle = new RegExp(`^\\s*${TITLES.pmmObjective}\\s+(\\d{1,2})\\s*[:.–-]\\s*(.+)$`, 'i').exec(title ?? '')
  const number = readNumber(fields.number?.text ?? fromTitle?.[1] ?? '') ?? 0
  return {type, id, source, number, shortName: fields.shortName?.text ?? fromTitle?.[2]?.trim() ?? '', statement: '', keyIdeas: null, localActions: null}
}

/** `es`, `en` or `pt`. */
function language(head: Body, fields: Fields): LanguageId | null {
  const text = fields.language?.text?.trim().toLowerCase()
  if (!text) return null
  if ((LANGUAGE_IDS as readonly string[]).includes(text)) return text as LanguageId
  head.ctx.messages.report('factsheet/invalid-value', `Unexpected language \`${text}\`, expected ${LANGUAGE_IDS.map((l) => `\`${l}\``).join(', ')}`, fields.language!.place, {actual: text})
  return null
}

function isoDate(head: Body, fields: Fields): string | null {
  const text = fields.date?.text?.trim()
  if (!text) return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))) return text
  head.ctx.messages.report('factsheet/invalid-value', `Unexpected date \`${text}\`, expected an ISO date such as \`2024-09-25\``, fields.date!.place, {actual: text})
  return null
}

function sourceUrl(head: Body, fields: Fields): string | null {
  const field = fields.sourceUrl
  const anchor = field?.value?.find((n) => n.type === 'link')
  const value = anchor?.type === 'link' ? anchor.url : field?.text?.trim() ?? null
  if (value === null || URL.canParse(value)) return value
  head.ctx.messages.report('factsheet/invalid-value', `Unexpected URL \`${value}\`, expected an absolute URL such as \`https://…\``, field!.place, {actual: value})
  return null
}

/** Reports a sheet that lacks what its record type requires (the record is then left out). */
function complete(ctx: ParseContext, record: AnyRecord, sheet: Sheet): AnyRecord | null {
  const missing = record.type === 'pmm-objective'
    ? [!(record.number >= 1 && record.number <= 23) && '`- **Número:** N` (1–23)', !record.shortName && '`- **Nombre corto:** …`', !record.statement && '`## Objetivo`']
    : record.type === 'network-report' ? [!record.initiative && '`- **Iniciativa:** …`'] : []
  const wanted = missing.filter(Boolean)
  if (wanted.length === 0) return record
  ctx.messages.report('factsheet/missing-field', `Unexpected ${record.type} sheet without ${wanted.join(', ')}, expected every required field`,
    ctx.place(sheet.title ?? sheet.start))
  return null
}

function lastFilled(ctx: ParseContext, sheet: Sheet): number {
  let end = sheet.end
  while (end > sheet.start && !/\S/.test(ctx.line(end))) end--
  return end
}
