/**
 * GCM guiding principles by their Spanish or English name (Hub labels), or their id:
 *
 *   People-centred (738); International cooperation (739)   → people-centred, international-cooperation
 *   Centrado en las personas · Enfoque pansocial             → people-centred, whole-of-society
 *   (a) People-centred · Gender responsive                   → people-centred, gender-responsive
 */
import {matchLabel, type LabelSpec} from '../../constructs/label-match.js'
import {GCM_PRINCIPLES} from '../../vocab/data/gcm-principles.js'
import type {GuidingPrincipleId} from '../../vocab/guiding-principles.js'
import {withoutEnding} from '../../text/trim.js'
import {splitItems, type Item} from './items.js'

export interface PrinciplesReading {
  principles: Array<{id: GuidingPrincipleId; item: Item}>
  unknown: Item[]
  /** Names read with a typo or another spelling (`Centrado en las personas`). */
  fuzzy: Array<{item: Item; expected: string}>
}

const SPECS: ReadonlyArray<LabelSpec<GuidingPrincipleId>> = GCM_PRINCIPLES.map((p) => ({
  id: p.id,
  variants: [p.label, p.labelEn, p.id, p.labelEn.replace(/-/g, ' ')],
}))

/** `(738)` after a name (a site's term id); `(a)`, `a)`, `a.` before it (the letter of paragraph 15). */
const TERM_ID = /\(\d+\)$/
const LETTER = /^\(?[a-j][.)]\s+/i

export function readPrinciples(items: readonly Item[]): PrinciplesReading {
  const out: PrinciplesReading = {principles: [], unknown: [], fuzzy: []}
  for (const piece of splitItems(items, /\s*[;,]\s*/g)) {
    const name = withoutEnding(piece.text, TERM_ID, true).replace(LETTER, '')
    const match = matchLabel(name, SPECS)
    if (!match) { out.unknown.push(piece); continue }
    if (match.distance > 0) out.fuzzy.push({item: piece, expected: match.variant})
    if (!out.principles.some((p) => p.id === match.id)) out.principles.push({id: match.id, item: piece})
  }
  return out
}
