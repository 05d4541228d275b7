/**
 * Matches a line against known labels: case- and accent-insensitive, ignoring a trailing colon
 * or tab, and tolerating small typos (Levenshtein distance on the folded text, scaled to length).
 *
 *   `Descripcién`   → `descripcion` (fuzzy, distance 1)
 *   `CATEGORIA:\t`  → `categoria`   (exact after folding)
 */
import {distance} from 'fastest-levenshtein'
import {fold} from '../text/fold.js'

export interface LabelSpec<Id extends string = string> {
  id: Id
  /** Spellings as printed, e.g. `Breve descripción`; any of them may match. */
  variants: readonly string[]
}

export interface LabelMatch<Id extends string = string> {
  id: Id
  /** The variant that matched, as printed in the spec. */
  variant: string
  /** 0 for an exact match after folding. */
  distance: number
}

/** Folds a label candidate: no accents, lower case, no trailing `:`/tab/space, no bullet marks. */
export function foldLabel(text: string): string {
  return fold(text.replace(/^[\s\-*•·]+/, '').replace(/[\s:.\-–]+$/, ''))
}

/** Edit distance allowed for a label of `length` folded characters. */
export function allowedDistance(length: number): number {
  return length < 5 ? 0 : length < 10 ? 1 : length < 20 ? 2 : 3
}

/** Best match of `text` among `labels`, or `null`. Exact folded matches win over fuzzy ones. */
export function matchLabel<Id extends string>(text: string, labels: ReadonlyArray<LabelSpec<Id>>, maxDistance?: number): LabelMatch<Id> | null {
  const candidate = foldLabel(text)
  if (!candidate) return null
  let best: LabelMatch<Id> | null = null
  for (const label of labels) {
    for (const variant of label.variants) {
      const target = foldLabel(variant)
      if (Math.abs(target.length - candidate.length) > (maxDistance ?? allowedDistance(target.length))) continue
      const d = target === candidate ? 0 : distance(target, candidate)
      const limit = maxDistance ?? allowedDistance(target.length)
      if (d <= limit && (!best || d < best.distance)) best = {id: label.id, variant, distance: d}
      if (d === 0) return best
    }
  }
  return best
}

/** The `n` nearest strings to `text` among `options` by folded edit distance, nearest first. */
export function nearest(text: string, options: readonly string[], n = 3): string[] {
  const candidate = fold(text)
  return options
    .map((option) => ({option, d: distance(candidate, fold(option))}))
    .sort((a, b) => a.d - b.d || a.option.localeCompare(b.option))
    .slice(0, n)
    .map((x) => x.option)
}
