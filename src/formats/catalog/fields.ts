/**
 * Entries → fields: one reader per label id (the dispatch table at the end). A reader takes the
 * entry's value lines, fills its field, and places its lines; a line it cannot read is left
 * unmapped with a diagnostic. Country and place values are collected here and read together
 * in geography.ts.
 *
 *   Tipo de práctica / Política (incluida la ley, medida pública)   → practiceType, as written
 *   Fechas / 2019 - Presente                                         → schedule, startYear 2019, ongoing
 *   Objetivos del PMM / 16 / 17                                      → pmmObjectives [16, 17]
 *   Contacto / Ana Pérez                                             → metadata.fields (contact)
 */
import {joinParagraphs, paragraphs, spanOn, type SourceLine} from '../../constructs/labelled-sections.js'
import type {RuleId} from '../../diagnostics/rules.js'
import type {ParseContext} from '../context.js'
import {linePlace} from '../../read/source.js'
import type {Practice} from '../../schema/records.js'
import {preview} from '../../text/preview.js'
import {trimEndWhere} from '../../text/trim.js'
import type {CatalogLabelId} from '../../vocab/catalog-labels.js'
import {readDates, readEnd} from './dates.js'
import {isEmptyValue, itemPlace, joinedItem, lineItems, splitItems, type Item} from './items.js'
import {isMetadataLabel, labelName} from './labels.js'
import {readObjectives} from './objectives.js'
import {readPrinciples} from './principles.js'
import {readSdg} from './sdg.js'
import type {Entry} from './segment.js'

/** A named part of the page kept in metadata: `{field: 'contact', label: 'Full name', value: 'Ana Pérez', line: 12}`. */
export interface MetadataField {
  field: CatalogLabelId
  label: string
  value: string | null
  line: number
}

type TextField = 'description' | 'funding' | 'sustainability' | 'innovation' | 'legalBasis' | 'results' | 'priorityGroup' | 'responsible' | 'duration' | 'practiceType'
type ListField = 'objectives' | 'activities' | 'partners'

const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/

export class FieldReader {
  readonly metadataFields: MetadataField[] = []
  readonly sdgGoals: number[] = []
  readonly countryItems: Item[] = []
  readonly placeItems: Item[] = []
  readonly admin1Hints: string[] = []
  readonly governments: Item[] = []
  /** The spellings of every label read, for the page's language. */
  readonly variants: string[] = []
  /** First line of the title label's value, when a label gives the title. */
  titleItem: Item | null = null
  private readonly seen = new Set<CatalogLabelId>()

  constructor(readonly ctx: ParseContext, readonly record: Practice) {}

  read(entry: Entry): void {
    const {label} = entry
    const at = spanOn(label.source, label.printed)
    if (label.distance > 0) {
      if (!this.ctx.options.repair) {
        this.ctx.leave(label.source.line, 'label/fuzzy-match', `Unexpected label \`${label.printed}\`, expected \`${label.variant}\` (not repaired: --no-repair)`,
          {severity: 'warning', actual: label.printed, expected: label.variant, suggestion: label.variant})
        return
      }
      this.ctx.messages.report('label/fuzzy-match', `Unexpected label \`${label.printed}\`, expected \`${label.variant}\` (read as \`${label.variant}\`)`, at,
        {actual: label.printed, expected: label.variant})
    }
    if (label.glued) {
      this.ctx.messages.report('label/glued', `Unexpected value right after the label \`${label.printed}\`, expected \`${label.printed}:\` then the value; read as label and value`, at,
        {actual: label.printed, expected: `${label.printed}:`})
    }
    this.ctx.claim(label.source.line)
    this.variants.push(label.variant)
    const filled = entry.lines.filter((s) => s.text.trim())
    if (filled.length > 0 && filled.every((s) => isEmptyValue(s.text))) {
      for (const s of filled) this.ctx.claim(s.line)
      if (isMetadataLabel(label.id)) this.metadataFields.push({field: label.id, label: shown(label.printed), value: null, line: label.source.line})
      return
    }
    if (!isMetadataLabel(label.id) && !['place', 'region', 'sourceUrl'].includes(label.id)) this.ctx.locate(this.record, fieldOf(label.id), at)
    READERS[label.id](this, entry, filled)
    this.seen.add(label.id)
  }

  /** Paragraph text of the value lines (wrapped lines joined), placing them. */
  text(lines: readonly SourceLine[]): string | null {
    for (const s of lines) if (s.text.trim()) this.ctx.claim(s.line)
    return joinParagraphs(paragraphs(lines))
  }

  /** Sets a text field (a second label for it adds a paragraph: `Summary` and `Description`). */
  setText(field: TextField, entry: Entry): void {
    const value = this.text(entry.lines)
    if (value === null) return
    const before = this.record[field]
    this.record[field] = before ? `${before}\n\n${value}` : value
  }

  /** One entry per item: bulleted or numbered lines, lines of a list, a wrapped line joined to its item; `;` splits a single line. */
  addList(field: ListField, entry: Entry): void {
    const lines = entry.lines.filter((s) => s.text.trim())
    for (const s of lines) this.ctx.claim(s.line)
    const pieces = paragraphs(entry.lines).flatMap((p) => p.text.split('\n'))
    let items = lineItems(pieces.map((text) => ({line: lines[0]?.line ?? 0, text})), true)
    if (items.length === 1) items = splitItems(items, /\s*;\s*/g)
    if (field === 'partners' && items.length === 1) items = commaList(items[0]!)
    for (const item of items) if (!this.record[field].includes(item.text)) this.record[field].push(item.text)
  }

  /** Places the lines of `used` items; leaves lines with only `unknown` items, and reports unknown items on placed lines. */
  settle(used: readonly Item[], unknown: readonly Item[], rule: RuleId, message: (item: Item) => string): void {
    const placed = new Set(used.map((i) => i.line))
    for (const line of placed) this.ctx.claim(line)
    const left = new Set<number>()
    for (const item of unknown) {
      if (placed.has(item.line)) {
        this.ctx.messages.report(rule, message(item), itemPlace(item), {actual: item.text})
      } else if (!left.has(item.line)) {
        left.add(item.line)
        this.ctx.leave(item.line, rule, message(item), {actual: item.text})
      }
    }
  }

  metadata(entry: Entry, lines: readonly SourceLine[]): void {
    const value = this.text(lines)
    this.metadataFields.push({field: entry.label.id, label: shown(entry.label.printed), value, line: entry.label.source.line})
  }

  /** Lines under a label that takes no more than one value, after the first paragraph: left with a diagnostic. */
  leaveRest(lines: readonly SourceLine[], label: string): void {
    for (const s of lines) {
      this.ctx.leave(s.line, 'catalog/extra-text', `Unexpected \`${preview(s.text, 40)}\` under \`${label}\`, expected one value; not read`, {actual: s.text.trim()})
    }
  }
}

/** A label as printed, without its colon. */
function shown(printed: string): string {
  return trimEndWhere(printed, /[\s:]/)
}

/** The record field a label id fills (the date labels fill the years; the rest are their own field). */
function fieldOf(id: CatalogLabelId): string {
  return id === 'dates' || id === 'startDate' ? 'startYear' : id === 'endDate' ? 'endYear' : id
}

/**
 * `IOM, UNHCR and the Red Cross` → three partners: split at commas (and an `and`/`y`/`e` in the
 * last part) when every part starts with a capital or a digit (after an article) and is short,
 * as names in a list are. `Ministry of Labour and Social Security` in the middle stays whole.
 */
const MAX_NAME_WORDS = 12

function commaList(item: Item): Item[] {
  if (!item.text.includes(',')) return [item]
  const commas = splitItems([item], /\s*,\s*(?:(?:and|y|e)\s+)?/g)
  const last = commas.at(-1)!
  const parts = commas.length > 1 ? [...commas.slice(0, -1), ...splitItems([last], /\s+(?:and|y|e)\s+/g)] : commas
  const names = parts.every((p) => /^(?:(?:the|la|el|los|las|o|a|os|as)\s+)?[\p{Lu}\d]/u.test(p.text) && p.text.split(/\s+/).length <= MAX_NAME_WORDS)
  return parts.length > 1 && names ? parts : [item]
}

type Reader = (r: FieldReader, entry: Entry, lines: readonly SourceLine[]) => void

const text = (field: TextField): Reader => (r, entry) => r.setText(field, entry)
const list = (field: ListField): Reader => (r, entry) => r.addList(field, entry)
const metadata: Reader = (r, entry, lines) => r.metadata(entry, lines)

const READERS: Record<CatalogLabelId, Reader> = {
  title(r, _entry, lines) {
    const [first, ...rest] = paragraphs(lines)
    if (!first) return
    if (r.record.title !== null) {
      r.leaveRest(first.lines, labelName('title'))
    } else {
      for (const s of first.lines) r.ctx.claim(s.line)
      // Its lines joined by single spaces (a paragraph's lines are trimmed), each keeping its place.
      r.titleItem = joinedItem(first.lines)
      r.record.title = r.titleItem.text
    }
    const more = rest.flatMap((p) => p.lines)
    if (more.length > 0) r.leaveRest(more, labelName('title'))
  },
  description: text('description'),
  objectives: list('objectives'),
  activities: list('activities'),
  partners: list('partners'),
  funding: text('funding'),
  sustainability: text('sustainability'),
  innovation: text('innovation'),
  legalBasis: text('legalBasis'),
  results: text('results'),
  priorityGroup: text('priorityGroup'),
  duration: text('duration'),
  practiceType: text('practiceType'),
  responsible(r, entry, lines) {
    r.setText('responsible', entry)
    for (const item of lineItems(lines)) r.governments.push(item)
  },
  pmmObjectives(r, _entry, lines) {
    const read = readObjectives(lineItems(lines))
    for (const {number} of read.objectives) if (!r.record.pmmObjectives.includes(number)) r.record.pmmObjectives.push(number)
    for (const {target, item} of read.sdgTargets) {
      if (!r.record.sdgTargets.includes(target)) r.record.sdgTargets.push(target)
      r.ctx.messages.report('catalog/sdg-target', `Unexpected SDG target \`${target}\` among the GCM objectives, expected an objective from 1 to 23; read as SDG target \`${target}\``,
        itemPlace(item), {actual: item.text, expected: target})
    }
    for (const m of read.mismatches) {
      r.ctx.messages.report('catalog/objective-mismatch', `Unexpected name of objective ${m.named} after number ${m.number}: \`${preview(m.item.text, 50)}\`, expected the name of objective ${m.number}; number ${m.number} kept`,
        itemPlace(m.item), {actual: m.item.text})
    }
    r.settle([...read.objectives.map((o) => o.item), ...read.sdgTargets.map((t) => t.item), ...read.mismatches.map((m) => m.item)], read.unknown, 'catalog/unknown-objective',
      (item) => `Unexpected \`${preview(item.text, 50)}\` among the GCM objectives, expected an objective's number (1–23) or name`)
  },
  guidingPrinciples(r, _entry, lines) {
    const read = readPrinciples(lineItems(lines))
    for (const {id} of read.principles) if (!r.record.guidingPrinciples.includes(id)) r.record.guidingPrinciples.push(id)
    for (const f of read.fuzzy) {
      r.ctx.messages.report('label/fuzzy-match', `Unexpected guiding principle \`${f.item.text}\`, expected \`${f.expected}\` (read as \`${f.expected}\`)`, itemPlace(f.item),
        {actual: f.item.text, expected: f.expected})
    }
    r.settle(read.principles.map((p) => p.item), read.unknown, 'catalog/unknown-principle',
      (item) => `Unexpected \`${preview(item.text, 50)}\` among the GCM guiding principles, expected one of the ten (\`People-centred\`, \`Derechos humanos\`, …)`)
  },
  sdgTargets(r, _entry, lines) {
    const read = readSdg(lineItems(lines))
    for (const {target} of read.targets) if (!r.record.sdgTargets.includes(target)) r.record.sdgTargets.push(target)
    for (const {goal} of read.goals) if (!r.sdgGoals.includes(goal)) r.sdgGoals.push(goal)
    r.settle([...read.targets.map((t) => t.item), ...read.goals.map((g) => g.item)], read.unknown, 'catalog/unknown-sdg',
      (item) => `Unexpected \`${preview(item.text, 50)}\` among the SDGs, expected a target such as \`10.7\` or a goal from 1 to 17`)
  },
  dates(r, _entry, lines) {
    const value = r.text(lines)
    if (value === null) return
    r.record.schedule ??= value
    const read = readDates(value)
    r.record.startYear ??= read.startYear
    r.record.endYear ??= read.endYear
    r.record.ongoing ??= read.ongoing
  },
  startDate(r, _entry, lines) {
    const value = r.text(lines)
    if (value === null) return
    const read = readDates(value)
    r.record.startYear ??= read.startYear
    if (read.ongoing === true) r.record.ongoing ??= true
  },
  endDate(r, _entry, lines) {
    const value = r.text(lines)
    if (value === null) return
    const read = readEnd(value)
    r.record.endYear ??= read.endYear
    r.record.ongoing ??= read.ongoing
  },
  country(r, _entry, lines) {
    for (const item of lineItems(lines)) r.countryItems.push(item)
  },
  place(r, _entry, lines) {
    for (const item of lineItems(lines)) r.placeItems.push(item)
  },
  admin1(r, entry, lines) {
    r.metadata(entry, lines)
    for (const item of lineItems(lines)) r.admin1Hints.push(item.text)
  },
  region(r, entry, lines) {
    r.metadata(entry, lines)
    for (const item of lineItems(lines)) r.admin1Hints.push(item.text)
  },
  sourceUrl(r, entry, lines) {
    const value = r.text(lines)
    const url = value === null ? null : URL_PATTERN.exec(value)?.[0] ?? null
    if (url && r.record.sourceUrl === null && URL.canParse(url)) {
      r.record.sourceUrl = url
      r.ctx.locate(r.record, 'sourceUrl', linePlace(r.ctx.doc, lines[0]!.line))
    } else {
      r.metadataFields.push({field: entry.label.id, label: shown(entry.label.printed), value, line: entry.label.source.line})
    }
  },
  otherCountry: metadata,
  geographicScope: metadata,
  context: metadata,
  lessons: metadata,
  replicability: metadata,
  thematic: metadata,
  contact: metadata,
  mayor: metadata,
  population: metadata,
  delegation: metadata,
  published: metadata,
  submission: metadata,
  attachments: metadata,
}
