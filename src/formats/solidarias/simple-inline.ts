/**
 * The inline Markdown that reports use most, read without remark, exactly as remark reads it:
 * `**strong**` pairs and `<scheme:…>` autolinks. Anything else (`_`, `*` alone, `[links]`,
 * escapes, entities, HTML, a `**` that could open and close) gives `null`, and remark reads it.
 *
 *   para la **inclusión de personas**, que      → `para la inclusión de personas, que`
 *           ^ opens: a letter after, a space before
 *   - <http://209.126.109.93/comunicado>         → the address, and one link
 *
 * The rules are micromark's (attention.js, autolink.js): a `**` opens when a letter follows it,
 * or punctuation follows and white space or punctuation precedes it; it closes the other way
 * round. Characters are classed one UTF-16 unit at a time, as micromark does. Start and end of
 * the text count as white space (the caller's sentinel puts a space before it).
 */
import type {TextLink} from './blocks.js'
import {AUTOLINK, charGroup as group} from '../../constructs/markdown-char-group.js'

/** What makes remark read text differently: everything but `*`, `<` that this module reads. */
const OTHER_SYNTAX = /[_`[\]\\~&\u0000-\u001F\u007F]/

/** The plain text of `text` and its links, or `null` when remark has to read it. */
export function readSimpleInline(text: string): {text: string; links: TextLink[]} | null {
  if (OTHER_SYNTAX.test(text)) return null
  let out = '', from = 0, open = false
  const links: TextLink[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '<') {
      AUTOLINK.lastIndex = i
      const link = AUTOLINK.exec(text)
      if (!link) return null
      const url = link[1]!
      links.push({text: url, url})
      out += text.slice(from, i) + url
      i += link[0].length - 1
      from = i + 1
    } else if (ch === '*') {
      if (text[i + 1] !== '*' || text[i + 2] === '*' || text[i - 1] === '*') return null
      const before = group(text, i - 1), after = group(text, i + 2)
      const opens = after === 'other' || (after === 'punctuation' && before !== 'other')
      const closes = before === 'other' || (before === 'punctuation' && after !== 'other')
      // Pairs must alternate, opener then closer: then each closer takes the opener just before it.
      if (opens === closes || opens === open) return null
      open = opens
      out += text.slice(from, i)
      i++
      from = i + 1
    }
  }
  return open ? null : {text: out + text.slice(from), links}
}
