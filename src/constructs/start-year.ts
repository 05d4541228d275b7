/**
 * The year a practice started, from its schedule text, else from its description.
 *
 *   2015: se gesta la idea … 2019: Se formaliza la cooperativa.   → 2015 (earliest year)
 *   Inicia el año 2022. Se realizan dos programas al año …        → 2022
 *   En el mes de noviembre de manera anual, desde el 2022.        → 2022
 *                                                 ^ cue + year
 *
 * In the schedule (the implementation dates) every year counts except one that closes a
 * period ("hasta el 2025"); the earliest wins. In the description only a year after a start
 * cue counts ("Desde el año 2021", "El año 2018, …"), so counts and later milestones do not.
 * `null` when no year is stated: nothing is guessed.
 */
import {fold} from '../text/fold.js'
import {END_YEAR_CUES, START_YEAR_CUES, YEAR_FILLERS} from '../vocab/phrases.js'
import {escapeRegExp} from '../text/regexp.js'

export interface StartYear {
  year: number
  from: 'schedule' | 'description'
  /** The year as printed, to locate it in the source. */
  match: string
}

const YEAR = /(?<![\d.,])((?:19|20)\d\d)(?![\d]|[.,]\d)/g
const alternatives = (words: readonly string[]) => words.map(escapeRegExp).join('|')
const FILLER = String.raw`(?:(?:${alternatives(YEAR_FILLERS)})\s+){0,3}`
/** Cue words right before a year: tested on the few words before each year only. */
const CUED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternatives(START_YEAR_CUES)})\s+${FILLER}$`, 'u')
const ENDED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternatives(END_YEAR_CUES)})\s+${FILLER}$`, 'u')
/** Enough text before a year for the longest cue and its fillers. */
const WINDOW = 48

/** Years printed in `text` (folded), each with the few words before it. */
function years(text: string): Array<{year: number; before: string}> {
  if (!/\d/.test(text)) return []
  const folded = fold(text)
  const found: Array<{year: number; before: string}> = []
  // `exec` on the shared pattern: `matchAll` would copy it on every call.
  YEAR.lastIndex = 0
  for (let m = YEAR.exec(folded); m; m = YEAR.exec(folded)) {
    const from = Math.max(0, m.index - WINDOW)
    // A window cut inside a word starts after that word, so `…asumen el año` is not `en el año`.
    const before = folded.slice(from, m.index)
    found.push({year: Number(m[1]), before: from === 0 ? before : before.slice(before.indexOf(' ') + 1)})
  }
  return found
}

const ascendingUnique = (list: number[]) => [...new Set(list)].sort((a, b) => a - b)

/** Every year printed in `text` except those closing a period, ascending. */
export function scheduleYears(text: string): number[] {
  return ascendingUnique(years(text).filter((y) => !ENDED.test(y.before)).map((y) => y.year))
}

/** Years that follow a start cue in `text`, ascending. */
export function cuedYears(text: string): number[] {
  return ascendingUnique(years(text).filter((y) => CUED.test(y.before)).map((y) => y.year))
}

/** The start year from the schedule text, else from the description, else `null`. */
export function findStartYear(schedule: string | null, description: string | null): StartYear | null {
  const fromSchedule = schedule ? scheduleYears(schedule)[0] : undefined
  if (fromSchedule !== undefined) return {year: fromSchedule, from: 'schedule', match: String(fromSchedule)}
  const fromDescription = description ? cuedYears(description)[0] : undefined
  if (fromDescription !== undefined) return {year: fromDescription, from: 'description', match: String(fromDescription)}
  return null
}
