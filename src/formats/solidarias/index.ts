/**
 * `solidarias`: "Ciudades Solidarias" reports and press releases → one `network-report` record.
 *
 *   segment (blocks.ts) → Markdown to text (plain-text.ts) → footer: tags, Source URL, links
 *   (footer.ts) → layout: header, date line, title, lead, body, count lines, highlights,
 *   commitments (layout.ts, commitments.ts) → country (country.ts) → members (members.ts)
 *   → date (dating.ts) → figures (constructs/figures.ts) → record + metadata
 *
 * Prose that has no field of its own (title, lead, body, highlights, header, links, page
 * actions) goes into the document's metadata, so every line is placed or reported.
 */
import {figuresInText, type FoundFigure} from '../../constructs/figures.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {FormatParser, ParseContext} from '../context.js'
import type {NetworkReport} from '../../schema/records.js'
import {segment, type Block} from './blocks.js'
import {countryEvidence, type CountryEvidence} from './country.js'
import {documentDate} from './dating.js'
import {readFooter} from './footer.js'
import {DEFAULT_INITIATIVE, INITIATIVES} from './labels.js'
import {documentKind, isPublisher, readLayout, type Layout} from './layout.js'
import {readMembers} from './members.js'
import {blockPlace, claimBlocks, placeIn} from './places.js'
import {toPlainText} from './plain-text.js'

export const parser: FormatParser = {
  async parse(ctx) {
    const blocks = segment(ctx)
    if (blocks.length === 0) return []
    await toPlainText(ctx, blocks)
    const footer = readFooter(blocks)
    const layout = readLayout(blocks, footer.start, footer.placed)
    const prose = [layout.title, layout.lead, ...layout.body, ...layout.highlights].filter((b): b is Block => b !== null)
    const startLine = blocks[0]!.lines[0]!, last = blocks[blocks.length - 1]!
    const record: NetworkReport = {
      type: 'network-report', id: '', source: ctx.source(startLine, last.lines[last.lines.length - 1]!),
      initiative: DEFAULT_INITIATIVE, country: null, date: null, figures: [], commitments: [], members: [], tags: [], sourceUrl: null,
    }
    const locate = (field: keyof NetworkReport, place: Place | null) => place && ctx.locate(record, field, place)

    const initiative = findInitiative(blocks)
    if (initiative) {
      record.initiative = initiative.name
      locate('initiative', placeIn(ctx, initiative.block, initiative.needle))
    } else {
      ctx.messages.report('initiative/missing', `Unexpected report that never names its initiative, expected \`${DEFAULT_INITIATIVE}\` or a variant: assuming \`${DEFAULT_INITIATIVE}\``, ctx.place(startLine))
    }

    const evidence = countryEvidence([...prose, ...layout.commitments], layout.header)
    const strong = evidence.find((e) => e.how === 'dateline') ?? evidence.find((e) => e.how === 'office') ?? evidence.find((e) => e.how === 'publisher')
    const members = readMembers(ctx, prose, layout.memberItems, strong?.country ?? null)
    record.members = members.members
    locate('members', members.place)
    const mention = evidence.find((e) => e.how === 'mention')
    record.country = strong?.country ?? members.country ?? mention?.country ?? null
    if (strong) locate('country', placeIn(ctx, strong.block, strong.needle))
    else if (members.country) locate('country', members.place)
    else if (mention) locate('country', placeIn(ctx, mention.block, mention.needle))
    reportConflicts(ctx, evidence, record.country)

    const date = documentDate(ctx, layout, prose)
    record.date = date?.iso ?? null
    locate('date', date?.place ?? null)

    const figures = readFigures(ctx, layout, prose)
    record.figures = figures.map((f) => f.figure)
    locate('figures', figures[0]?.place ?? null)

    record.commitments = layout.commitments.map((b) => b.text)
    const [firstSection] = layout.commitmentSections
    if (firstSection) locate('commitments', blockPlace(ctx, firstSection.heading))
    for (const {heading, items} of layout.commitmentSections) {
      if (items.length > 0) continue
      ctx.messages.report('commitments/empty', `Unexpected heading \`${heading.text}\` with no items after it, expected paragraphs or bullets`, blockPlace(ctx, heading))
    }

    record.tags = footer.tags.map((t) => t.text)
    locate('tags', footer.tags[0] ? blockPlace(ctx, footer.tags[0].block) : footer.tagLabel ? blockPlace(ctx, footer.tagLabel) : null)
    if (footer.source) {
      const place = placeIn(ctx, footer.source.block, footer.source.url)
      if (URL.canParse(footer.source.url)) record.sourceUrl = footer.source.url
      else ctx.messages.report('source-url/invalid', `Unexpected address \`${footer.source.url}\`, expected an absolute URL`, place, {actual: footer.source.url})
      locate('sourceUrl', place)
    }

    fillMetadata(ctx, layout, footer, blocks.filter((b) => !footer.placed.has(b)))
    claimBlocks(ctx, [...layout.header, ...layout.dateLines.map((d) => d.block), ...prose, ...layout.headings,
      ...layout.figureLines.flatMap((f) => f.blocks), ...layout.commitmentSections.map((c) => c.heading), ...layout.commitments, ...layout.memberItems, ...layout.pageActions, ...footer.placed])
    return [record]
  },
}

function findInitiative(blocks: Block[]): {name: string; block: Block; needle: string} | null {
  for (const block of blocks) {
    const folded = block.folded
    for (const {name, variants} of INITIATIVES) {
      for (const variant of variants) {
        const at = folded.indexOf(variant)
        if (at >= 0) return {name, block, needle: block.text.slice(at, at + variant.length)}
      }
    }
  }
  return null
}

function readFigures(ctx: ParseContext, layout: Layout, prose: Block[]): Array<{figure: {value: number; label: string}; place: Place; line: number}> {
  const found: Array<{figure: {value: number; label: string}; place: Place; line: number}> = []
  const add = (f: FoundFigure, block: Block, text: string, line: number) =>
    found.push({figure: {value: f.value, label: f.label}, place: placeIn(ctx, block, text.slice(f.start, f.end)), line})
  for (const {blocks, figure, line} of layout.figureLines) {
    found.push({figure: {value: figure.value, label: figure.label}, place: placeIn(ctx, blocks[0]!, ctx.line(line).trim()), line})
  }
  for (const block of prose) for (const f of figuresInText(block.text, block.folded)) add(f, block, block.text, block.lines[0]!)
  const seen = new Set<string>()
  return found.sort((a, b) => a.line - b.line).filter(({figure}) => {
    const key = `${figure.value}|${figure.label.toLowerCase()}`
    return !seen.has(key) && (seen.add(key), true)
  })
}

function reportConflicts(ctx: ParseContext, evidence: CountryEvidence[], country: string | null): void {
  const other = evidence.find((e) => e.how !== 'mention' && e.country !== country)
  if (!other || !country) return
  ctx.messages.report('country/conflict', `Unexpected ${other.how} \`${other.needle}\` pointing to ${other.country}, expected ${country} like the stronger evidence: keeping ${country}`,
    placeIn(ctx, other.block, other.needle), {expected: country, actual: other.country})
}

function fillMetadata(ctx: ParseContext, layout: Layout, footer: ReturnType<typeof readFooter>, page: Block[]): void {
  const text = (blocks: Block[]) => blocks.map((b) => b.text)
  const publisher = layout.header.find(isPublisher)
  Object.assign(ctx.metadata, {
    header: text(layout.header),
    documentKind: layout.header.map(documentKind).find((k) => k !== null) ?? null,
    publisher: publisher?.text ?? null,
    dateLines: text(layout.dateLines.map((d) => d.block)),
    title: layout.title?.text ?? null,
    lead: layout.lead?.text ?? null,
    body: text(layout.body),
    headings: text(layout.headings),
    highlights: text(layout.highlights),
    commitmentHeadings: layout.commitmentSections.map((c) => c.heading.text),
    pageActions: text(layout.pageActions),
    links: [...page.flatMap((b) => b.links), ...footer.links.map((l) => l.link)],
  })
}
