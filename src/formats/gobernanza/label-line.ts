/**
 * Finds a template label at the start of one line, tolerating OCR damage: the words before the
 * value are folded (no accents, no case, letters and digits only) and compared with every
 * spelling by edit distance.
 *
 *   Ao de inicio 2014                 → startYear, full, distance 1, value `2014`
 *   Principal (23) Formar mediadores  → head of objectives/activities, value `Formar …`
 *   (es) responsable (s) Fundacién …  → tail of responsible, value `Fundacién …`
 *   Medio de verificacién 1:certificados de …  → verification 1
 */
import {distance} from 'fastest-levenshtein'
import {allowedDistance} from '../../constructs/label-match.js'
import {fold} from '../../text/fold.js'
import {contentStart, wordEnd} from '../../text/trim.js'
import {PAIR_LABELS, TEMPLATE_LABELS, type LabelField} from './labels.js'

export type LabelPart = 'full' | 'head' | 'tail'

export interface LabelHit {
  /** Every field this spelling may belong to (a `Principal(es)` head: objectives or activities). */
  fields: LabelField[]
  part: LabelPart
  /** Label as printed, with its columns (0-based, end exclusive). */
  start: number
  end: number
  printed: string
  /** The spelling it matched. */
  variant: string
  distance: number
}

export interface PairHit {
  which: keyof typeof PAIR_LABELS
  n: number | null
  printed: string
  start: number
  /** Where the value starts (0-based). */
  valueStart: number
  distance: number
}

const FOLDED = new Map([...'áéíóúüñÁÉÍÓÚÜÑ'].map((ch) => [ch, fold(ch)]))

const PLAIN = /^[a-z0-9]*$/
const ASCII = /^[\x00-\x7f]*$/
const NOT_PLAIN = /[^a-z0-9]/g

/** Folded letters and digits only: `Principal (es)` → `principales`. ASCII on a fast path. */
function compact(text: string): string {
  if (PLAIN.test(text)) return text
  if (ASCII.test(text)) return text.toLowerCase().replace(NOT_PLAIN, '')
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += text[i]
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32)
    else if (c > 127) out += FOLDED.get(text[i]!) ?? fold(text[i]!).replace(/[^a-z0-9]/g, '')
  }
  return out
}
const MAX_TOKENS = 7

interface Spelling {
  fields: LabelField[]
  part: LabelPart
  variant: string
  key: string
}

const SPELLINGS: Spelling[] = (() => {
  const byKey = new Map<string, Spelling>()
  for (const label of TEMPLATE_LABELS) {
    for (const part of ['full', 'head', 'tail'] as const) {
      for (const variant of label[part === 'full' ? 'full' : part === 'head' ? 'heads' : 'tails']) {
        const key = `${part}:${compact(variant)}`
        const known = byKey.get(key)
        if (known) known.fields.push(label.field)
        else byKey.set(key, {fields: [label.field], part, variant, key: compact(variant)})
      }
    }
  }
  return [...byKey.values()]
})()

/** First words of every spelling (`ministerio`, `es`, `principales` …), to reject most lines fast. */
const FIRST_WORDS = [...new Set(SPELLINGS.map((s) => compact(s.variant.split(/\s+/)[0]!)))]
/** The answer for each first word seen: lines of a document start with the same few words. */
const STARTS = new Map<string, boolean>()
const STARTS_SIZE = 5000
function startsLikeLabel(word: string): boolean {
  let starts = STARTS.get(word)
  if (starts === undefined) {
    starts = FIRST_WORDS.some((w) => Math.abs(w.length - word.length) <= 2 && distance(w, word) <= Math.max(2, allowedDistance(w.length)))
    if (STARTS.size >= STARTS_SIZE) STARTS.clear()
    STARTS.set(word, starts)
  }
  return starts
}

const MIN_KEY = Math.min(...SPELLINGS.map((s) => s.key.length))
const MAX_KEY = Math.max(...SPELLINGS.map((s) => s.key.length))

/** The label starting at column `from` of `text`, or `null`. Ties go to the longer prefix. */
export function labelAt(text: string, from = 0): LabelHit | null {
  let best: LabelHit | null = null
  let candidate = ''
  let start = -1
  // Tokens are runs of what `\s` does not match (`/\S+/g` from `from`), found by scanning.
  for (let k = 0, at = from; k < MAX_TOKENS; k++) {
    const tokenStart = contentStart(text, at)
    if (tokenStart < 0) break
    const end = wordEnd(text, tokenStart)
    at = end
    if (start < 0) start = tokenStart
    const part = compact(text.slice(tokenStart, end))
    if (!part) continue
    if (!candidate && !startsLikeLabel(part)) return null
    candidate += part
    if (candidate.length > MAX_KEY + 3) break
    if (candidate.length < MIN_KEY - 3) continue
    for (const s of SPELLINGS) {
      const limit = allowedDistance(s.key.length)
      const gap = Math.abs(s.key.length - candidate.length)
      // The distance is at least the length gap; a spelling replaces the best only nearer, or as
      // near and longer: against an exact best, only an exact match of a longer candidate can.
      if (gap > limit || (best && gap > best.distance)) continue
      let d: number
      if (best?.distance === 0) {
        if (end <= best.end || s.key !== candidate) continue
        d = 0
      } else {
        d = distance(s.key, candidate)
      }
      if (d > limit || (best && (d > best.distance || (d === best.distance && end <= best.end)))) continue
      best = {fields: [...s.fields], part: s.part, start, end, printed: text.slice(start, end), variant: s.variant, distance: d}
    }
  }
  return best
}

/** A pair label ends in a number or a colon within its first words. */
const QUICK_PAIR = /^.{0,40}[\d:]/
const BULLET = /^\s*[-–•·*«]?\s*/
const PAIR = /^(\p{L}[\p{L}\s]*?)\s*(\d{1,2})?\s*([:.]|(?<=\d)\s)\s*/u

/** `Indicador N: …` or `Medio de verificación N: …` (bullet, number and colon optional). */
export function pairAt(text: string): PairHit | null {
  if (!QUICK_PAIR.test(text)) return null
  const lead = BULLET.exec(text)![0].length
  const match = PAIR.exec(text.slice(lead))
  if (!match || (!match[2] && match[3] !== ':')) return null
  const words = compact(match[1]!)
  for (const which of Object.keys(PAIR_LABELS) as Array<keyof typeof PAIR_LABELS>) {
    for (const variant of PAIR_LABELS[which]) {
      const key = compact(variant)
      const d = distance(key, words)
      if (d <= allowedDistance(key.length)) {
        return {which, n: match[2] ? Number(match[2]) : null, printed: match[1]!, start: lead, valueStart: lead + match[0].length, distance: d}
      }
    }
  }
  return null
}

/** The canonical printed label for `field` (`Descripción`). */
export function labelOf(field: LabelField): string {
  return TEMPLATE_LABELS.find((l) => l.field === field)!.label
}
