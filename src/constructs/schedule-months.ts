/**
 * Months a schedule text names, and whether they agree with the month table's marks.
 *
 *   Cada sábado del mes, de abril a noviembre.                  → 4–11 (range)
 *   Septiembre, octubre y noviembre de cada año.                 → 9, 10, 11 (list)
 *   Febrero a marzo 2022: … Febrero a diciembre 2022: … Julio a diciembre 2022 → 2–12 (union)
 *   entre los meses de abril y noviembre                         → 4–11 (`entre … y` is a range)
 *
 * A range that runs past December wraps (`noviembre a febrero` → 11, 12, 1, 2).
 * `compareScheduleMonths` is the check "schedule text agrees with month marks" that the
 * ficha parser and the validate rules share.
 */
import {fold} from '../text/fold.js'
import {MONTHS} from '../vocab/months.js'
import {MONTH_BETWEEN_CUES, MONTH_RANGE_CONNECTORS} from '../vocab/phrases.js'
import {escapeRegExp} from '../text/regexp.js'

/** Full month names only: abbreviations (`mar`, `set`) are ordinary words in free text. */
const NAMES = new Map<string, number>([...MONTHS.map((m, i) => [fold(m), i + 1] as const), ['setiembre', 9]])
const MONTH_WORD = new RegExp(`(?<![\\p{L}])(${[...NAMES.keys()].join('|')})(?![\\p{L}])`, 'gu')
const RANGE_BETWEEN = new RegExp(`^\\s*(?:${MONTH_RANGE_CONNECTORS.map(escapeRegExp).join('|')})\\s*$`)
const BETWEEN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTH_BETWEEN_CUES.map(escapeRegExp).join('|')})\\s+$`, 'u')
const AND = /^\s*(?:y|e)\s*$/

/** The months `text` names, ascending, without repeats. */
export function monthsNamedIn(text: string): number[] {
  const folded = fold(text)
  const tokens: Array<{month: number; start: number; end: number}> = []
  // `exec` on the shared pattern: `matchAll` would copy it on every call.
  MONTH_WORD.lastIndex = 0
  for (let m = MONTH_WORD.exec(folded); m; m = MONTH_WORD.exec(folded)) {
    tokens.push({month: NAMES.get(m[1]!)!, start: m.index, end: m.index + m[0].length})
  }
  const months = new Set<number>()
  for (let i = 0; i < tokens.length; i++) {
    const here = tokens[i]!
    const next = tokens[i + 1]
    months.add(here.month)
    if (!next) continue
    const between = folded.slice(here.end, next.start)
    const isRange = RANGE_BETWEEN.test(between) || (AND.test(between) && BETWEEN_BEFORE.test(folded.slice(Math.max(0, here.start - 30), here.start)))
    if (isRange) for (const m of monthRange(here.month, next.month)) months.add(m)
  }
  return [...months].sort((a, b) => a - b)
}

/** `from`..`to` inclusive, wrapping past December. */
export function monthRange(from: number, to: number): number[] {
  const out: number[] = []
  for (let m = from; ; m = (m % 12) + 1) {
    out.push(m)
    if (m === to || out.length === 12) return out
  }
}

export interface MonthAgreement {
  agrees: boolean
  /** Months the text names. */
  named: number[]
  /** Months the table marks. */
  marked: number[]
  /** Named in the text but not marked. */
  missing: number[]
  /** Marked but not named in the text. */
  extra: number[]
}

/** Compares a schedule text with marked months; `null` when the text names no month (nothing to check). */
export function compareScheduleMonths(text: string, marked: readonly number[]): MonthAgreement | null {
  const named = monthsNamedIn(text)
  if (named.length === 0) return null
  const markedSet = new Set(marked)
  const namedSet = new Set(named)
  const missing = named.filter((m) => !markedSet.has(m))
  const extra = [...markedSet].filter((m) => !namedSet.has(m)).sort((a, b) => a - b)
  return {agrees: missing.length === 0 && extra.length === 0, named, marked: [...markedSet].sort((a, b) => a - b), missing, extra}
}

/** Months as short text, runs collapsed: `[4..11]` → `abril–noviembre`, `[2, 3, 7]` → `febrero–marzo, julio`. */
export function formatMonths(months: readonly number[]): string {
  if (months.length === 0) return 'none'
  const name = (m: number) => MONTHS[m - 1]!.toLowerCase()
  const runs: Array<[number, number]> = []
  for (const m of [...months].sort((a, b) => a - b)) {
    const last = runs.at(-1)
    if (last && m === last[1] + 1) last[1] = m
    else runs.push([m, m])
  }
  return runs.map(([a, b]) => (a === b ? name(a) : b === a + 1 ? `${name(a)}, ${name(b)}` : `${name(a)}–${name(b)}`)).join(', ')
}
