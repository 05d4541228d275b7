/**
 * Line shapes of a PMM handbook outside its tables: index entries, footnotes, bold headings,
 * cover marks, page numbers. Each test takes one line of the original file.
 *
 *   Objetivos, compromisos y acciones del PMM orientadas a AL⇥9     ← index entry, page 9
 *   ² A/RES/73/195, párr. 44 “Aplicaremos …”                        ← footnote 2
 *   **Principios rectores                                           ← bold heading, may wrap
 */
import {fold} from '../../text/fold.js'
import {PMM_ANNEX_HEADING_PREFIXES, PMM_COVER_MARKS, PMM_DOCUMENT_KINDS, PMM_INDEX_HEADINGS, PMM_LIST_HEADINGS} from '../../vocab/pmm.js'
import {squashSpaces, trimEndWhere} from '../../text/trim.js'

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const INDEX_ENTRY = /^\s*(\S.*?)[\s.…]*\t\s*(\d{1,4})\s*$/
/**
 * Longest line read as an index entry: the lazy title of `INDEX_ENTRY` retries its dot leaders
 * at every character, which a long line of dots or spaces makes quadratic.
 */
const MAX_INDEX_ENTRY = 500
const FOOTNOTE = new RegExp(`^\\s*([${SUPERSCRIPT_DIGITS}]+)\\s+(\\S.*)$`)
const folded = (list: readonly string[]) => new Set(list.map((s) => fold(s)))
const longest = (list: readonly string[]) => Math.max(...list.map((s) => s.length))
const MARKS = folded(PMM_COVER_MARKS)
const KINDS = folded(PMM_DOCUMENT_KINDS)
const INDEX_HEADINGS = folded(PMM_INDEX_HEADINGS)

export interface IndexEntry {
  line: number
  title: string
  page: number
}

export interface Footnote {
  line: number
  mark: string
  number: number
  text: string
}

/** `Título .....⇥14` → {title, page}; dot leaders and a trailing colon are dropped from the title. */
export function indexEntry(text: string, line: number): IndexEntry | null {
  const m = text.length <= MAX_INDEX_ENTRY ? INDEX_ENTRY.exec(text) : null
  return m ? {line, title: headingText(m[1]!), page: Number(m[2])} : null
}

/** `³ <https://…>` → footnote 3. */
export function footnote(text: string, line: number): Footnote | null {
  const m = FOOTNOTE.exec(text)
  if (!m) return null
  const number = Number([...m[1]!].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''))
  return {line, mark: m[1]!, number, text: m[2]!.trim()}
}

/** A heading's comparable text: folded, without dot leaders, bold marks or a trailing colon. */
export function headingKey(text: string): string {
  return fold(headingText(text))
}

/** A heading as printed, without dot leaders, bold marks or a trailing colon. */
export function headingText(text: string): string {
  return squashSpaces(trimEndWhere(text.replace(/\*\*/g, ''), /[\s.…:]/))
}

// Length checks first: folding (Unicode normalisation) is the costly part of a line scan.
const MARK_MAX = longest(PMM_COVER_MARKS)
const KIND_MAX = longest(PMM_DOCUMENT_KINDS)
const INDEX_MAX = longest(PMM_INDEX_HEADINGS)
const LIST_MAX = longest(PMM_LIST_HEADINGS.flatMap((h) => h.variants)) + 8
export const isCoverMark = (text: string) => text.length <= MARK_MAX && MARKS.has(fold(text))
export const isDocumentKind = (text: string) => text.length <= KIND_MAX && KINDS.has(fold(text))
export const isIndexHeading = (text: string) => text.length <= INDEX_MAX && INDEX_HEADINGS.has(fold(text))
const ANNEX_HEADING = new RegExp(`^(?:${PMM_ANNEX_HEADING_PREFIXES.map(fold).join('|')})(?:\\s+[ivxlc\\d]+)?(?:\\s*[:.–-]|$)`)

/** `Anexo I: buenas prácticas …`, `ANEXO 2`: an annex heading, listed in the index or not. */
export const isAnnexHeading = (text: string) => text.length <= 120 && /^[\s*]*a/i.test(text) && ANNEX_HEADING.test(fold(text))
export const isPageNumber = (text: string) => /^\s*\d{1,3}\s*$/.test(text)

/** Folded first word of `text` (`¿Cómo sumarse …` → `¿como`): a cheap key to try before folding a line. */
export function firstWordKey(text: string): string {
  const word = /[^\s*]+/.exec(text)?.[0] ?? ''
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word)
}

const LIST_STARTS = new Set(PMM_LIST_HEADINGS.flatMap((h) => h.variants.map(firstWordKey)))

/** The metadata key of a list heading (`Entidades que pueden formular compromisos` → pledgeEntities). */
export function listHeading(text: string): string | null {
  if (text.length > LIST_MAX || !LIST_STARTS.has(firstWordKey(text))) return null
  const key = headingKey(text)
  return PMM_LIST_HEADINGS.find((h) => h.variants.some((v) => fold(v) === key))?.id ?? null
}

/** A short item line of a list: no tab, no final period, at most 80 characters. */
export function isListItem(text: string): boolean {
  const t = text.trim()
  return t.length > 0 && t.length <= 80 && !t.includes('\t') && !/[.:]$/.test(t)
}

/**
 * A bold heading starting on `lines[index]`: `**Principios rectores` … `para la Migración**`
 * (at most 6 lines). Returns its text and last index, or null.
 */
export function boldHeading(lines: readonly string[], index: number): {title: string; end: number} | null {
  const first = lines[index]!
  if (!/^\s*\*\*\S/.test(first)) return null
  for (let i = index; i < Math.min(lines.length, index + 6); i++) {
    if (i > index && !/\S/.test(lines[i]!)) return null
    if (/\S\*\*\s*$/.test(lines[i]!) && (i > index || /^\s*\*\*.*\S\*\*\s*$/.test(first))) {
      return {title: headingText(lines.slice(index, i + 1).join(' ')), end: i}
    }
  }
  return null
}
