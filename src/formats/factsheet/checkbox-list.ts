/**
 * The `Categoría` task list:
 *
 *   - [x] Acogida/atención
 *   - [ ] Otra: Regularización      ← `Otra` keeps its text (categoryOther) checked or not
 *     ^^^
 *
 * Also taken: `[X]`, glyphs a person types instead (`☑ ✓ ✔ ☒` checked, `☐ □` unchecked), and a
 * plain item without a box, which counts as checked (listing a category selects it).
 */
import type {ListItem} from 'mdast'
import type {Practice} from '../../schema/records.js'
import {CATEGORIES, CATEGORY_IDS, type CategoryId} from '../../vocab/categories.js'
import {CHECKED_GLYPHS, UNCHECKED_GLYPHS} from '../../vocab/factsheet-labels.js'
import type {Body} from './body.js'
import {matchKnown, suggestLabel} from './fields.js'
import {inlineText, isPlaceholder} from './fragment.js'

const CATEGORY_SPECS = CATEGORIES.map((c) => ({id: c.id, variants: [c.label, c.id]}))

export interface TaskItem {
  checked: boolean
  /** The item text without its box or glyph. */
  text: string
}

/** Reads the box of a task item: GFM `[x]`, or a leading glyph. */
export function taskItem(item: ListItem): TaskItem {
  const text = inlineText(item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : [])))
  if (item.checked !== null && item.checked !== undefined) return {checked: item.checked, text}
  const start = text.trimStart()
  for (const glyph of CHECKED_GLYPHS) if (start.startsWith(glyph)) return {checked: true, text: start.slice(glyph.length).trimStart()}
  for (const glyph of UNCHECKED_GLYPHS) if (start.startsWith(glyph)) return {checked: false, text: start.slice(glyph.length).trimStart()}
  return {checked: true, text}
}

export function readCategories(body: Body, record: Practice): void {
  const checked = new Set<CategoryId>()
  for (const node of body.nodes) {
    if (node.type !== 'list') continue
    for (const item of node.children) {
      if (isPlaceholder(item.children)) { body.use(item); continue }
      const task = taskItem(item)
      const colon = task.text.indexOf(':')
      const name = colon < 0 ? task.text : task.text.slice(0, colon)
      const id = matchKnown(body.ctx, name, CATEGORY_SPECS, body.place(item), 'category/fuzzy-match')
      if (!id) {
        body.leave(item, 'factsheet/unknown-category',
          `Unexpected category \`${name}\`, expected one of ${CATEGORIES.map((c) => `\`${c.label}\``).join(', ')}`,
          {actual: name, suggestion: suggestLabel(name, CATEGORY_SPECS)})
        continue
      }
      body.use(item)
      if (task.checked) checked.add(id)
      if (id === 'otra') {
        // `Otra: Ferias`: the one space after the colon separates; the rest is the value.
        const other = colon < 0 ? '' : task.text.slice(colon + 1).replace(/^ /, '')
        record.categoryOther = other.trim() ? other : null
      }
    }
  }
  record.categories = CATEGORY_IDS.filter((id) => checked.has(id))
  body.finish('a task list of categories (`- [x] Acogida/atención`)')
}
