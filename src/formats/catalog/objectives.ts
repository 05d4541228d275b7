/**
 * The GCM objectives under an objectives label, however the page copied them:
 *
 *   16 · 16 17 23 · 7, 15, 16                        → bare numbers (icons copied as their numbers)
 *   16 - Inclusión y cohesión social                 → number, then a name that must agree with it
 *   Objective 2: Minimize the adverse drivers …      → `Objective N`, `Objetivo N`, `GCM N`
 *   7. Address and reduce vulnerabilities in migration; 15. Provide access to basic services for migrants
 *   Empower migrants and societies…                  → a name alone (statement, Hub short name, icon label)
 *   10.7 Facilitate orderly …                        → an SDG target, never objective 10
 */
import {matchObjectiveName} from '../../constructs/objective-names.js'
import {splitItems, type Item} from './items.js'

export interface ObjectivesReading {
  /** Each objective once, in the order printed, with the item that gave it. */
  objectives: Array<{number: number; item: Item}>
  /** SDG targets printed among the objectives. */
  sdgTargets: Array<{target: string; item: Item}>
  /** A number whose printed name is another objective's: the number is kept. */
  mismatches: Array<{item: Item; number: number; named: number}>
  unknown: Item[]
}

const NUMBERS = /^\d{1,2}(?:\s*[,/y&]\s*|\s+)\d{1,2}(?:(?:\s*[,/y&]\s*|\s+)\d{1,2})*$/
export const SDG_TARGET_START = /^(?:(?:sdg|ods|meta|target)\s*)?(\d{1,2})\.(\d{1,2}|[a-d])(?![\d])/i
const NUMBERED = /^(?:(?:gcm|pmm|objectives?|objetivos?|obj\.?)\s*(?:n[°º.]?\s*)?)?#?(\d{1,2})(?![\d]|[.,]\d)\s*(?:[-–—:.)]\s*)?(.*)$/i
const COUNT = 23
const YEAR = /\b(?:19|20)\d\d\b/

export function readObjectives(items: readonly Item[]): ObjectivesReading {
  const out: ObjectivesReading = {objectives: [], sdgTargets: [], mismatches: [], unknown: []}
  const add = (number: number, item: Item) => { if (!out.objectives.some((o) => o.number === number)) out.objectives.push({number, item}) }
  for (const piece of splitItems(items, /\s*;\s*/g)) {
    if (NUMBERS.test(piece.text)) {
      for (const part of splitItems([piece], /\s*[,/y&]\s*|\s+/g)) {
        const n = Number(part.text)
        if (n >= 1 && n <= COUNT) add(n, part)
        else out.unknown.push(part)
      }
      continue
    }
    const sdg = SDG_TARGET_START.exec(piece.text)
    if (sdg) {
      out.sdgTargets.push({target: `${Number(sdg[1])}.${sdg[2]!.toLowerCase()}`, item: piece})
      continue
    }
    const numbered = NUMBERED.exec(piece.text)
    if (numbered) {
      const n = Number(numbered[1])
      // `12 May 2023` is a date, not objective 12.
      if (n >= 1 && n <= COUNT && !YEAR.test(numbered[2]!)) {
        const name = numbered[2]!.trim()
        const named = name ? matchObjectiveName(name) : null
        if (named && named.number !== n) out.mismatches.push({item: piece, number: n, named: named.number})
        add(n, piece)
        continue
      }
    }
    const named = matchObjectiveName(piece.text)
    if (named) { add(named.number, piece); continue }
    // Names separated by commas: taken only when every part is a name.
    const parts = piece.text.includes(',') ? splitItems([piece], /\s*,\s*/g) : []
    const matched = parts.map((p) => matchObjectiveName(p.text))
    if (parts.length > 1 && matched.every((m) => m !== null)) {
      parts.forEach((p, i) => add(matched[i]!.number, p))
      continue
    }
    out.unknown.push(piece)
  }
  return out
}
