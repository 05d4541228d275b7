/**
 * Labelled values: a section heading, or a list item that starts with a label.
 *
 *   - **Código:** 13201          ← strong label, colon inside or after the `**`
 *   - Región: Metropolitana      ← a person may also write the label without bold
 *     ^^^^^^
 *
 * Labels match case- and accent-insensitively; a near miss (`Regíon`) is a repair, reported as
 * `label/fuzzy-match` info and refused under `--no-repair`.
 */
import type {ListItem, Paragraph, PhrasingContent} from 'mdast'
import {distance} from 'fastest-levenshtein'
import {foldLabel, matchLabel, type LabelMatch, type LabelSpec} from '../../constructs/label-match.js'
import type {Place} from '../../diagnostics/diagnostic.js'
import type {RuleId} from '../../diagnostics/rules.js'
import type {ParseContext} from '../context.js'
import {inlineText, isPlaceholder} from './fragment.js'

/**
 * Matches `text` against `specs`, reporting fuzzy matches under `rule` (a value such as a
 * category has its own, with the spelling read as suggestion); `null` when unknown.
 */
export function matchKnown<Id extends string>(ctx: ParseContext, text: string, specs: ReadonlyArray<LabelSpec<Id>>, place: Place, rule: FuzzyRule = 'label/fuzzy-match'): Id | null {
  const match = rememberedMatch(text, specs)
  if (!match) return null
  if (match.distance > 0) {
    if (!ctx.options.repair) return null
    const noun = rule === 'category/fuzzy-match' ? 'category' : rule === 'sello-lines/fuzzy-match' ? 'Sello line' : 'label'
    ctx.messages.report(rule, `Unexpected ${noun} \`${text.trim()}\`, expected \`${match.variant}\``, place,
      {actual: text.trim(), expected: match.variant, ...(rule === 'label/fuzzy-match' ? {} : {suggestion: match.variant})})
  }
  return match.id
}

/** The rule of a near miss: a label, or a value read from a vocabulary. */
export type FuzzyRule = Extract<RuleId, 'label/fuzzy-match' | 'category/fuzzy-match' | 'sello-lines/fuzzy-match'>

/** Most label texts remembered per list of specs; sheets repeat the same few labels. */
const MAX_REMEMBERED = 4096
const remembered = new WeakMap<object, Map<string, LabelMatch | null>>()

/** `matchLabel`, remembered: it folds every variant on each call, and labels repeat verbatim. */
function rememberedMatch<Id extends string>(text: string, specs: ReadonlyArray<LabelSpec<Id>>): LabelMatch<Id> | null {
  let known = remembered.get(specs)
  if (!known) remembered.set(specs, (known = new Map()))
  let match = known.get(text) as LabelMatch<Id> | null | undefined
  if (match === undefined) {
    if (known.size >= MAX_REMEMBERED) known.clear()
    match = matchLabel(text, specs)
    known.set(text, match)
  }
  return match
}

export interface Labelled<Id extends string> {
  id: Id
  /** The value after the label (phrasing content). */
  value: PhrasingContent[]
  /** True when the value is the `_Sin información_` placeholder or empty. */
  absent: boolean
}

const PLAIN_LABEL = /^([^:\n]{1,60}):[ \t]*/

/**
 * Splits `**Label:** value` (or, unless `strongOnly`, `Label: value`) off the start of a
 * paragraph.
 */
export function labelled<Id extends string>(ctx: ParseContext, paragraph: Paragraph, specs: ReadonlyArray<LabelSpec<Id>>, place: Place, strongOnly = false, rule: FuzzyRule = 'label/fuzzy-match'): Labelled<Id> | null {
  const [first, ...rest] = paragraph.children
  if (!first) return null
  let name: string
  let value: PhrasingContent[]
  if (first.type === 'strong') {
    name = inlineText(first.children).replace(/:\s*$/, '')
    value = trimStart(rest, true)
  } else if (!strongOnly && first.type === 'text' && PLAIN_LABEL.test(first.value)) {
    const m = PLAIN_LABEL.exec(first.value)!
    name = m[1]!
    value = trimStart([{...first, value: first.value.slice(m[0].length)}, ...rest], false)
  } else {
    return null
  }
  const id = matchKnown(ctx, name, specs, place, rule)
  if (!id) return null
  const absent = value.length === 0 || !inlineText(value).trim() || isPlaceholder(value)
  return {id, value, absent}
}

/** The first paragraph of a list item, if it starts the item. */
export function firstParagraph(item: ListItem): Paragraph | null {
  const first = item.children[0]
  return first?.type === 'paragraph' ? first : null
}

/**
 * Drops the `:` after a strong label and the one space that separates the value (a value that
 * itself starts with spaces keeps them).
 */
function trimStart(nodes: PhrasingContent[], colon: boolean): PhrasingContent[] {
  const out = [...nodes]
  const head = out[0]
  if (head?.type === 'text') {
    const value = head.value.replace(colon ? /^:?[ \t]?/ : /^[ \t]*/, '')
    if (value) out[0] = {...head, value}
    else out.shift()
  }
  return out
}

/**
 * The label a misspelt or reworded one most likely means, for "did you mean": most words in
 * common (allowing a typo or two per word), then the smallest edit distance.
 * `Financiamento del proyecto` → `Forma de financiamiento`.
 */
export function suggestLabel(text: string, specs: ReadonlyArray<LabelSpec>): string | undefined {
  const words = (s: string) => foldLabel(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 4)
  const wanted = words(text)
  let best: {label: string; shared: number; d: number} | undefined
  for (const spec of specs) {
    for (const variant of spec.variants) {
      const shared = words(variant).filter((w) => wanted.some((x) => distance(w, x) <= (w.length >= 8 ? 2 : 1))).length
      const d = distance(foldLabel(variant), foldLabel(text))
      if (!best || shared > best.shared || (shared === best.shared && d < best.d)) best = {label: spec.variants[0]!, shared, d}
    }
  }
  return best?.label
}
