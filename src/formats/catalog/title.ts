/**
 * The lines before the first label: the page's title, the site's menu above it, and any text
 * between the title and the first label.
 *
 *   About · Hub · Resources              ← short lines above the title: menu items (furniture)
 *   Casa del Migrante: atención integral en Lima     ← the title: the last line of three or more
 *   para personas refugiadas                          ←   words that is not a sentence (a line in
 *                                                         lower case continues it)
 *   La Casa brinda orientación …         ← text: the summary, when no label gives one
 *
 * The last such line, because site names and menus come above the title (`GFMD Platform for
 * Partnerships`), and what follows it up to the first label is prose or chrome. A line that
 * starts a sentence wrapped onto the next line is prose, not a title.
 *
 * With a title label (`Name of the pledge:`), every line here is text.
 */
import type {SourceLine} from '../../constructs/labelled-sections.js'
import {joinedItem, type Item} from './items.js'

export interface Preamble {
  title: Item | null
  /** Lines of the title (a wrapped title has two). */
  titleLines: number[]
  /** Short lines above the title: the site's menu. */
  navigation: SourceLine[]
  /** Non-blank lines after the title. */
  text: SourceLine[]
  /** A date or byline under the title (`12 May 2023`): the page's publication, not its text. */
  datelines: SourceLine[]
}

/** A title is not a sentence (no closing punctuation, not too long) nor the lower-case rest of one. */
const SENTENCE_END = /[.!?;:,]$/
const MAX_TITLE = 250
const MIN_TITLE_WORDS = 3
/** A menu item or a site's name has at most this many words. */
const MAX_MENU_WORDS = 6

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length
/** A date or a byline under a heading (`12 May 2023`, `Publicado el 3 de mayo de 2022`, `By …`): not a title. */
const DATELINE = /^(?:(?:by|por|posted|published|publicado|atualizado|updated)\s.*|(?:\p{L}+,?\s+)?(?:\d{1,2}\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?|\p{L}+\.?\s+\d{1,2},?\s+)(?:19|20)\d\d(?:\s*-\s*\d{1,2}:\d{2})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/iu

export function readPreamble(lines: readonly SourceLine[], titleLabelled: boolean): Preamble {
  const filled = lines.filter((s) => s.text.trim())
  if (titleLabelled) return {title: null, titleLines: [], navigation: [], ...split(filled)}
  const looksLikeTitle = (s: SourceLine) => {
    const t = s.text.trim()
    return t.length <= MAX_TITLE && !SENTENCE_END.test(t) && !/^https?:\/\//.test(t) && !/^\p{Ll}/u.test(t) && !DATELINE.test(t)
  }
  const startsProse = (i: number) => {
    const next = filled[i + 1]
    return next !== undefined && next.line === filled[i]!.line + 1 && /^\p{Ll}/u.test(next.text.trim()) && SENTENCE_END.test(next.text.trim())
  }
  let at = -1
  for (let i = filled.length - 1; i >= 0 && at < 0; i--) if (looksLikeTitle(filled[i]!) && words(filled[i]!.text) >= MIN_TITLE_WORDS && !startsProse(i)) at = i
  if (at < 0) at = filled.findIndex(looksLikeTitle)
  if (at < 0) return {title: null, titleLines: [], navigation: [], ...split(filled)}
  // Short lines above the title are the site's menu or name; longer ones are text.
  const above = filled.slice(0, at)
  const isMenu = (s: SourceLine) => words(s.text) <= MAX_MENU_WORDS && !SENTENCE_END.test(s.text.trim())
  const first = filled[at]!
  const titleLines = [first.line]
  const next = filled[at + 1]
  // A title wrapped over two lines: the second opens in lower case, right below the first.
  if (next && next.line === first.line + 1 && /^\p{Ll}/u.test(next.text.trim()) && !/^https?:/.test(next.text.trim()) && !SENTENCE_END.test(next.text.trim()) && first.text.trim().length + next.text.length <= MAX_TITLE) {
    titleLines.push(next.line)
  }
  return {
    title: joinedItem(filled.slice(at, at + titleLines.length)),
    titleLines,
    navigation: above.filter(isMenu),
    ...split([...above.filter((s) => !isMenu(s)), ...filled.slice(at + titleLines.length)]),
  }
}

function split(lines: readonly SourceLine[]): {text: SourceLine[]; datelines: SourceLine[]} {
  return {text: lines.filter((s) => !DATELINE.test(s.text.trim())), datelines: lines.filter((s) => DATELINE.test(s.text.trim()))}
}
