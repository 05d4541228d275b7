/**
 * `solidarias`: network news and reports in Spanish and Portuguese (Ciudades/Cidades Solidárias,
 * Región or Ciudad Solidaria, a municipality obtaining the Sello Migrante, other networks of
 * local governments) → one `network-report` record.
 *
 *   segment (blocks.ts) → Markdown to text (plain-text.ts) → language (constructs/language.ts)
 *   → footer: tags, Source URL, links (footer.ts) → layout: header, furniture, date line, title,
 *   standfirst, lead, body, count lines, highlights, commitments (layout.ts, commitments.ts)
 *   → initiative (initiative.ts) → country (country.ts) → members (members.ts, events.ts)
 *   → date (dating.ts) → figures (constructs/figures.ts) → record + metadata
 *
 * Placement is honest: a line is placed when it is in a paragraph a record field was read from,
 * or in a named part of the page (header, headline, standfirst, lead, headings, date line,
 * highlights, furniture, captions, bylines, footer), or in a paragraph whose words say its role
 * (quotes, participants, events, status, statements: constructs/news-roles.ts). Any other
 * paragraph (background) stays unmapped with a `news/unplaced-paragraph` info.
 */
import {figuresInText, type FoundFigure} from '../../constructs/figures.js'
import {detectLanguage} from '../../constructs/language.js'
import {newsRole} from '../../constructs/news-roles.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {FormatParser, ParseContext} from '../context.js'
import type {NetworkReport} from '../../schema/records.js'
import {preview} from '../../text/preview.js'
import type {NewsRole} from '../../vocab/news-roles.js'
import type {Language} from '../../vocab/number-words.js'
import {segment, type Block} from './blocks.js'
import {countryEvidence, leadingMention, type CountryEvidence} from './country.js'
import {loadCountryNames} from './country-names.js'
import {documentDate} from './dating.js'
import {readFooter, type Footer} from './footer.js'
import {findInitiative} from './initiative.js'
import {DEFAULT_INITIATIVE} from './labels.js'
import {documentKind, isPublisher, readLayout, type Layout} from './layout.js'
import {readMembers} from './members.js'
import {blockPlace, claimBlocks, placeIn} from './places.js'
import {toPlainText} from './plain-text.js'

const SELLO_MIGRANTE = 'Sello Migrante'
/** The country that awards the Sello Migrante. */
const SELLO_COUNTRY = 'CL'

export const parser: FormatParser = {
  async parse(ctx) {
    const blocks = segment(ctx)
    if (blocks.length === 0) return []
    await Promise.all([toPlainText(ctx, blocks), loadCountryNames()])
    const language = detectLanguage(blocks.map((b) => b.text).join('\n'))
    const footer = readFooter(blocks)
    const layout = readLayout(blocks, footer.start, footer.placed, language)
    const top = [layout.title, layout.standfirst, layout.lead].filter((b): b is Block => b !== null)
    const prose = [...top, ...layout.body, ...layout.highlights]
    const startLine = blocks[0]!.lines[0]!, last = blocks[blocks.length - 1]!
    const record: NetworkReport = {
      type: 'network-report', id: '', source: ctx.source(startLine, last.lines[last.lines.length - 1]!),
      initiative: DEFAULT_INITIATIVE, country: null, date: null, figures: [], commitments: [], members: [], tags: [], sourceUrl: null,
    }
    const fed = new Fed(ctx)
    const locate = (field: keyof NetworkReport, place: Place | null) => place && ctx.locate(record, field, place)

    const initiative = findInitiative([...top, ...layout.header, ...layout.body, ...layout.highlights, ...layout.headings, ...layout.commitments, ...layout.figureLines.flatMap((f) => f.blocks)], layout.title)
    if (initiative) {
      record.initiative = initiative.name
      locate('initiative', fed.add(initiative.block, initiative.needle))
    } else {
      ctx.messages.report('initiative/missing', `Unexpected report that never names its initiative, expected \`${DEFAULT_INITIATIVE}\` or a variant: assuming \`${DEFAULT_INITIATIVE}\``, ctx.place(startLine))
    }
    const award = record.initiative === SELLO_MIGRANTE

    // Country: dateline, office, issuer; then the members; then what the text mentions most.
    const evidence = countryEvidence([...prose, ...layout.commitments], [...layout.header, ...(layout.title ? [layout.title] : [])], layout.lead, language, top)
    if (award && initiative) evidence.push({country: SELLO_COUNTRY, how: 'issuer', block: initiative.block, needle: initiative.needle})
    const strong = evidence.find((e) => e.how === 'dateline') ?? evidence.find((e) => e.how === 'office') ?? evidence.find((e) => e.how === 'issuer')
    const members = readMembers(ctx, prose, layout.memberItems, strong?.country ?? null, {award, top: new Set(top)})
    for (const {block, needle} of members.sources) fed.add(block, needle)
    locate('members', members.place)
    const mention = leadingMention(evidence)
    const fromMembers = members.countries.length === 1 ? members.countries[0]! : null
    record.country = strong?.country ?? fromMembers ?? (members.countries.length > 1 ? null : mention?.country ?? null)
    if (strong) locate('country', fed.add(strong.block, strong.needle))
    else if (fromMembers) locate('country', members.place)
    else if (members.countries.length > 1) {
      ctx.messages.report('country/several', `Unexpected members in several countries (${members.countries.join(', ')}) and no dateline or office, expected one country: country left empty`,
        members.place ?? ctx.place(startLine), {actual: members.countries.join(', ')})
    } else if (mention) locate('country', fed.add(mention.block, mention.needle))
    reportConflicts(ctx, evidence, record.country)
    record.members = members.members
    inheritCountry(ctx, record, members.place)

    const date = documentDate(ctx, layout, prose, {language, award, sourceUrl: footer.source?.url ?? null})
    record.date = date?.iso ?? null
    if (date) locate('date', fed.add(date.block, date.needle))

    const figures = readFigures(ctx, layout, prose, language)
    record.figures = figures.map((f) => f.figure)
    for (const f of figures) fed.add(f.block, f.text)
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

    fillMetadata(ctx, layout, footer, blocks.filter((b) => !footer.placed.has(b)), language)
    claimBlocks(ctx, [...layout.header, ...layout.dateLines.map((d) => d.block), ...top, ...layout.headings, ...layout.figureLines.flatMap((f) => f.blocks),
      ...layout.commitmentSections.map((c) => c.heading), ...layout.commitments, ...(record.members.length > 0 ? [...layout.memberItems, ...layout.memberIntros] : []),
      ...layout.pageActions, ...layout.furniture, ...layout.captions, ...layout.bylines, ...layout.contacts, ...footer.placed])
    placeProse(ctx, layout.highlights, [...layout.body, ...(record.members.length > 0 ? [] : [...layout.memberItems, ...layout.memberIntros])])
    return [record]
  },
}

/** Lines a record field was read from: the line of the words it was read from, or the block's. */
class Fed {
  /**
   * Ranges claimed so far. Past its first values a block of thousands of counts places each at
   * the whole block (places.ts): claimed once, not once a value, so that the cost stays linear.
   */
  private readonly claimed = new Set<string>()

  constructor(private readonly ctx: ParseContext) {}

  add(block: Block, needle: string): Place {
    const place = placeIn(this.ctx, block, needle)
    const range = `${place.line}-${place.endLine}`
    if (!this.claimed.has(range)) {
      this.claimed.add(range)
      this.ctx.claim(place.line, place.endLine)
    }
    return place
  }
}

/**
 * The release's other paragraphs. A paragraph a record field was read from is placed whole; the
 * highlights (bulleted key points) are a named part of the page; a paragraph that says what it
 * is (someone's words, who took part, an event, where things stand, a closing commitment) goes to
 * the metadata list of its role. Any other stays unmapped, with a diagnostic that says so.
 */
function placeProse(ctx: ParseContext, highlights: Block[], paragraphs: Block[]): void {
  const fed = (block: Block) => block.lines.some((line) => ctx.isClaimed(line))
  const roles: Partial<Record<NewsRole, string[]>> = {}
  ctx.metadata.highlights = highlights.map((b) => b.text)
  for (const block of highlights) ctx.claim(block.lines[0]!, block.lines.at(-1)!)
  for (const block of paragraphs) {
    const role = fed(block) ? null : newsRole(block.folded)
    if (role) (roles[role] ??= []).push(block.text)
    if (role || fed(block)) {
      for (const line of block.lines) ctx.claim(line)
      continue
    }
    for (const line of block.lines) {
      ctx.leave(line, 'news/unplaced-paragraph',
        `Unexpected paragraph that feeds no field (\`${preview(ctx.line(line).trim())}\`), expected a count, a member, a date or a commitment: left unmapped`)
    }
  }
  Object.assign(ctx.metadata, roles)
}

/** Members the text places nowhere take the report's country when no member is elsewhere (one info). */
function inheritCountry(ctx: ParseContext, record: NetworkReport, place: Place | null): void {
  const country = record.country
  const without = record.members.filter((m) => m.country === null)
  if (!country || without.length === 0 || record.members.some((m) => m.country !== null && m.country !== country)) return
  for (const member of without) member.country = country
  ctx.messages.report('members/country-from-report',
    `Unexpected ${without.length === 1 ? `member \`${without[0]!.name}\`` : `${without.length} members`} without a country of their own, expected one: ${country} taken from the report`,
    place ?? ctx.place(record.source.startLine), {expected: country})
}

function readFigures(ctx: ParseContext, layout: Layout, prose: Block[], language: Language): Array<{figure: {value: number; label: string}; place: Place; line: number; block: Block; text: string}> {
  const found: Array<{figure: {value: number; label: string}; place: Place; line: number; block: Block; text: string}> = []
  const add = (f: FoundFigure, block: Block) => {
    const text = block.text.slice(f.start, f.end)
    found.push({figure: {value: f.value, label: f.label}, place: placeIn(ctx, block, text), line: block.lines[0]!, block, text})
  }
  for (const {blocks, figure, line} of layout.figureLines) {
    const text = ctx.line(line).trim()
    found.push({figure: {value: figure.value, label: figure.label}, place: placeIn(ctx, blocks[0]!, text), line, block: blocks[0]!, text})
  }
  for (const block of prose) for (const f of figuresInText(block.text, block.folded, language)) add(f, block)
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

function fillMetadata(ctx: ParseContext, layout: Layout, footer: Footer, page: Block[], language: Language): void {
  const text = (blocks: Block[]) => blocks.map((b) => b.text)
  const publisher = layout.header.find(isPublisher)
  Object.assign(ctx.metadata, {
    language,
    header: text(layout.header),
    documentKind: layout.header.map(documentKind).find((k) => k !== null) ?? null,
    publisher: publisher?.text ?? null,
    dateLines: text(layout.dateLines.map((d) => d.block)),
    title: layout.title?.text ?? null,
    standfirst: layout.standfirst?.text ?? null,
    lead: layout.lead?.text ?? null,
    headings: text(layout.headings),
    commitmentHeadings: layout.commitmentSections.map((c) => c.heading.text),
    memberIntros: text(layout.memberIntros),
    pageActions: text(layout.pageActions),
    furniture: text(layout.furniture),
    captions: text(layout.captions),
    bylines: text(layout.bylines),
    contacts: text(layout.contacts),
    links: [...page.flatMap((b) => b.links), ...footer.links.map((l) => l.link)],
  })
}
