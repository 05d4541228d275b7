/**
 * The record's `members`: member lists in the prose (see member-lists.ts) and items after a
 * member-noun colon (`Ciudades miembro:` / `- Quito (Pichincha)`), checked against the gazetteer
 * of the document's country, or, when the country is not known yet, of the country whose
 * gazetteer knows most of the names.
 *
 * Diagnostics: `members/unknown-place` (warning) for a name the gazetteer does not hold (kept as
 * written); `members/fuzzy-place` (info, a repair) for a misspelt name; `members/admin1-from-gazetteer`
 * (info, an inference) when the text names no department; `members/no-gazetteer` (info) when the
 * country has no reference data and names are kept as written.
 */
import {core, parseMemberList, type Gazetteer, type MemberItem} from '../../constructs/member-list.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'
import type {NetworkReport} from '../../schema/records.js'
import {fold} from '../../text/fold.js'
import type {Block} from './blocks.js'
import {allGazetteers, gazetteerFor} from './gazetteers.js'
import {findMemberLists} from './member-lists.js'
import {placeIn} from './places.js'

export interface Members {
  members: Member[]
  place: Place | null
  /** The country whose gazetteer knew the names, when one did. */
  country: string | null
}

type Member = NetworkReport['members'][number]
type Found = Array<{item: MemberItem; block: Block}>

export function readMembers(ctx: ParseContext, prose: Block[], items: Block[], country: string | null): Members {
  const gazetteers = country ? [gazetteerFor(country)] : [...allGazetteers(), null]
  const tries = gazetteers.map((gazetteer) => ({gazetteer, found: collect(prose, items, gazetteer)}))
  const known = (found: Found) => found.filter(({item}) => item.kind !== 'unknown').length
  const best = tries.reduce((a, b) => (known(b.found) > known(a.found) ? b : a))
  const {gazetteer, found} = best
  if (!gazetteer && country && found.length > 0) {
    ctx.messages.report('members/no-gazetteer', `Unexpected members in \`${country}\`, a country without reference places: names kept as written`,
      placeIn(ctx, found[0]!.block, found[0]!.item.written))
  }
  const members: Member[] = []
  const seen = new Set<string>()
  for (const {item, block} of found) {
    const place = placeIn(ctx, block, item.written)
    const member = toMember(ctx, item, gazetteer, place)
    const key = `${fold(member.name)}|${member.admin1 ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    members.push(member)
  }
  const first = found[0]
  return {members, place: first ? placeIn(ctx, first.block, first.item.written) : null, country: gazetteer && known(found) > 0 ? gazetteer.country : null}
}

function collect(prose: Block[], items: Block[], gazetteer: Gazetteer | null): Found {
  const found: Found = []
  for (const block of prose) {
    for (const list of findMemberLists(block.text, gazetteer, block.folded)) for (const item of list.items) found.push({item, block})
  }
  for (const block of items) for (const item of parseMemberList(block.text, gazetteer, true)) found.push({item, block})
  return found
}

function toMember(ctx: ParseContext, item: MemberItem, gazetteer: Gazetteer | null, place: Place): Member {
  const repair = ctx.options.repair
  const written = core(item.written)
  if (gazetteer && item.kind === 'unknown') {
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
  return {name, admin1}
}
