/**
 * Spanish or Portuguese: counts short function words that only one of them uses.
 *
 *   `A iniciativa reúne 81 municípios em 10 países da América Latina`   → pt (a? no: `em`, `da`)
 *   `La iniciativa reúne a 69 integrantes en la región`                 → es (`la`, `en`)
 *
 * Ties and texts without such words read as Spanish, the language of most documents.
 */
import {PORTUGUESE_MARKERS, SPANISH_MARKERS} from '../vocab/language-words.js'
import type {Language} from '../vocab/number-words.js'
import {foldSameLength} from './spanish-numbers.js'

/** Characters read: enough for a verdict, flat for long documents. */
const SAMPLE_CHARS = 20_000
const WORD = /[a-z]+/g

export function detectLanguage(text: string): Language {
  const folded = foldSameLength(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text)
  let es = 0, pt = 0
  // `exec` on the shared pattern (never re-entered here): `matchAll` would copy it on every call.
  WORD.lastIndex = 0
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const word = m[0]
    if (SPANISH_MARKERS.has(word)) es++
    else if (PORTUGUESE_MARKERS.has(word)) pt++
  }
  return pt > es ? 'pt' : 'es'
}
