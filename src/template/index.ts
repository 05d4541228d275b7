/**
 * `practices template`: the blank sheet a municipality fills in and submits.
 * - `txt`: the ficha layout (ficha-text.ts), read back by the ficha parser;
 * - `md`: the fact sheet the exporter writes (`export --format md`) for a practice with every
 *   field absent, each ficha section shown with its placeholder; read back by the fact-sheet
 *   parser. Sections that only slides or the PMM handbook have are left out of the template.
 */
import type {Root} from 'mdast'
import {emptyPractice} from '../schema/records.js'
import {PRACTICE_SECTIONS} from '../vocab/factsheet-labels.js'
import {SHEET_SECTIONS} from '../vocab/labels.js'
import {fichaText} from './ficha-text.js'

export type TemplateFormat = 'txt' | 'md'

/** Where the blank fact sheet says it comes from (its own file). */
export const TEMPLATE_MD_PATH = 'ficha.md'

export async function template(format: TemplateFormat): Promise<string> {
  if (format === 'txt') return fichaText()
  const [{factsheetTree}, {markdownOf}] = await Promise.all([import('../export/factsheet-tree.js'), import('../export/markdown.js')])
  const blank = emptyPractice({format: 'factsheet', path: TEMPLATE_MD_PATH, startLine: 1, endLine: 1})
  return markdownOf(fichaSectionsOnly(factsheetTree(blank, {blank: true})))
}

const FICHA_HEADINGS = new Set<string>(PRACTICE_SECTIONS
  .filter((s) => s.id === 'municipality' || (SHEET_SECTIONS as readonly string[]).includes(s.id))
  .map((s) => s.variants[0]))

/** Drops each `##` section (heading and content up to the next `##`) that a ficha does not have. */
function fichaSectionsOnly(tree: Root): Root {
  let keep = true
  const children = tree.children.filter((node) => {
    if (node.type === 'heading' && node.depth === 2) {
      const title = node.children.map((c) => ('value' in c ? c.value : '')).join('')
      keep = FICHA_HEADINGS.has(title)
    }
    return keep
  })
  return {...tree, children}
}
