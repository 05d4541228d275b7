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
/** The longest marker: a longer word is none, and is not cut out of the text to be looked up. */
const LONGEST = Math.max(...[...SPANISH_MARKERS, ...PORTUGUESE_MARKERS].map((w) => w.length))

export function detectLanguage(text: string): Language {
  const folded = foldSameLength(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text)
  let es = 0, pt = 0
  // The words are the runs of `a`–`z` (`/[a-z]+/g`), found by scanning: a match array per word
  // was most of what reading a news release allocated.
  for (let i = 0; i < folded.length;) {
    if (!isLower(folded.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < folded.length && isLower(folded.charCodeAt(i))) i++
    if (i - start > LONGEST) continue
    const word = folded.slice(start, i)
    if (SPANISH_MARKERS.has(word)) es++
    else if (PORTUGUESE_MARKERS.has(word)) pt++
  }
  return pt > es ? 'pt' : 'es'
}

const isLower = (code: number) => code >= 97 && code <= 122
