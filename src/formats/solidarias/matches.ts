/**
 * Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them. `matchAll` copies
 * its pattern on every call, and the copy of a large one (an alternation over every member noun or
 * office word) is slow to make and to run: a paragraph of news is read by a dozen such patterns.
 * This runs the shared pattern itself, from the start of `text`, and leaves it reset; all matches
 * are read before any is handed back, so a caller may run the same pattern inside its loop.
 *
 *   matchesOf(/;/g, 'a; b; c').map((m) => m.index) → [1, 4]
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`Unexpected pattern \`${pattern}\` without the g flag, expected a global pattern`)
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m)
    // An empty match would be found again at the same index: step past it (a code point under `u`).
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, /[uv]/.test(pattern.flags))
  }
  return found
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1
}
