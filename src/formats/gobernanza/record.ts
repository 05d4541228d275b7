/**
 * One practice record from a segment's assignment: field texts, indicator pairs, the comuna
 * of the responsible unit, and where each field was read. Claims every line it uses; leaves
 * the rest with a specific diagnostic.
 */
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import {rangePlace} from '../../read/source.js'
import {emptyPractice, municipalityPlaces, type Practice} from '../../schema/records.js'
import type {Assignment, FieldValue} from './assignment.js'
import {labelOf} from './label-line.js'
import type {TextField} from './labels.js'
import {municipalitiesIn} from './municipality.js'
import type {Segment} from './segment.js'
import {readIndicators} from './indicators.js'
import type {ValueText} from './value-text.js'

const SINGLE: ReadonlyArray<Exclude<TextField, 'objectives' | 'activities'>> = ['duration', 'responsible', 'legalBasis', 'description', 'results']
const LISTS: ReadonlyArray<'objectives' | 'activities'> = ['objectives', 'activities']

export function buildPractice(ctx: ParseContext, segment: Segment, a: Assignment, text: ValueText, country: string | null): Practice {
  const lines = [...segment.titleLines, ...segment.body]
  // Folded, not spread: a segment may have more lines than a call has room for arguments.
  const record = emptyPractice(ctx.source(lines.reduce((a, b) => Math.min(a, b)), lines.reduce((a, b) => Math.max(a, b))))
  if (segment.titleLines.length > 0) {
    record.title = segment.titleLines.map((n) => ctx.line(n).trim()).join(' ').replace(/\s+/g, ' ')
    ctx.claim(segment.titleLines[0]!, segment.titleLines.at(-1)!)
    ctx.locate(record, 'title', rangePlace(ctx.doc, segment.titleLines[0]!, segment.titleLines.at(-1)!))
  }

  for (const label of a.yearLabels) ctx.claim(label.first, label.last)
  if (a.startYear) {
    record.startYear = a.startYear.value
    ctx.claim(a.startYear.line)
    ctx.locate(record, 'startYear', {line: a.startYear.line, column: a.startYear.start + 1, endLine: a.startYear.line, endColumn: a.startYear.end + 1})
  }
  for (const label of a.yearLabels) {
    const extra = label.pieces[0]
    if (extra) {
      ctx.messages.report('field/extra-text', `Unexpected \`${text.clean(extra)}\` after the start year, expected only the year; not kept`,
        {line: extra.line, column: extra.start + 1, endLine: extra.line, endColumn: extra.end + 1}, {actual: text.clean(extra)})
    }
  }

  for (const field of SINGLE) {
    const value = a.fields.get(field)
    if (!value) continue
    const pieces = piecesOf(ctx, value)
    record[field] = pieces.length > 0 ? text.join(pieces) || null : null
    ctx.locate(record, field, placeOf(ctx, value))
  }
  for (const field of LISTS) {
    const value = a.fields.get(field)
    if (!value) continue
    record[field] = text.items(piecesOf(ctx, value))
    ctx.locate(record, field, placeOf(ctx, value))
  }

  record.indicators = readIndicators(ctx, a.pairs, text)
  if (record.indicators.length > 0) ctx.locate(record, 'indicators', rangePlace(ctx.doc, a.pairs[0]!.first, a.pairs.at(-1)!.last))

  if (record.responsible) readMunicipality(ctx, record, a.fields.get('responsible')!)
  record.country = record.municipality ? 'CL' : country

  for (const block of a.unassigned) {
    for (let n = block.first; n <= block.last; n++) {
      ctx.leave(n, 'field/unassigned', `Unexpected text \`${ctx.line(n).trim().slice(0, 60)}\` that no label of the slide explains, expected a value beside a label (${segment.titleLines.length ? `practice \`${record.title}\`` : 'untitled practice'})`)
    }
  }
  for (const year of a.strayYears) ctx.leave(year.first, 'field/unassigned', `Unexpected year \`${year.year.value}\`, expected one start year per practice`)
  record.places = municipalityPlaces(record)
  record.language = 'es'
  return record
}

/** Claims the label and value lines of `value`, and returns its pieces. */
function piecesOf(ctx: ParseContext, value: FieldValue) {
  for (const e of [...value.labels, ...value.blocks]) ctx.claim(e.first, e.last)
  return [...value.labels.flatMap((l) => l.pieces), ...value.blocks.flatMap((b) => b.pieces)]
}

/** The label's lines when printed, else the value's lines. */
function placeOf(ctx: ParseContext, value: FieldValue): Place {
  const label = value.labels[0]
  if (label) return rangePlace(ctx.doc, label.first, label.last)
  return rangePlace(ctx.doc, value.blocks.reduce((n, b) => Math.min(n, b.first), Infinity), value.blocks.reduce((n, b) => Math.max(n, b.last), -Infinity))
}

function readMunicipality(ctx: ParseContext, record: Practice, value: FieldValue) {
  const found = municipalitiesIn(record.responsible!)
  const place = placeOf(ctx, value)
  const named = found.find((f) => f.match)
  if (named?.match) {
    record.municipality = named.match.municipality
    const lines = [...value.labels, ...value.blocks].flatMap((e) => Array.from({length: e.last - e.first + 1}, (_, i) => e.first + i))
    const line = lines.find((n) => ctx.line(n).includes(named.name))
    ctx.locate(record, 'municipality', line ? ctx.place(line, named.name) : place)
    if (named.match.how === 'fuzzy') {
      ctx.messages.report('municipality/fuzzy', `Unexpected comuna \`${named.name}\`, expected \`${named.match.municipality.name}\``,
        line ? ctx.place(line, named.name) : place, {actual: named.name, expected: named.match.municipality.name})
    }
  }
  for (const other of found) {
    if (other.match && named?.match && other.match.municipality.code !== named.match.municipality.code) {
      ctx.messages.report('municipality/multiple', `Unexpected second comuna \`${other.name}\` in \`${labelOf('responsible')}\`, expected one; kept \`${named.match.municipality.name}\``, place)
    }
    if (!other.match) {
      ctx.messages.report('municipality/unknown', `Unexpected comuna \`${other.name}\`, expected a Chilean comuna${other.suggestions.length ? ` such as \`${other.suggestions.join('`, `')}\`` : ''}`, place,
        {actual: other.name, ...(other.suggestions[0] ? {suggestion: other.suggestions[0]} : {})})
    }
  }
}
