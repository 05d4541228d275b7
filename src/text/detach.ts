/**
 * A copy of `text` that does not keep the text it was cut from alive. V8 makes a substring of 13
 * or more characters (`line.trim()`, a line of `text.split('\n')`) a view into the whole string,
 * and a concatenation a pair of views: a diagnostic or a title kept after its document is done
 * would hold the whole document in memory. Concatenating then slicing builds a new flat string.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}
