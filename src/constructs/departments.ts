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
import {DEPARTMENT_HEAD_NOUNS, NAME_CONNECTORS} from '../vocab/phrases.js'

const HEADS = new Set<string>(DEPARTMENT_HEAD_NOUNS)
const CONNECTORS = new Set<string>(NAME_CONNECTORS)
const ACRONYM = /^\(?[A-ZÁÉÍÓÚÑ]{2,10}\)?[.,;]?$/u
/** Separators as sticky patterns, with the characters they can start with (tried before the pattern). */
const SENTENCE_BREAK = {pattern: /;|\.\s+(?=\p{Lu})/uy, starts: ';.'}
const COMMA = {pattern: /,/y, starts: ','}
const AND = {pattern: /\s+y\s+/y, starts: ' \t\u00a0'}

/** Splits a departments text into names (see the rules above). */
export function splitDepartments(text: string): string[] {
  const names: string[] = []
  for (const line of text.split('\n')) {
    const pieces = splitOutside(line.replace(/^\s*[-*•·]\s+/, ''), SENTENCE_BREAK)
    for (const piece of pieces) {
      for (const item of joinEnumerations(splitOutside(piece, COMMA))) {
        for (const part of splitAnd(item)) names.push(...splitTrailingAcronym(splitHeads(part)))
      }
    }
  }
  return names.map(clean).filter((name) => name.length > 0)
}

/** Splits at `separator` where it is not inside parentheses. */
function splitOutside(text: string, separator: {pattern: RegExp; starts: string}): string[] {
  const out: string[] = []
  let depth = 0, start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0 && separator.starts.includes(ch)) {
      separator.pattern.lastIndex = i
      const m = separator.pattern.exec(text)
      if (m) {
        out.push(text.slice(start, i))
        start = i + m[0].length
        i = start - 1
      }
    }
  }
  out.push(text.slice(start))
  return out.map((s) => s.trim()).filter(Boolean)
}

const words = (text: string) => text.trim().split(/\s+/)
const isHead = (word: string) => /^\p{Lu}/u.test(word) && HEADS.has(fold(word))
const startsName = (text: string) => isHead(words(text)[0] ?? '') || ACRONYM.test(words(text)[0] ?? '')

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
  tokens.forEach((token, i) => {
    const current = out[out.length - 1]!
    const previous = tokens[i - 1] ?? ''
    const splits = depth === 0 && i > 0 && isHead(token) && current.length >= 2 &&
      !CONNECTORS.has(previous.toLowerCase()) && !isHead(previous) && !/[(\-–]$/.test(previous)
    if (splits) out.push([token])
    else current.push(token)
    depth += (token.match(/\(/g)?.length ?? 0) - (token.match(/\)/g)?.length ?? 0)
  })
  return out.map((t) => t.join(' '))
}

function splitTrailingAcronym(parts: string[]): string[] {
  return parts.flatMap((part) => {
    const m = /^(.*\S)\s+([A-ZÁÉÍÓÚÑ]{2,10})\.?$/u.exec(part)
    if (!m || /[-–(]$/.test(m[1]!) || words(m[1]!).length < 2) return [part]
    const initials = words(m[1]!).filter((w) => /^\p{Lu}/u.test(w) && !CONNECTORS.has(fold(w))).map((w) => fold(w)[0]).join('')
    return initials.startsWith(fold(m[2]!)) || fold(m[2]!).startsWith(initials) ? [part] : [m[1]!, m[2]!]
  })
}

function outsideParens(text: string): string {
  return text.replace(/\([^)]*\)/g, '')
}

function clean(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^[\s,;.]+|[\s,;.]+$/g, '').trim()
}
