/**
 * Finds member lists inside prose, sentence by sentence, and cuts them out for
 * `parseMemberList`:
 *
 *   … modelo novedoso de inclusión en la Municipalidad de la Ciudad de Guatemala; San Benito y Flores, Petén; … y la Gobernación departamental de Huehuetenango.
 *                                    ^ list starts at the longest place-like tail of the first `;` group        list ends with the last place-like part ^
 *   Los municipios de Arica, Iquique, Estación Central y Calama firmaron …
 *                     ^ after a member noun (`municipios de`, `comunas:`), up to the last place
 *
 * A `;` list is taken when most of its items are in the gazetteer (at least two), or a member
 * noun comes before it; a list after a member noun needs two items, most of them known when the
 * country has a gazetteer. Semicolon lists of institutions (`el Sistema de Naciones Unidas; la
 * OEA; …`) are therefore left alone.
 */
import {divisionName, looksLikePlace, parseMemberList, splitParts, type Gazetteer, type MemberItem, type Part} from '../../constructs/member-list.js'
import {foldSameLength} from '../../constructs/spanish-numbers.js'
import {MAX_PLACE_WORDS, MEMBER_NOUNS} from '../../vocab/place-words.js'

export interface FoundList {
  start: number
  end: number
  items: MemberItem[]
}

// A member noun, then the list after a colon within a few words (`ciudades solidarias de Ecuador
// son: Quito, …`) or right after `de`/`son`/`como` (`los municipios de Arica, …`).
const TRIGGER = new RegExp(`(?<![\\p{L}])(?:${MEMBER_NOUNS.join('|')})(?![\\p{L}])(?:[^.;:]{0,60}?:|(?:\\s+(?:solidari[oa]s|miembros|participantes|socios|adheridos))?\\s+(?:de|del|son|como)(?=\\s))\\s*`, 'gu')
const SENTENCE_END = /[.!?](?=\s+[¿¡"“«(]?\p{Lu})/gu

/** Member lists in a paragraph, with offsets in it. */
export function findMemberLists(text: string, gazetteer: Gazetteer | null, folded = foldSameLength(text)): FoundList[] {
  // Most paragraphs hold neither a `;` nor a member noun.
  if (!text.includes(';') && !MEMBER_NOUNS.some((noun) => folded.includes(noun))) return []
  const lists: FoundList[] = []
  let start = 0
  for (const end of [...[...text.matchAll(SENTENCE_END)].map((m) => m.index + 1), text.length]) {
    const list = listIn(text, folded, start, end, gazetteer)
    if (list) lists.push(list)
    start = end
  }
  return lists
}

function listIn(text: string, folded: string, from: number, to: number, gazetteer: Gazetteer | null): FoundList | null {
  const sentence = text.slice(from, to)
  const local = folded.slice(from, to)
  const named = MEMBER_NOUNS.some((noun) => local.includes(noun))
  if (!named && !sentence.includes(';')) return null
  TRIGGER.lastIndex = 0
  const trigger = named ? TRIGGER.exec(local) ?? undefined : undefined
  const semicolons = [...sentence.matchAll(/;/g)].map((m) => m.index)
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
  const items = parseMemberList(sentence.slice(span[0], span[1]), gazetteer, semicolons.length > 0)
  const known = items.filter((item) => item.kind !== 'unknown').length
  const listed = trigger !== undefined && (semicolons.length > 0 ? trigger.index < span[0] : true)
  const accepted = items.length >= 2 && (gazetteer ? known * 2 >= items.length && (known >= 2 || listed) : listed)
  if (!accepted) return null
  const shift = from + span[0]
  for (const item of items) Object.assign(item, {start: item.start + shift, end: item.end + shift})
  return {start: shift, end: from + span[1], items}
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
  const words = text.split(/(?<=\s)(?=\S)/)
  const limit = Math.min(words.length, MAX_PLACE_WORDS + 1)
  for (let n = limit; n >= 1; n--) {
    const piece = (side === 'suffix' ? words.slice(-n) : words.slice(0, n)).join('').trim()
    if (isPlace(piece)) return piece
  }
  return null
}

/** A place name, or the government or division of one (`la Gobernación departamental de Petén`). */
function isPlace(text: string): boolean {
  if (looksLikePlace(text)) return true
  const rest = /^(?:(?:la|el)\s+)?\p{Lu}/u.test(text) ? divisionName(text) : null
  return rest !== null && looksLikePlace(rest)
}
