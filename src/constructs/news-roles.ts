/**
 * The role of a news paragraph that feeds no record field, from the words that say it
 * (src/vocab/news-roles.ts): someone's words, who took part, what happened at an event, where
 * things stand, an institution's closing commitment. Works on folded text (lower case, no
 * accents); one pass of one regular expression per role, so linear in the paragraph.
 *
 *   El Canciller Carlos Ramiro Martínez resaltó que, para Guatemala, …   → quotes
 *   La conferencia contó con la participación de la Vicepresidenta …     → participants
 */
import {NEWS_ROLES, type NewsRole} from '../vocab/news-roles.js'
import {escapeRegExp} from '../text/regexp.js'


const PATTERNS: ReadonlyArray<readonly [NewsRole, RegExp]> = (Object.keys(NEWS_ROLES) as NewsRole[]).map((role) => {
  const {anywhere, opening} = NEWS_ROLES[role]
  const parts = [
    ...(anywhere.length ? [`(?<![a-z])(?:${anywhere.map(escapeRegExp).join('|')})(?![a-z])`] : []),
    ...(opening.length ? [`^[\\s"“«*_-]*(?:${opening.map(escapeRegExp).join('|')})(?![a-z])`] : []),
  ]
  return [role, new RegExp(parts.join('|'))] as const
})

/** The first role whose words the folded paragraph holds, or null. */
export function newsRole(folded: string): NewsRole | null {
  for (const [role, pattern] of PATTERNS) if (pattern.test(folded)) return role
  return null
}
