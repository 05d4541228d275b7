/**
 * Finds member lists inside prose, sentence by sentence, and cuts them out for
 * `parseMemberList`:
 *
 *   … modelo novedoso de inclusión en la Municipalidad de la Ciudad de Guatemala; San Benito y Flores, Petén; … y la Gobernación departamental de Huehuetenango.
 *                                    ^ list starts at the longest place-like tail of the first `;` group        list ends with the last place-like part ^
 *   Los municipios de Arica, Iquique, Estación Central y Calama firmaron …
 *                     ^ after a member noun (`municipios de`, `comunas:`), up to the last place
 *   … a incorporação de oito municípios (Chiquimula, Assunção Mita … e Huehuetenango) e duas províncias (Chiquimula e Jutiapa)
 *                                      ^ in parentheses after a member noun; after `províncias`,
 *                                        `departamentos`, `regiones` the items are first-level divisions
 *
 * A `;` list is taken when most of its items are in the gazetteer (at least two), or a member
 * noun comes before it; a list after a member noun needs two items, most of them known when the
 * country has a gazetteer. Semicolon lists of institutions (`el Sistema de Naciones Unidas; la
 * OEA; …`) are therefore left alone.
 */
import {core, divisionName, looksLikePlace, parseMemberList, splitParts, type CountryOf, type Gazetteer, type MemberItem, type Part} from '../../constructs/member-list.js'
import {foldSameLength} from '../../constructs/spanish-numbers.js'
import {ADMIN1_MEMBER_NOUNS, MAX_PLACE_WORDS, MEMBER_NOUNS} from '../../vocab/place-words.js'
import {matchesOf} from './matches.js'

export interface FoundList {
  start: number
  end: number
  items: MemberItem[]
}

// A member noun, then the list after a colon within a few words (`ciudades solidarias de Ecuador
// son: Quito, …`) or right after `de`/`son`/`como` (`los municipios de Arica, …`).
const TRIGGER = new RegExp(`(?<![\\p{L}])(?:${MEMBER_NOUNS.join('|')})(?![\\p{L}])(?:[^.;:()]{0,60}?(?::|,\\s+(?:como|tales como|entre ellas|entre ellos|incluyendo|incluidas|incluidos|a saber|entre elas|incluindo)(?=\\s))|(?:\\s+(?:solidari[oa]s|miembros|membros|participantes|socios|adheridos))?\\s+(?:de|del|da|do|das|dos|son|sao|como)(?=\\s))\\s*`, 'gu')
/**
 * The first trigger of a clause. Not `TRIGGER` itself: `exec` leaves a global pattern's
 * `lastIndex` past its match, and `matchAll` starts from there, so the next paragraph's
 * triggers before that offset would be missed (a result that depended on the text before).
 */
const FIRST_TRIGGER = new RegExp(TRIGGER.source, 'u')
/** `oito municípios (Chiquimula, …)`: the list in parentheses right after a member noun. */
const PAREN_TRIGGER = new RegExp(`(?<![\\p{L}])(${MEMBER_NOUNS.join('|')})\\s*\\(([^()]{2,400})\\)`, 'gu')
const SENTENCE_END = /[.!?](?=\s+[¿¡"“«(]?\p{Lu})/gu

/** Member lists in a paragraph, with offsets in it. `countryOf` reads country names in the lists. */
export function findMemberLists(text: string, gazetteer: Gazetteer | null, folded = foldSameLength(text), countryOf?: CountryOf): FoundList[] {
  return listsOf(planMemberLists(text, folded), gazetteer, countryOf)
}

/**
 * Where a paragraph may hold member lists, read without a gazetteer: its sentences, the lists in
 * parentheses after a member noun, and the span of each clause's list. The caller reads the same
 * paragraph with several gazetteers (members.ts), so this part is read once (`listsOf` each time).
 */
export interface ListPlan {
  text: string
  folded: string
  sentences: SentencePlan[]
}

interface SentencePlan {
  start: number
  end: number
  parens: ParenSite[]
  /** The clauses' spans, read when the parentheses give no list (see `clausesOf`). */
  clauses?: ClauseSite[]
  /** Names that may be countries (`COUNTRY_BEFORE`), read when a list needs them. */
  names?: RegExpExecArray[]
}

/** `municípios (Chiquimula, …)`: the text in parentheses (`inner`, from `start`) after `noun`. */
interface ParenSite {
  start: number
  inner: string
  noun: string
}

/** A clause's candidate list: its text, from `start`; `listed`: a member noun comes before it. */
interface ClauseSite {
  start: number
  text: string
  structured: boolean
  listed: boolean
}

export function planMemberLists(text: string, folded = foldSameLength(text)): ListPlan {
  // Most paragraphs hold neither a `;` nor a member noun.
  if (!text.includes(';') && !MEMBER_NOUNS.some((noun) => folded.includes(noun))) return {text, folded, sentences: []}
  const sentences: SentencePlan[] = []
  let start = 0
  for (const end of [...matchesOf(SENTENCE_END, text).map((m) => m.index + 1), text.length]) {
    sentences.push({start, end, parens: parenSites(text, folded, start, end)})
    start = end
  }
  return {text, folded, sentences}
}

/** The lists of a plan, read with `gazetteer`. */
export function listsOf(plan: ListPlan, gazetteer: Gazetteer | null, countryOf?: CountryOf): FoundList[] {
  const {text} = plan
  const lists: FoundList[] = []
  for (const sentence of plan.sentences) {
    const found = parenthesisedLists(sentence.parens, gazetteer, countryOf)
    if (found.length === 0) {
      for (const clause of (sentence.clauses ??= clausesOf(text, plan.folded, sentence.start, sentence.end))) {
        const list = listIn(clause, gazetteer, countryOf)
        if (list) found.push(list)
      }
    }
    if (countryOf && found.length > 0) countriesBefore(text, sentence, found, countryOf)
    for (const list of found) lists.push(list)
  }
  return lists
}

/**
 * `las municipalidades de A y B …, mientras que en Costa Rica se unieron las de C, D y E`: one
 * clause per member noun, unless `;` groups the sentence.
 */
function clausesOf(text: string, folded: string, start: number, end: number): ClauseSite[] {
  const local = folded.slice(start, end)
  // A clause holds a list after a member noun or around `;` groups: without either, none.
  const named = MEMBER_NOUNS.some((noun) => local.includes(noun))
  const grouped = local.includes(';')
  if (!named && !grouped) return []
  const triggers = !named || grouped ? [] : matchesOf(TRIGGER, local)
  // A sentence that is one clause: its first trigger is the one just found.
  if (triggers.length === 1) return [clauseSite(text, folded, start, end, {named, trigger: triggers[0]})].filter((c) => c !== null)
  const cuts = triggers.length > 1 ? [start, ...triggers.slice(1).map((m) => start + m.index), end] : [start, end]
  const clauses: ClauseSite[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    const clause = clauseSite(text, folded, cuts[k]!, cuts[k + 1]!)
    if (clause) clauses.push(clause)
  }
  return clauses
}

const COUNTRY_BEFORE = /(?:^|[^\p{L}])(?:en|na|no|em|de|da|do)\s+(?:(?:el|la|o|a)\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})/gu

/**
 * `Na Guatemala aderiram sete municípios (…)`: the last country named before a list, in its
 * sentence, is its items'. The sentence is searched once for all its lists: a name that ends
 * before a list's start is read as in the text before that list alone, and only a name that runs
 * past it (`en Chile Arica, …` cut at `Arica`) is searched again, up to it.
 */
function countriesBefore(text: string, sentence: SentencePlan, lists: readonly FoundList[], countryOf: CountryOf): void {
  const from = sentence.start
  const names = (sentence.names ??= matchesOf(COUNTRY_BEFORE, text.slice(from, sentence.end)))
  let next = 0, country: string | null = null
  for (const list of [...lists].sort((a, b) => a.start - b.start)) {
    const at = list.start - from
    for (; next < names.length && names[next]!.index + names[next]![0].length <= at; next++) country = countryOf(names[next]![1]!) ?? country
    let own = country
    const cut = names[next]
    if (cut && cut.index < at) for (const m of matchesOf(COUNTRY_BEFORE, text.slice(from + cut.index, list.start))) own = countryOf(m[1]!) ?? own
    if (own) for (const item of list.items) item.country ??= own
  }
}

function parenSites(text: string, folded: string, from: number, to: number): ParenSite[] {
  const sites: ParenSite[] = []
  const open = folded.indexOf('(', from)
  if (open < 0 || open >= to) return sites
  for (const m of matchesOf(PAREN_TRIGGER, folded.slice(from, to))) {
    const start = from + m.index + m[0].length - 1 - m[2]!.length
    sites.push({start, inner: text.slice(start, start + m[2]!.length), noun: m[1]!})
  }
  return sites
}

function parenthesisedLists(sites: readonly ParenSite[], gazetteer: Gazetteer | null, countryOf?: CountryOf): FoundList[] {
  const lists: FoundList[] = []
  for (const {start, inner, noun} of sites) {
    const items = parseMemberList(inner, gazetteer, inner.includes(';'), countryOf)
    const known = items.filter((item) => item.kind !== 'unknown').length
    if (items.length === 0 || !items.every((item) => looksLikePlace(item.written) || divisionName(item.written) !== null)) continue
    if (gazetteer && known * 2 < items.length) continue
    if (ADMIN1_MEMBER_NOUNS.has(noun) && gazetteer) for (const item of items) asAdmin1(item, gazetteer)
    for (const item of items) Object.assign(item, {start: item.start + start, end: item.end + start})
    lists.push({start, end: start + inner.length, items})
  }
  return lists
}

/** A bare name read as a municipality, where the text calls its items divisions: the division. */
function asAdmin1(item: MemberItem, gazetteer: Gazetteer): void {
  if (item.kind !== 'municipality' || item.admin1From !== 'gazetteer') return
  const admin1 = gazetteer.admin1(core(item.written))
  if (admin1) Object.assign(item, {name: admin1, admin1, kind: 'admin1', how: 'exact', admin1From: 'text'})
}

/**
 * The span of the list in `text[from, to)`, if any: after a member noun, or around its `;` groups.
 * `known`: whether the clause names a member and its first trigger, when the caller found them.
 */
function clauseSite(text: string, folded: string, from: number, to: number, known?: {named: boolean; trigger: RegExpExecArray | undefined}): ClauseSite | null {
  const sentence = text.slice(from, to)
  const local = folded.slice(from, to)
  const named = known ? known.named : MEMBER_NOUNS.some((noun) => local.includes(noun))
  if (!named && !sentence.includes(';')) return null
  const trigger = known ? known.trigger : named ? FIRST_TRIGGER.exec(local) ?? undefined : undefined
  const semicolons = matchesOf(/;/g, sentence).map((m) => m.index)
  let span: [number, number] | null = null
  if (semicolons.length > 0) {
    const head = splitParts(sentence, 0, semicolons[0]!)
    const tail = splitParts(sentence, semicolons[semicolons.length - 1]! + 1)
    const first = edge(sentence, head.reverse(), 'suffix'), last = edge(sentence, tail, 'prefix')
    if (first !== null && last !== null) span = [first, last]
  } else if (trigger) {
    const after = trigger.index + trigger[0].length
    const last = edge(sentence, splitParts(sentence, after), 'prefix')
    if (last !== null) span = [after, last]
  }
  if (!span) return null
  const listed = trigger !== undefined && (semicolons.length > 0 ? trigger.index < span[0] : true)
  return {start: from + span[0], text: sentence.slice(span[0], span[1]), structured: semicolons.length > 0, listed}
}

function listIn(clause: ClauseSite, gazetteer: Gazetteer | null, countryOf?: CountryOf): FoundList | null {
  const items = parseMemberList(clause.text, gazetteer, clause.structured, countryOf)
  const known = items.filter((item) => item.kind !== 'unknown').length
  const accepted = items.length >= 2 && (gazetteer ? known * 2 >= items.length && (known >= 2 || clause.listed) : clause.listed)
  if (!accepted) return null
  const shift = clause.start
  for (const item of items) Object.assign(item, {start: item.start + shift, end: item.end + shift})
  return {start: shift, end: shift + clause.text.length, items}
}

/**
 * Walks `parts` (outward from the list) while they are places, and returns where the list ends:
 * the start of the outermost place (`suffix`, for the head of the sentence) or its end (`prefix`).
 * A part that is not all place gives its longest place-like tail or head.
 */
function edge(sentence: string, parts: Part[], side: 'suffix' | 'prefix'): number | null {
  let at: number | null = null
  for (const part of parts) {
    if (isPlace(part.text)) {
      at = side === 'suffix' ? part.start : part.end
      continue
    }
    const piece = longestPlace(part.text, side)
    if (piece) at = side === 'suffix' ? part.end - piece.length : part.start + piece.length
    break
  }
  return at ?? null
}

function longestPlace(text: string, side: 'suffix' | 'prefix'): string | null {
  // Where each word starts (after white space): `n` words are a slice of the text, not a join.
  const starts = [0]
  for (const m of matchesOf(WORD_START, text)) if (m.index > 0) starts.push(m.index)
  const limit = Math.min(starts.length, MAX_PLACE_WORDS + 1)
  for (let n = limit; n >= 1; n--) {
    const piece = (side === 'suffix' ? text.slice(starts[starts.length - n]) : text.slice(0, starts[n] ?? text.length)).trim()
    if (isPlace(piece)) return piece
  }
  return null
}

/** A word's start after white space (`split(/(?<=\s)(?=\S)/)` cuts there). */
const WORD_START = /(?<=\s)(?=\S)/g

/** A place name, or the government or division of one (`la Gobernación departamental de Petén`). */
function isPlace(text: string): boolean {
  if (looksLikePlace(text)) return true
  const rest = /^(?:(?:la|el)\s+)?\p{Lu}/u.test(text) ? divisionName(text) : null
  return rest !== null && looksLikePlace(rest)
}
