/**
 * The comuna named in a responsible unit, read after `Municipalidad de`:
 *
 *   Oficina de Migrantes y Refugiados, Municipalidad de Quilicura - Ministerio del Interior …
 *                                                       ^^^^^^^^^ → Quilicura (13125)
 *   … Municipalidad de San José de Maipo, …             → San José de Maipo
 *
 * The name runs over capitalised words (and the particles between them) and stops at
 * punctuation or a lower-case word.
 */
import {findComuna, nearestComunas, type ComunaMatch} from '../../normalize/gazetteer.js'
import {MUNICIPALITY_CUES, NAME_PARTICLES} from './labels.js'
import {trimEndWhere} from '../../text/trim.js'
import {escapeRegExp} from '../../text/regexp.js'

export interface NamedMunicipality {
  /** The name as printed. */
  name: string
  match: ComunaMatch | null
  /** Nearest official names when nothing matched. */
  suggestions: string[]
}

const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${MUNICIPALITY_CUES.map((c) => escapeRegExp(c).replace(/ /g, '\\s+')).join('|')})\\s+`, 'giu')
const WORD = /^\p{Lu}[\p{L}'’]*$/u
const TOKEN = /\S+/g
/**
 * Most words a name is read over: more than any comuna has (`San Pedro de la Paz`). A line of
 * capitalised words (`Municipalidad de Quito Municipalidad de Quito …`) would otherwise give
 * each cue a name as long as the rest of the line, at a cost that grows with its square.
 */
const MAX_NAME_WORDS = 12

/** Every comuna named after a `Municipalidad de` cue in `text`, in order. */
export function municipalitiesIn(text: string): NamedMunicipality[] {
  const found: NamedMunicipality[] = []
  for (const cue of text.matchAll(CUE)) {
    const name = nameAt(text.slice(cue.index + cue[0].length))
    if (!name) continue
    const match = findComuna(name)
    found.push({name, match, suggestions: match ? [] : nearestComunas(name)})
  }
  return found
}

function nameAt(rest: string): string | null {
  const words: string[] = []
  for (const m of rest.matchAll(TOKEN)) {
    const token = m[0]
    const bare = trimEndWhere(token, /[^\p{L}'’]/u)
    const stops = bare !== token
    if (WORD.test(bare)) words.push(bare)
    else if ((NAME_PARTICLES as readonly string[]).includes(bare) && words.length > 0 && !stops) words.push(bare)
    else break
    if (stops || words.length >= MAX_NAME_WORDS) break
  }
  while (words.length > 0 && (NAME_PARTICLES as readonly string[]).includes(words.at(-1)!)) words.pop()
  return words.length > 0 ? words.join(' ') : null
}
