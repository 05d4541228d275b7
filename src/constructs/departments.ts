/**
 * The participating departments, as a list. Sheets separate them with commas, `y`, full stops
 * or line breaks, but names contain commas and `y` themselves, so each split is checked:
 *
 *   Incubadora de cooperativas, Innova, Dirección de Medio Ambiente, Aseo y Ornato (DIMAO), …
 *                                       ^ kept whole: `Aseo y Ornato (DIMAO)` does not start a name
 *   Oficina de Migración, Refugio e Interculturalidad Dirección de Salud
 *                                                     ^ a list printed without commas: split
 *   Dirección de Educación Oficina de Gestión Territorial OMIL       before a head noun, and
 *                                                         ^ before an acronym that is not the
 *                                                           initials of the name before it
 *
 * Rules, in order (nothing inside parentheses is ever split):
 *  1. line breaks, `;`, and `. ` before a capital separate names;
 *  2. commas separate names, except that a piece which does not start a name (no head noun
 *     such as `Oficina`, `Dirección`, no acronym) and contains `y`/`e` closes an enumeration
 *     inside the previous name (`Medio Ambiente, Aseo y Ornato`) and is joined back;
 *  3. ` y ` separates names only when a name starts after it (`ACNUR y SJM`, `… y Dirección de …`),
 *     or the piece before it is an acronym; `Programa Migrantes y refugiados` stays whole;
 *  4. a head noun after a word that is not a connector (`de`, `la`…) starts a new name;
 *  5. a trailing acronym that is not the initials of the words before it is a name of its own.
 */
import {fold} from '../text/fold.js'
import {squashSpaces} from '../text/trim.js'
import {DEPARTMENT_HEAD_NOUNS, NAME_CONNECTORS} from '../vocab/phrases.js'

const HEADS = new Set<string>(DEPARTMENT_HEAD_NOUNS)
const CONNECTORS = new Set<string>(NAME_CONNECTORS)
const ACRONYM = /^\(?[A-ZÁÉÍÓÚÑ]{2,10}\)?[.,;]?$/u
/**
 * Separators, each in one scanning pattern that also finds the parentheses (group 1), so one
 * pass over the text knows the depth at every separator. A separator never contains a
 * parenthesis, so matching one inside parentheses hides none.
 */
const SENTENCE_BREAK = /([()])|;|\.\s+(?=\p{Lu})/gu
const COMMA = /([()])|,/g
/** ` y ` between names, from a space, tab or no-break space (other white space starts none). */
const AND = /([()])|[ \t\u00a0]\s*y\s+/g
const BULLET = /^\s*[-*•·]\s+/

/** Splits a departments text into names (see the rules above). */
export function splitDepartments(text: string): string[] {
  const names: string[] = []
  for (const line of text.split('\n')) {
    const pieces = splitOutside(line.replace(BULLET, ''), SENTENCE_BREAK)
    for (const piece of pieces) {
      for (const item of joinEnumerations(splitOutside(piece, COMMA))) {
        for (const part of splitAnd(item)) {
          for (const head of splitHeads(part)) {
            for (const name of splitTrailingAcronym(head)) {
              const cleaned = clean(name)
              if (cleaned) names.push(cleaned)
            }
          }
        }
      }
    }
  }
  return names
}

/** Splits at `separator` (see above) where it is not inside parentheses. */
function splitOutside(text: string, separator: RegExp): string[] {
  const out: string[] = []
  let depth = 0, start = 0
  // `exec` on the shared pattern (never re-entered here): `matchAll` would copy it on every call.
  separator.lastIndex = 0
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    if (m[1] === '(') depth++
    else if (m[1] === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) {
      out.push(text.slice(start, m.index))
      start = m.index + m[0].length
    }
  }
  out.push(text.slice(start))
  return out.map((s) => s.trim()).filter(Boolean)
}

const SPACE_RUN = /\s+/
/** White space other than single spaces between words: a run, or a tab, line break or other space. */
const ODD_SPACE = /\s\s|[^\S ]/
const FIRST_WORD = /^\S*/
const UPPER_START = /^\p{Lu}/u
/** The words of `text` (splitting at single spaces is the same when they are all there is, and quicker). */
const words = (text: string) => {
  const trimmed = text.trim()
  return ODD_SPACE.test(trimmed) ? trimmed.split(SPACE_RUN) : trimmed.split(' ')
}
const isHead = (word: string) => UPPER_START.test(word) && HEADS.has(fold(word))
const startsName = (text: string) => {
  const first = FIRST_WORD.exec(text.trim())![0]
  return isHead(first) || ACRONYM.test(first)
}

function joinEnumerations(pieces: string[]): string[] {
  const out: string[] = []
  for (const piece of pieces) {
    if (out.length && !startsName(piece) && /\s(?:y|e)\s/.test(outsideParens(piece))) out[out.length - 1] += `, ${piece}`
    else out.push(piece)
  }
  return out
}

function splitAnd(text: string): string[] {
  const pieces = splitOutside(text, AND)
  const out: string[] = [pieces[0]!]
  for (const piece of pieces.slice(1)) {
    const before = out[out.length - 1]!
    if (startsName(piece) || ACRONYM.test(before.trim())) out.push(piece)
    else out[out.length - 1] = `${before} y ${piece}`
  }
  return out
}

function splitHeads(text: string): string[] {
  const tokens = words(text)
  const out: string[][] = [[]]
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const current = out[out.length - 1]!
    const previous = tokens[i - 1] ?? ''
    // Cheap tests first (a head noun is capitalised); `isHead` folds the word.
    const splits = depth === 0 && i > 0 && current.length >= 2 && UPPER_START.test(token) &&
      !CONNECTORS.has(previous.toLowerCase()) && !OPEN_END.test(previous) && isHead(token) && !isHead(previous)
    if (splits) out.push([token])
    else current.push(token)
    depth += count(token, '(') - count(token, ')')
  }
  return out.map((t) => t.join(' '))
}

const TRAILING_ACRONYM = /^(.*\S)\s+([A-ZÁÉÍÓÚÑ]{2,10})\.?$/u
const OPEN_END = /[-–(]$/
const CAPITAL = /[A-ZÁÉÍÓÚÑ]/

/** Whether `text` ends like an acronym (`… OMIL`, `… OMIL.`), checked before the full pattern. */
function endsInCapital(text: string): boolean {
  return CAPITAL.test(text.charAt(text.endsWith('.') ? text.length - 2 : text.length - 1))
}

/** How many times `char` occurs in `text`. */
function count(text: string, char: string): number {
  let n = 0
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++
  return n
}

function splitTrailingAcronym(part: string): string[] {
  if (!endsInCapital(part)) return [part]
  const m = TRAILING_ACRONYM.exec(part)
  if (!m || OPEN_END.test(m[1]!) || words(m[1]!).length < 2) return [part]
  const initials = words(m[1]!).filter((w) => UPPER_START.test(w) && !CONNECTORS.has(fold(w))).map((w) => fold(w)[0]).join('')
  return initials.startsWith(fold(m[2]!)) || fold(m[2]!).startsWith(initials) ? [part] : [m[1]!, m[2]!]
}

function outsideParens(text: string): string {
  return text.replace(/\([^)]*\)/g, '')
}

const EDGE = /[\s,;.]/

/** White space collapsed, and white space and `,;.` cut from both ends. */
function clean(name: string): string {
  const text = squashSpaces(name)
  let start = 0, end = text.length
  while (start < end && EDGE.test(text.charAt(start))) start++
  while (end > start && EDGE.test(text.charAt(end - 1))) end--
  return text.slice(start, end)
}
