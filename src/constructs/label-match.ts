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

const LEADING = /[\s\-*•·]/
const TRAILING = /[\s:.\-–]/

/** Folds a label candidate: no accents, lower case, no trailing `:`/tab/space, no bullet marks. */
export function foldLabel(text: string): string {
  // Leading bullets, then trailing punctuation, are cut by walking in from each end: an
  // unanchored `[…]+$` would be tried at every position of the line.
  let start = 0, end = text.length
  while (start < end && LEADING.test(text.charAt(start))) start++
  while (end > start && TRAILING.test(text.charAt(end - 1))) end--
  return fold(start === 0 && end === text.length ? text : text.slice(start, end))
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

interface FoldedVariant<Id extends string> {
  id: Id
  variant: string
  folded: string
  limit: number
}

interface FoldedSpecs<Id extends string> {
  exact: Map<string, FoldedVariant<Id>>
  list: Array<FoldedVariant<Id>>
  /** Longest folded variant: a much longer line is a sentence, not a label (checked before folding). */
  longest: number
  /**
   * Lines already found to be labels, as printed: a document repeats its labels verbatim on
   * every sheet, so they are folded once. Other lines are not kept (they rarely repeat).
   */
  seen: Map<string, LabelMatch<Id>>
}

const MAX_SEEN_LABELS = 1024
const foldedSpecs = new WeakMap<object, FoldedSpecs<string>>()

function foldSpecs<Id extends string>(specs: ReadonlyArray<LabelSpec<Id>>): FoldedSpecs<Id> {
  let folded = foldedSpecs.get(specs) as FoldedSpecs<Id> | undefined
  if (!folded) {
    const list = specs.flatMap((s) => s.variants.map((variant) => {
      const f = foldLabel(variant)
      return {id: s.id, variant, folded: f, limit: allowedDistance(f.length)}
    }))
    const exact = new Map<string, FoldedVariant<Id>>()
    for (const v of list) if (!exact.has(v.folded)) exact.set(v.folded, v)
    folded = {exact, list, longest: Math.max(...list.map((v) => v.folded.length)), seen: new Map()}
    foldedSpecs.set(specs, folded as FoldedSpecs<string>)
  }
  return folded
}

/**
 * `matchLabel` for hot paths (section labels are tried on every line): variants are folded
 * once, an exact folded match is a map lookup, and a typo is looked for only in a candidate
 * that keeps the first or the last two letters of a variant (`Breve descripcin`,
 * `GRUPO PRIORITARO`), which real typos and OCR damage do.
 */
export function matchLabelCached<Id extends string>(text: string, specs: ReadonlyArray<LabelSpec<Id>>): LabelMatch<Id> | null {
  const folded = foldSpecs(specs)
  // Folding only shortens a line by its extra white space and trailing punctuation: allow half again.
  if (text.length > folded.longest * 1.5 + 10) return null
  const seen = folded.seen.get(text)
  if (seen) return {id: seen.id, variant: seen.variant, distance: seen.distance}
  const match = matchFolded(text, folded)
  if (match) {
    if (folded.seen.size >= MAX_SEEN_LABELS) folded.seen.clear()
    // A copy: the line may be a slice of the whole document, which the key would keep alive.
    folded.seen.set(structuredClone(text), {id: match.id, variant: match.variant, distance: match.distance})
  }
  return match
}

function matchFolded<Id extends string>(text: string, folded: FoldedSpecs<Id>): LabelMatch<Id> | null {
  const candidate = foldLabel(text)
  if (!candidate) return null
  const exact = folded.exact.get(candidate)
  if (exact) return {id: exact.id, variant: exact.variant, distance: 0}
  const head = candidate.slice(0, 2), tail = candidate.slice(-2)
  let best: LabelMatch<Id> | null = null
  for (const v of folded.list) {
    if (Math.abs(v.folded.length - candidate.length) > v.limit) continue
    if (!v.folded.startsWith(head) && !v.folded.endsWith(tail)) continue
    const d = distance(v.folded, candidate)
    if (d <= v.limit && (!best || d < best.distance)) best = {id: v.id, variant: v.variant, distance: d}
  }
  return best
}
