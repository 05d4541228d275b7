/**
 * Sustainable Development Goal targets (`10.7`) and, where only goals are given, goals:
 *
 *   10.7 Facilitate orderly, safe, regular and responsible migration …   → target 10.7
 *   Meta 8.8 · SDG 10.c · 10.7, 17.18                                     → targets 8.8 · 10.c · 10.7, 17.18
 *   Goal 10: Reduced inequalities · ODS 10 · 16                            → goal 10 · goal 10 · goal 16
 *   Reducción de las desigualdades                                        → goal 10 (an icon's name)
 */
import {matchLabel, type LabelSpec} from '../../constructs/label-match.js'
import {SDG_GOALS} from '../../vocab/sdg-goals.js'
import {splitItems, type Item} from './items.js'

export interface SdgReading {
  targets: Array<{target: string; item: Item}>
  goals: Array<{goal: number; item: Item}>
  unknown: Item[]
}

const TARGET = /(?<![\d.])(\d{1,2})\.(\d{1,2}|[a-d])(?![\d\p{L}])/giu
const GOAL = /^(?:(?:goal|objetivo|objective|ods|sdg|meta)\s*(?:n[°º.]?\s*)?)?(\d{1,2})(?![\d.])\b/i
const GOALS = 17
const GOAL_NAMES: ReadonlyArray<LabelSpec<string>> = SDG_GOALS.map((g) => ({id: String(g.goal), variants: [g.es, g.en, g.pt]}))

export function readSdg(items: readonly Item[]): SdgReading {
  const out: SdgReading = {targets: [], goals: [], unknown: []}
  for (const piece of splitItems(items, /\s*;\s*/g)) {
    const targets = [...piece.text.matchAll(TARGET)]
      .map((m) => ({goal: Number(m[1]), target: `${Number(m[1])}.${m[2]!.toLowerCase()}`}))
      .filter((t) => t.goal >= 1 && t.goal <= GOALS)
    if (targets.length > 0) {
      for (const t of targets) if (!out.targets.some((x) => x.target === t.target)) out.targets.push({target: t.target, item: piece})
      continue
    }
    const goals = /^\d{1,2}(?:[\s,]+\d{1,2})+$/.test(piece.text) ? piece.text.split(/[\s,]+/) : [piece.text]
    const read = goals.map((g) => Number(GOAL.exec(g)?.[1] ?? NaN))
    if (read.every((g) => g >= 1 && g <= GOALS)) {
      for (const goal of read) if (!out.goals.some((x) => x.goal === goal)) out.goals.push({goal, item: piece})
      continue
    }
    const named = matchLabel(piece.text.replace(/^(?:goal|objetivo|ods|sdg)\s*\d{1,2}\s*[:.-]?\s*/i, ''), GOAL_NAMES)
    if (named) {
      const goal = Number(named.id)
      if (!out.goals.some((x) => x.goal === goal)) out.goals.push({goal, item: piece})
      continue
    }
    out.unknown.push(piece)
  }
  return out
}
