/**
 * The record's `members`, each with its first-level division and its country:
 *
 *   1. member lists in the prose (see member-lists.ts) and items after a member-noun colon
 *      (`Ciudades miembro:` / `- Quito (Pichincha)`);
 *   2. local governments in a sentence about joining, signing or receiving (`La Municipalidad
 *      de Puerto Varas recibió el Sello Migrante`, `el intendente de la ciudad de Córdoba …
 *      firmaron un convenio`), and the place of a `«Magallanes Región Solidaria»`.
 *
 * For the Sello Migrante (a Chilean recognition) only (2) and lists inside such sentences count,
 * checked against the CUT gazetteer: a release names comunas for many reasons.
 *
 * Names are checked against the gazetteer of the document's country or, when it is not known
 * yet, of the country whose gazetteer knows most of them. A member's country is the one the text
 * gives it (`Quito (Ecuador)`, `Maipú, na Argentina`), else its gazetteer's, else that of a
 * known city or province (`Mendoza` → AR), else null (the caller may give it the document's).
 *
 * Diagnostics: `members/unknown-place` (warning) for a name the gazetteer does not hold (kept as
 * written); `members/fuzzy-place` (info, a repair) for a misspelt name; `members/admin1-from-gazetteer`
 * (info, an inference) when the text names no department; `members/no-gazetteer` (info) when the
 * country has no reference data and names are kept as written.
 */
import {BRACKETED_END, core, parseMemberList, resolve, type CountryOf, type Gazetteer, type MemberItem} from '../../constructs/member-list.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import type {NetworkReport} from '../../schema/records.js'
import {fold} from '../../text/fold.js'
import {withoutEnding} from '../../text/trim.js'
import {PLACE_COUNTRIES} from '../../vocab/country-hints.js'
import {PT_TO_ES_SPELLINGS} from '../../vocab/place-words.js'
import type {Block} from './blocks.js'
import {countryCode} from './country-names.js'
import {eventMembers, inMembershipSentence, type EventMember} from './events.js'
import {allGazetteers, gazetteerFor} from './gazetteers.js'
import {Marks} from './marks.js'
import {listsOf, planMemberLists, type ListPlan} from './member-lists.js'
import {placeIn} from './places.js'

export interface Members {
  members: Member[]
  place: Place | null
  /** The country whose gazetteer knew the names, when one did. */
  country: string | null
  /** Every country a member has. */
  countries: string[]
  /** Blocks a member was read from, with the text it was read from. */
  sources: Array<{block: Block; needle: string}>
}

type Member = NetworkReport['members'][number]
type Found = Array<{item: MemberItem; block: Block}>

export interface MemberOptions {
  /** `Sello Migrante`: members only from sentences about the award, Chilean comunas only. */
  award: boolean
  /** Blocks that speak for the whole document (title, standfirst, lead). */
  top: ReadonlySet<Block>
}

const countryOf: CountryOf = (text) => countryCode(text)

export function readMembers(ctx: ParseContext, prose: Block[], items: Block[], country: string | null, options: MemberOptions): Members {
  const fixed = options.award ? 'CL' : country
  // The document's country first (ties keep it); its members may still be in another country
  // (`SÃO PAULO, Brasil –` … `Na Guatemala aderiram sete municípios`).
  const own = fixed ? gazetteerFor(fixed) : undefined
  const gazetteers = options.award ? [own!] : fixed ? [own ?? null, ...allGazetteers().filter((g) => g !== own), ...(own ? [null] : [])] : [...allGazetteers(), null]
  const readings = read(prose, options)
  const known = (found: Found) => found.filter(({item}) => item.kind !== 'unknown').length
  // Most names known wins; then most items (a list of places no gazetteer knows, `Rosario, Mendoza`).
  let best: {gazetteer: Gazetteer | null; found: Found} | null = null
  for (const gazetteer of gazetteers) {
    // Without a gazetteer no name is known: that reading cannot beat one that knows a name.
    if (gazetteer === null && best !== null && known(best.found) > 0) continue
    const found = collect(readings, items, gazetteer, options)
    if (best === null || known(found) > known(best.found) || (known(found) === known(best.found) && found.length > best.found.length)) best = {gazetteer, found}
  }
  const {gazetteer, found} = best!
  for (const entry of found) {
    reresolve(entry, gazetteer)
    respell(entry, gazetteer)
  }
  const listed = found.filter(({item}) => item.country === null || item.country === gazetteer?.country)
  if (!gazetteer && fixed && listed.length > 0) {
    ctx.messages.report('members/no-gazetteer', `Unexpected members in \`${fixed}\`, a country without reference places: names kept as written`,
      placeIn(ctx, listed[0]!.block, listed[0]!.item.written))
  }
  const members: Member[] = []
  const seen = new Set<string>()
  // A region named as a member and its government (`«Aysén Región Solidaria»`, `Gobierno Regional de Aysén`) are one member.
  const governed = new Set(found.filter(({item}) => item.kind === 'government').map(({item}) => item.admin1))
  for (const {item, block} of found) {
    if (item.kind === 'admin1' && governed.has(item.admin1)) continue
    const own = item.country ?? (item.kind !== 'unknown' && gazetteer ? gazetteer.country : null) ?? placeCountry(item.name)
    // `oito municípios (Chiquimula …) e duas províncias (Chiquimula …)`: a comuna and its department are two members.
    const key = `${fold(item.name)}|${item.admin1 ?? ''}|${own ?? ''}|${item.kind === 'admin1' ? 'admin1' : ''}`
    if (seen.has(key)) continue
    seen.add(key)
    members.push(toMember(ctx, item, item.country ? gazetteerFor(item.country) : gazetteer, placeIn(ctx, block, item.written), own))
  }
  const first = found[0]
  return {
    members, place: first ? placeIn(ctx, first.block, first.item.written) : null,
    country: gazetteer && known(found) > 0 ? gazetteer.country : null,
    countries: [...new Set(members.map((m) => m.country).filter((c): c is string => c !== null))],
    sources: found.map(({item, block}) => ({block, needle: item.written})),
  }
}

/** What each prose block says whatever the gazetteer: read once, then resolved per gazetteer. */
interface Reading {
  block: Block
  plan: ListPlan
  events: EventMember[]
}

function read(prose: Block[], options: MemberOptions): Reading[] {
  return prose.map((block) => ({block, plan: planMemberLists(block.text, block.folded), events: eventMembers(block, options.top.has(block))}))
}

function collect(readings: Reading[], items: Block[], gazetteer: Gazetteer | null, options: MemberOptions): Found {
  const found: Found = []
  // The characters of each block's text a member was read from: a member named by what it did
  // there is one already found (a mark per character, so that the check costs its own length).
  const taken = new Map<Block, Marks>()
  for (const {block, plan, events} of readings) {
    let marks = taken.get(block)
    if (!marks) taken.set(block, (marks = new Marks(block.text.length)))
    for (const list of listsOf(plan, gazetteer, countryOf)) {
      if (options.award && !inMembershipSentence(block, list.start)) continue
      for (const item of list.items) {
        found.push({item, block})
        marks.mark(item.start, item.end)
      }
    }
    for (const event of events) {
      if (marks.any(event.start, event.end)) continue
      const item = {...resolve(event.lookup, event.start, event.end, gazetteer, countryOf), written: event.written}
      if (event.country) item.country = event.country
      found.push({item, block})
      marks.mark(event.start, event.end)
    }
  }
  if (!options.award) for (const block of items) for (const item of parseMemberList(block.text, gazetteer, true, countryOf)) found.push({item, block})
  return found.sort((a, b) => (a.block.lines[0]! - b.block.lines[0]!) || (a.item.start - b.item.start))
}

/** An item the text places in a country other than the gazetteer's: read with that country's gazetteer. */
function reresolve(entry: {item: MemberItem}, gazetteer: Gazetteer | null): void {
  const {item} = entry
  if (!item.country || item.country === gazetteer?.country) return
  const own = gazetteerFor(item.country)
  const again = resolve(withoutEnding(item.written, BRACKETED_END), item.start, item.end, own, countryOf)
  entry.item = {...again, written: item.written, country: item.country, start: item.start, end: item.end}
}

/**
 * A name the gazetteer does not know as written, in its Portuguese spelling (`Assunção Mita`):
 * read in Spanish spelling, as a repair (`members/fuzzy-place`).
 */
function respell(entry: {item: MemberItem}, gazetteer: Gazetteer | null): void {
  const {item} = entry
  const own = item.country ? gazetteerFor(item.country) : gazetteer
  if (item.kind !== 'unknown' || !own) return
  const folded = fold(core(item.written))
  const spanish = PT_TO_ES_SPELLINGS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), folded)
  if (spanish === folded) return
  const found = own.municipality(spanish)
  if (found?.how !== 'exact') return
  entry.item = {...item, name: found.name, admin1: found.admin1, kind: 'municipality', how: 'fuzzy', admin1From: 'gazetteer', country: item.country ?? own.country}
}

/** `Mendoza` → AR: a city or province that names its country (capitalised as a name). */
function placeCountry(name: string): string | null {
  if (!/^\p{Lu}/u.test(name)) return null
  return PLACE_COUNTRIES.get(fold(core(name))) ?? PLACE_COUNTRIES.get(fold(name)) ?? null
}

function toMember(ctx: ParseContext, item: MemberItem, gazetteer: Gazetteer | null, place: Place, country: string | null): Member {
  const repair = ctx.options.repair
  const written = core(item.written)
  if (gazetteer && item.kind === 'unknown' && (country === null || country === gazetteer.country)) {
    const suggestion = gazetteer.suggest?.(written).join(', ')
    ctx.messages.report('members/unknown-place',
      `Unexpected place \`${written}\`, expected a municipality or first-level division of ${gazetteer.country}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      place, {actual: written, ...(suggestion ? {suggestion} : {})})
  }
  let name = item.name
  if (item.how === 'fuzzy') {
    ctx.messages.report('members/fuzzy-place', `Unexpected \`${written}\`, expected \`${item.name}\`${repair ? '' : ' (not repaired: --no-repair)'}`,
      place, {actual: written, expected: item.name})
    if (!repair) name = written
  }
  let admin1 = item.admin1
  if (item.admin1From === 'gazetteer' && admin1) {
    ctx.messages.report('members/admin1-from-gazetteer',
      `Unexpected \`${written}\` without its department or region, expected one: ${repair ? `\`${admin1}\` taken from the gazetteer` : `\`${admin1}\` not filled in (--no-repair)`}`,
      place, {expected: admin1})
    if (!repair) admin1 = null
  }
  return {name, admin1, country}
}
