/**
 * micromark's character groups for emphasis delimiters (attention.js): whether a `*`/`_` run can
 * open or close depends on whether white space, punctuation or something else stands beside it.
 * Shared by the small inline readers that let simple Markdown skip remark.
 *
 *   para la **inclusión** de      → before `**`: white space, after: other → can open
 */
const WHITESPACE = /\s/
const PUNCTUATION = /\p{P}|\p{S}/u
/** `<scheme:…>`, as micromark's autolink.js takes it. */
export const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020<>\u007F]*)>/y

export type CharGroup = 'other' | 'whitespace' | 'punctuation'

/** The group of the UTF-16 unit at `at`; outside the text counts as white space. */
export function charGroup(text: string, at: number): CharGroup {
  if (at < 0 || at >= text.length) return 'whitespace'
  const unit = String.fromCharCode(text.charCodeAt(at))
  return WHITESPACE.test(unit) ? 'whitespace' : PUNCTUATION.test(unit) ? 'punctuation' : 'other'
}
