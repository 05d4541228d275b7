/**
 * The good-practice criteria named in a paragraph → `metadata.practiceCriteria`.
 *
 *   … deben reunir una serie de criterios específicos: aplicabilidad; relevancia; …; y calendarización, que son …
 *                                                      ^ one criterion per `;`, matched to the hub criteria
 */
import {matchLabel} from '../../constructs/label-match.js'
import {fold} from '../../text/fold.js'
import {HUB_CRITERIA} from '../../vocab/data/hub-criteria.js'
import {PMM_CRITERIA_CUE} from '../../vocab/pmm.js'
import type {LineText} from './cover.js'

export interface Criterion {
  line: number
  /** As printed. */
  text: string
  /** The Migration Network Hub criterion it names, or null. */
  term: string | null
  label: string | null
}

const SPECS = HUB_CRITERIA.map((c) => ({id: c.term, variants: [c.term, c.term.replace(/\s*\([^)]*\)/g, ''), c.term.replace(/[()]/g, '')]}))

/** Criteria listed in the first paragraph that names them, or []. */
export function readCriteria(paragraphs: readonly LineText[]): Criterion[] {
  for (const {line, text} of paragraphs) {
    // The cue ends in a colon, which folding keeps: a paragraph without one is not folded.
    if (!text.includes(':')) continue
    const cue = PMM_CRITERIA_CUE.exec(fold(text))
    if (!cue) continue
    const colon = indexAfterCue(text)
    if (colon < 0) continue
    const list = text.slice(colon + 1).split(/[.]\s|, que |, los cuales |, las cuales /)[0]!
    return list.split(/;/).map((part) => part.trim().replace(/^(?:y|e)\s+/i, '').replace(/[.,]$/, '').trim()).filter(Boolean).map((item) => {
      const match = matchLabel(item, SPECS, 2)
      const criterion = HUB_CRITERIA.find((c) => c.term === match?.id)
      return {line, text: item, term: criterion?.term ?? null, label: criterion?.label || null}
    })
  }
  return []
}

/** Index of the colon after `criterios` in the original text. */
function indexAfterCue(text: string): number {
  const at = text.search(/criterios/i)
  return at < 0 ? -1 : text.indexOf(':', at)
}
