/**
 * The catalogue label vocabulary (src/vocab/catalog-labels.ts) as label specs for the fuzzy
 * matcher, and what each printed spelling tells: its languages and whether it needs a colon.
 */
import type {LabelSpec} from '../../constructs/label-match.js'
import {fold} from '../../text/fold.js'
import {CATALOG_LABELS, CATALOG_METADATA, type CatalogLabelId} from '../../vocab/catalog-labels.js'
import type {LanguageId} from '../../vocab/languages.js'

export interface Spelling {
  languages: LanguageId[]
  /** Written with a trailing `:` in the vocabulary: a label only with its colon, tab or inline value. */
  needsColon: boolean
}

const LANGS = ['es', 'en', 'pt'] as const

export const LABEL_SPECS: ReadonlyArray<LabelSpec<CatalogLabelId>> = (Object.keys(CATALOG_LABELS) as CatalogLabelId[]).map((id) => ({
  id,
  variants: [...new Set(LANGS.flatMap((lang) => CATALOG_LABELS[id][lang] as readonly string[]))],
}))

const SPELLINGS: ReadonlyMap<string, Spelling> = (() => {
  const map = new Map<string, Spelling>()
  for (const id of Object.keys(CATALOG_LABELS) as CatalogLabelId[]) {
    for (const lang of LANGS) {
      for (const variant of CATALOG_LABELS[id][lang] as readonly string[]) {
        const known = map.get(variant)
        if (known) { if (!known.languages.includes(lang)) known.languages.push(lang) } else map.set(variant, {languages: [lang], needsColon: variant.endsWith(':')})
      }
    }
  }
  return map
})()

export function spellingOf(variant: string): Spelling {
  return SPELLINGS.get(variant) ?? {languages: [], needsColon: false}
}

/** The label as it is usually printed (first English spelling, without its colon), for messages. */
export function labelName(id: CatalogLabelId, language: LanguageId = 'en'): string {
  return (CATALOG_LABELS[id][language][0] as string).replace(/:$/, '')
}

export function isMetadataLabel(id: CatalogLabelId): boolean {
  return (CATALOG_METADATA as readonly string[]).includes(id)
}

/** Spellings long enough to be recognised glued to their value (`Country of implementationColombia`). */
export const GLUED_MIN_LENGTH = 12

export interface GluableSpelling {
  id: CatalogLabelId
  variant: string
  folded: string
}

/**
 * Spellings that may be glued to their value, longest first (so `Type of pledge (please select)`
 * wins over `Type of pledge`). Short ones only where a lower-case letter meets a capital
 * (`PaísColombia`), which ordinary text does not write.
 */
export const GLUABLE: readonly GluableSpelling[] = LABEL_SPECS
  .flatMap((spec) => spec.variants.map((variant) => ({id: spec.id, variant, folded: fold(variant).replace(/:$/, '')})))
  .filter((s) => s.folded.length >= 3)
  .sort((a, b) => b.folded.length - a.folded.length)

/** Labels that hold one short value: what follows the value on later lines is not theirs. */
export const ONE_VALUE: ReadonlySet<CatalogLabelId> = new Set(['published', 'submission', 'contact', 'mayor', 'population', 'delegation', 'otherCountry', 'admin1', 'startDate', 'endDate', 'sourceUrl'])

/** Labels whose value may follow on the same line after a space when it starts with a digit: `Fechas 2019 - Presente`, `ODS 10.7`. */
export const NUMBER_VALUE_LABELS: ReadonlySet<CatalogLabelId> = new Set(['dates', 'startDate', 'endDate', 'duration', 'pmmObjectives', 'sdgTargets', 'published'])
