/**
 * Members named by what they did: local governments in a sentence about joining, signing or
 * receiving, and the place of a `«Magallanes Región Solidaria»`.
 *
 *   La Municipalidad de Puerto Varas recibió el Sello Migrante        → `Municipalidad de Puerto Varas`
 *   … obtenido por la municipalidad de Vicuña                          → `municipalidad de Vicuña`
 *   el intendente de la ciudad de Córdoba … firmaron un convenio       → `Córdoba`
 *   Outro novo integrante é o município de Maipú, na Argentina.        → `município de Maipú`, country AR
 *   la iniciativa piloto denominada: «Magallanes Región Solidaria»    → region `Magallanes`
 *
 * A `«X Región Solidaria»` names its member wherever it stands. A local government counts when
 * its sentence holds a membership word (`firmó`, `se sumó`, `recibió`, `aderiu`…)
 * and names the network or refers to it (`la iniciativa`, `novo integrante`), or its block names
 * it, or the block is the title or lead of the release.
 */
import {looksLikePlace} from '../../constructs/member-list.js'
import {LOCAL_GOVERNMENT_HEADS, LOCAL_GOVERNMENT_LINKS, LOCAL_GOVERNMENT_NOUNS, MEMBERSHIP_CUES, NETWORK_REFERENCES} from '../../vocab/networks.js'
import {MAX_PLACE_WORDS} from '../../vocab/place-words.js'
import type {Block} from './blocks.js'
import {countryCode} from './country-names.js'
import {blockNamings} from './initiative.js'
import {Marks} from './marks.js'
import {matchesOf} from './matches.js'
import {escapeRegExp} from '../../text/regexp.js'

export interface EventMember {
  /** As written in the block (`Municipalidad de Puerto Varas`). */
  written: string
  /** What to look up (`Región de Magallanes` for `«Magallanes Región Solidaria»`). */
  lookup: string
  /** 0-based offsets of `written` in the block's text. */
  start: number
  end: number
  /** A country the text gives right after it (`, na Argentina`), or null. */
  country: string | null
}

const CUE = new RegExp(`(?<![a-z])(?:${MEMBERSHIP_CUES.map(escapeRegExp).join('|')})`)
const REFERENCE = new RegExp(`(?<![a-z])(?:${NETWORK_REFERENCES.join('|')})(?![a-z])`)
const NOUN = `(?:${LOCAL_GOVERNMENT_NOUNS.map(escapeRegExp).join('|')})`
const HEAD = `(?:${LOCAL_GOVERNMENT_HEADS.map(escapeRegExp).join('|')})`
const LINK = `(?:${LOCAL_GOVERNMENT_LINKS.map(escapeRegExp).join('|')})`
const GOVERNMENT = new RegExp(`(?<![a-z])(?:(${NOUN})|${HEAD})\\s+${LINK}\\s+`, 'g')
const PLACE_WORDS = new RegExp(`^(?:(?:la|el|los|las|o|a)\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|del|la|las|los|el|do|da|dos|das)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,${MAX_PLACE_WORDS - 1}})`, 'u')
const NAMED = /[«"“]\s*([^«»"“”]{2,60}?)\s*[,:–-]?\s+(region|ciudad|cidade|regiao|comuna)\s+solidari[ao]\s*[»"”]/g
/** The quotes `NAMED` opens with. */
const QUOTE = /[«"“]/
const COUNTRY_AFTER = /^\s*,?\s*(?:en|na|no|em|de)\s+(?:(?:el|la|o|a)\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u
const SENTENCE_END = /[.!?](?=\s+[¿¡"“«(]?\p{Lu})/gu

/** Sentences of a block: [start, end) offsets. */
function sentences(text: string): Array<[number, number]> {
  const ends = matchesOf(SENTENCE_END, text).map((m) => m.index + 1)
  const out: Array<[number, number]> = []
  let start = 0
  for (const end of [...ends, text.length]) {
    out.push([start, end])
    start = end
  }
  return out
}

/** Each block's sentences and whether each holds a membership word, found once for all its lists. */
const cues = new WeakMap<Block, {text: string; sentences: Array<[number, number]>; cue: boolean[]}>()

/** Whether the sentence of `block` that holds `offset` speaks of joining, signing or receiving. */
export function inMembershipSentence(block: Block, offset: number): boolean {
  let known = cues.get(block)
  if (known?.text !== block.text) {
    const all = sentences(block.text)
    known = {text: block.text, sentences: all, cue: all.map(([s, e]) => CUE.test(block.folded.slice(s, e)))}
    cues.set(block, known)
  }
  // The last sentence that starts at or before `offset` (sentences are in order and touch).
  let low = 0, high = known.sentences.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (known.sentences[mid]![0] <= offset) low = mid
    else high = mid - 1
  }
  const [start, end] = known.sentences[low]!
  return start <= offset && offset < end && known.cue[low]!
}

/** Members named in `block` by what they did. `top`: the block is the title or lead. */
export function eventMembers(block: Block, top: boolean): EventMember[] {
  const {text, folded} = block
  const blockNames = blockNamings(block).length > 0
  const found: EventMember[] = []
  // Characters a member was read from (a mark per character: an overlap check costs its length).
  const taken = new Marks(text.length)
  // `«X Región Solidaria»` opens with a quote: a block without one names no member so.
  const quoted = QUOTE.test(folded)
  for (const [from, to] of sentences(text)) {
    const local = folded.slice(from, to)
    for (const m of quoted ? matchesOf(NAMED, local) : []) {
      const start = from + m.index + m[0].indexOf(m[1]!)
      const written = text.slice(start, start + m[1]!.length).replace(/[,:–-]$/, '').trim()
      if (!looksLikePlace(written)) continue
      const lookup = m[2] === 'region' || m[2] === 'regiao' ? `Región de ${written}` : written
      found.push({written, lookup, start, end: start + written.length, country: null})
      taken.mark(start, start + written.length)
    }
    if (!CUE.test(local) || !(top || blockNames || REFERENCE.test(local))) continue
    for (const m of matchesOf(GOVERNMENT, local)) {
      const after = from + m.index + m[0].length
      const place = PLACE_WORDS.exec(text.slice(after, to))
      if (!place) continue
      const placeStart = after + place[0].length - place[1]!.length
      const start = m[1] ? from + m.index : placeStart
      const end = placeStart + place[1]!.length
      const written = text.slice(start, end)
      if (taken.any(start, end)) continue
      found.push({written, lookup: written, start, end, country: countryAfter(text.slice(end, to))})
      taken.mark(start, end)
    }
  }
  return found
}

function countryAfter(text: string): string | null {
  const m = COUNTRY_AFTER.exec(text)
  return m ? countryCode(m[1]!) : null
}

