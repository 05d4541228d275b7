/**
 * Recognises a Global Compact objective from any of its names, in Spanish or English: the
 * official statement, the Migration Network Hub's short name, or the handbook's icon label.
 *
 *   Empower migrants and societies to realize full inclusion and social cohesion   → 16 (statement, en)
 *   Empower migrants and societies…                                                → 16 (statement cut short)
 *   Inclusión y cohesión social · Inclusion and social cohesion                    → 16 (Hub short name)
 *   REDUCIR VULNERABILIDADES                                                       → 7  (icon label)
 *
 * Words are compared folded and lightly stemmed (objective-match.ts); a statement may differ by a
 * few words, a short name by at most one in three. A name that fits two objectives equally is
 * not read.
 */
import {GCM_OBJECTIVES} from '../vocab/data/gcm-objectives.js'
import {objectiveWords, wordDistance} from './objective-match.js'

export type NameKind = 'statement' | 'short name' | 'icon label'

export interface ObjectiveName {
  number: number
  kind: NameKind
  /** The reference text it matched. */
  reference: string
  /** 0: the same words; up to the tolerance: that share of words differs; `prefix`: a statement cut short. */
  score: number
  prefix: boolean
}

interface Reference {
  number: number
  kind: NameKind
  text: string
  words: readonly string[]
}

const REFERENCES: readonly Reference[] = GCM_OBJECTIVES.flatMap((o) => [
  {number: o.number, kind: 'statement' as const, text: o.statement},
  {number: o.number, kind: 'statement' as const, text: o.statementEn},
  {number: o.number, kind: 'short name' as const, text: o.shortName},
  {number: o.number, kind: 'short name' as const, text: o.shortNameEn},
  ...(o.iconLabel ? [{number: o.number, kind: 'icon label' as const, text: o.iconLabel}] : []),
]).map((r) => ({...r, words: objectiveWords(r.text)}))

const TOLERANCE: Record<NameKind, number> = {'statement': 0.2, 'short name': 0.34, 'icon label': 0.34}
/** A statement cut short must keep at least this many words to be recognised. */
const MIN_PREFIX_WORDS = 3
const ELLIPSIS = /(?:…|\.{3})\s*$/

export function matchObjectiveName(text: string): ObjectiveName | null {
  const truncated = ELLIPSIS.test(text)
  const words = objectiveWords(text.replace(ELLIPSIS, ''))
  if (words.length === 0) return null
  let best: ObjectiveName | null = null
  let tie = false
  for (const ref of REFERENCES) {
    const found = compare(words, ref, truncated)
    if (!found) continue
    if (!best || found.score < best.score) { best = found; tie = false } else if (found.score === best.score && found.number !== best.number) tie = true
  }
  return tie ? null : best
}

function compare(words: readonly string[], ref: Reference, truncated: boolean): ObjectiveName | null {
  const base = {number: ref.number, kind: ref.kind, reference: ref.text}
  if (truncated && ref.kind === 'statement' && words.length >= MIN_PREFIX_WORDS && words.length < ref.words.length) {
    const head = ref.words.slice(0, words.length)
    const score = wordDistance(words, head) / words.length
    if (score <= TOLERANCE.statement) return {...base, score, prefix: true}
  }
  if (words[0] !== ref.words[0] && words.at(-1) !== ref.words.at(-1)) return null
  const longest = Math.max(words.length, ref.words.length)
  const tolerance = TOLERANCE[ref.kind]
  if (Math.abs(words.length - ref.words.length) > longest * tolerance) return null
  const score = wordDistance(words, ref.words) / longest
  return score <= tolerance ? {...base, score, prefix: false} : null
}
