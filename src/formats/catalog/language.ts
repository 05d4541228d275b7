/**
 * The language of a page: the one most of its labels are written in (`Tipo de práctica` es,
 * `Type of practice` en, `Público-alvo` pt; a spelling shared by two languages counts half for
 * each); when the labels do not tell, the one whose function words its text uses most.
 */
import {LANGUAGE_WORDS} from '../../vocab/catalog-labels.js'
import {LANGUAGE_IDS, type LanguageId} from '../../vocab/languages.js'
import {fold} from '../../text/fold.js'
import {spellingOf} from './labels.js'

/** The text must use at least this many function words for its language to be told from them. */
const MIN_WORDS = 5

export function pageLanguage(variants: readonly string[], text: string): LanguageId | null {
  const votes: Record<LanguageId, number> = {es: 0, en: 0, pt: 0}
  for (const variant of variants) {
    const {languages} = spellingOf(variant)
    for (const lang of languages) votes[lang] += 1 / languages.length
  }
  return winner(votes) ?? textLanguage(text)
}

function textLanguage(text: string): LanguageId | null {
  const counts: Record<LanguageId, number> = {es: 0, en: 0, pt: 0}
  const sets = Object.fromEntries(LANGUAGE_IDS.map((l) => [l, new Set<string>(LANGUAGE_WORDS[l])])) as Record<LanguageId, Set<string>>
  let total = 0
  for (const word of fold(text).split(/[^a-z]+/)) {
    for (const lang of LANGUAGE_IDS) if (sets[lang].has(word)) { counts[lang]++; total++ }
  }
  return total >= MIN_WORDS ? winner(counts) : null
}

function winner(scores: Record<LanguageId, number>): LanguageId | null {
  const ranked = [...LANGUAGE_IDS].sort((a, b) => scores[b] - scores[a])
  return scores[ranked[0]!] > 0 && scores[ranked[0]!] > scores[ranked[1]!] ? ranked[0]! : null
}
