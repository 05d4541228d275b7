/**
 * Site furniture: lines of the page that belong to the site, not to the practice.
 *
 *   Skip to main content                          → navigation
 *   Inicio > Hub > Repositorio de Prácticas       → breadcrumb
 *   Latest content                                → related (a list of other content follows)
 *   Section II                                    → a form's part heading
 *   *References to Kosovo shall be understood …   → footer (by its opening words)
 *
 * The vocabulary is in src/vocab/catalog-furniture.ts.
 */
import {fold} from '../../text/fold.js'
import {trimEndWhere} from '../../text/trim.js'
import {BREADCRUMB_SEPARATORS, COUNTER_LINE, FURNITURE_LINES, FURNITURE_PREFIXES, RELATED_BLOCKS, SECTION_HEADING} from '../../vocab/catalog-furniture.js'

export type FurnitureKind = 'line' | 'related' | 'section' | 'breadcrumb'

const LINES = new Set(FURNITURE_LINES)
const RELATED = new Set(RELATED_BLOCKS)
/** Furniture lines are short; longer lines are tested only for the prefixes. */
const MAX_LINE = Math.max(...FURNITURE_LINES.map((l) => l.length)) + 4
const MAX_CRUMB_WORDS = 8

export function furnitureKind(text: string): FurnitureKind | null {
  const trimmed = text.trim()
  if (!trimmed) return null
  const key = trimEndWhere(fold(trimmed), /[\s.:;,!|]/).replace(/^[\s|•·*-]+/, '')
  if (key.length <= MAX_LINE) {
    if (RELATED.has(key)) return 'related'
    if (LINES.has(key) || COUNTER_LINE.test(key)) return 'line'
    if (SECTION_HEADING.test(key)) return 'section'
  }
  if (FURNITURE_PREFIXES.some((p) => key.startsWith(p))) return 'line'
  if (isBreadcrumb(key)) return 'breadcrumb'
  return null
}

/** `home > hub > repository of practices`: short parts between separators, one of them site furniture. */
function isBreadcrumb(key: string): boolean {
  if (key.length > 200) return false
  const parts = key.split(BREADCRUMB_SEPARATORS)
  if (parts.length < 2 || (parts.length === 2 && !LINES.has(parts[0]!.trim()))) return false
  if (parts.some((p) => !p.trim() || p.trim().split(/\s+/).length > MAX_CRUMB_WORDS)) return false
  return parts.some((p) => LINES.has(p.trim()))
}
