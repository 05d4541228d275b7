/**
 * `catalog`: a practice described by labelled fields on a page of a practice repository (UN
 * Migration Network Hub practice pages and pledge forms, city-network, UNESCO, ILO and GFMD
 * catalogues), in Spanish, English or Portuguese, copied as text. One `practice` per page.
 *
 *   segment (furniture · preamble · label entries) → fields (one reader per label)
 *   → title and summary from the preamble → geography (country, places) → language
 *
 * Metadata: `furniture` [{line, text, kind}] (menus, breadcrumbs, share buttons, footers, lists
 * of other content), `fields` [{field, label, value, line}] (named parts of the page with no
 * record field: contact, context, submission details …), `sdgGoals` (goals named without a
 * target), `countries` (every country the labels name).
 */
import type {SourceLine} from '../../constructs/labelled-sections.js'
import {joinParagraphs, paragraphs} from '../../constructs/labelled-sections.js'
import {loadCountries} from '../../normalize/countries.js'
import {loadPlaces} from '../../normalize/places.js'
import type {FormatParser, ParseContext} from '../context.js'
import {linePlace, rangePlace} from '../../read/source.js'
import {emptyPractice, type AnyRecord, type Practice} from '../../schema/records.js'
import {FieldReader} from './fields.js'
import {readGeography} from './geography.js'
import {isEmptyValue, itemPlace} from './items.js'
import {pageLanguage} from './language.js'
import {segment} from './segment.js'
import {readPreamble} from './title.js'

const URL_LINE = /^\s*(https?:\/\/\S+)\s*$/

export const parser: FormatParser = {
  async parse(ctx: ParseContext): Promise<AnyRecord[]> {
    const {preamble, entries, furniture, loose} = segment(ctx.doc.lines)
    for (const f of furniture) ctx.claim(f.line)
    const record = emptyPractice(ctx.source(1, 1))
    const reader = new FieldReader(ctx, record)
    for (const entry of entries) reader.read(entry)

    const pre = readPreamble(preamble, record.title !== null)
    const navigation = pre.navigation.map((s) => ({line: s.line, text: s.text.trim(), kind: 'navigation' as const}))
    if (navigation.length > 0) {
      for (const n of navigation) ctx.claim(n.line)
      ctx.messages.report('catalog/navigation', `Unexpected ${navigation.length === 1 ? 'line' : `${navigation.length} short lines`} above the title (\`${navigation[0]!.text}\`…), expected the title first; kept as page furniture`,
        rangePlace(ctx.doc, navigation[0]!.line, navigation.at(-1)!.line), {actual: navigation.map((n) => n.text).join(' · ')})
    }
    let title = reader.titleItem
    if (pre.title) {
      record.title = pre.title.text
      title = pre.title
      ctx.claim(pre.titleLines[0]!, pre.titleLines.at(-1)!)
      ctx.locate(record, 'title', rangePlace(ctx.doc, pre.titleLines[0]!, pre.titleLines.at(-1)!))
    }
    readPreambleText(ctx, record, [...pre.text, ...loose.filter((s) => s.text.trim())])
    for (const s of pre.datelines) {
      ctx.claim(s.line)
      reader.metadataFields.push({field: 'published', label: '', value: s.text.trim(), line: s.line})
    }
    if (!record.title && entries.length === 0) {
      ctx.messages.report('document/no-records', 'Unexpected page without a title or any label of a practice repository, expected e.g. `Type of practice`, `Resumen`, `Objetivos del PMM`', {line: 1, column: 1, endLine: 1, endColumn: 1})
      return []
    }

    const [countries, places] = await Promise.all([loadCountries(), loadPlaces()])
    const geography = readGeography(ctx, {
      countryItems: reader.countryItems, placeItems: reader.placeItems, admin1Hints: reader.admin1Hints,
      governments: reader.governments, title,
    }, countries, places)
    reader.settle(geography.used, geography.unknown, 'catalog/unknown-place', (item) => `Unexpected \`${item.text}\` as a country or place, expected a country (\`Perú\`, \`Brazil\`) or a locality`)
    record.country = geography.country
    record.places = geography.places
    record.place = geography.places[0] ? {name: geography.places[0].name, country: geography.places[0].country} : null
    record.municipality = geography.municipality
    if (record.country && geography.countries[0] === record.country) {
      const item = reader.countryItems[0]
      if (item) ctx.locate(record, 'country', itemPlace(item))
    }
    if (reader.placeItems[0]) ctx.locate(record, 'places', itemPlace(reader.placeItems[0]))

    record.language = pageLanguage(reader.variants, [record.title, record.description].filter(Boolean).join('\n'))
    setMetadata(ctx, furniture, navigation, reader, geography.countries)
    const chrome = new Set([...furniture, ...navigation].map((f) => f.line))
    const lines = Array.from({length: ctx.lineCount}, (_, i) => i + 1).filter((n) => ctx.isClaimed(n) && !chrome.has(n) && ctx.line(n).trim())
    record.source.startLine = lines[0] ?? 1
    record.source.endLine = lines.at(-1) ?? record.source.startLine
    return [record]
  },
}

/**
 * Text between the title and the first label: a bare URL is the page's address; paragraphs are
 * the summary when no label gives one (an inference, reported); otherwise they are left.
 */
function readPreambleText(ctx: ParseContext, record: Practice, lines: readonly SourceLine[]): void {
  const text: SourceLine[] = []
  for (const s of lines) {
    const url = URL_LINE.exec(s.text)?.[1]
    if (url && record.sourceUrl === null && URL.canParse(url)) {
      record.sourceUrl = url
      ctx.claim(s.line)
      ctx.locate(record, 'sourceUrl', linePlace(ctx.doc, s.line))
    } else if (isEmptyValue(s.text)) ctx.claim(s.line)
    else text.push(s)
  }
  if (text.length === 0) return
  const place = rangePlace(ctx.doc, text[0]!.line, text.at(-1)!.line)
  if (record.description === null && ctx.options.repair) {
    // Lines apart in the file are apart paragraphs (the blank lines between them were dropped).
    const spaced = text.flatMap((s, i) => (i > 0 && s.line > text[i - 1]!.line + 1 ? [{line: s.line - 1, text: ''}, s] : [s]))
    record.description = joinParagraphs(paragraphs(spaced))
    for (const s of text) ctx.claim(s.line)
    ctx.locate(record, 'description', place)
    ctx.messages.report('catalog/unlabelled-summary', 'Unexpected text without a label before the first label, expected `Summary`, `Resumen` or `Resumo` above it; read as the summary', place)
    return
  }
  for (const s of text) {
    ctx.leave(s.line, 'catalog/unlabelled-text', `Unexpected text without a label: \`${s.text.trim().slice(0, 60)}\`, expected a label such as \`Summary\` or \`Resumen\` above it`)
  }
}

function setMetadata(ctx: ParseContext, furniture: ReadonlyArray<{line: number; text: string; kind: string}>, navigation: ReadonlyArray<{line: number; text: string; kind: string}>,
  reader: FieldReader, countries: readonly string[]): void {
  const all = [...furniture, ...navigation].sort((a, b) => a.line - b.line)
  if (all.length > 0) ctx.metadata.furniture = all
  if (reader.metadataFields.length > 0) ctx.metadata.fields = reader.metadataFields
  if (reader.sdgGoals.length > 0) ctx.metadata.sdgGoals = reader.sdgGoals
  if (countries.length > 1) ctx.metadata.countries = countries
}
