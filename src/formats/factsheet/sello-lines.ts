/**
 * `Líneas Sello`: one item per Sello Migrante line, its name in bold, then the rationale.
 *
 *   - **Políticas locales y trabajo colaborativo:** ya que se establecen acciones …
 *       ^^^^^^^^^^^^^^^^^ full name, short name (`Políticas locales`) or id
 *
 * Further paragraphs of the item belong to the rationale. An item without text after the name
 * has an empty rationale.
 */
import type {Paragraph, RootContent} from 'mdast'
import type {Practice} from '../../schema/records.js'
import {SELLO_LINES} from '../../vocab/sello-lines.js'
import type {Body} from './body.js'
import {labelled, suggestLabel} from './fields.js'
import {blockText, inlineText, isPlaceholder} from './fragment.js'

const SELLO_SPECS = SELLO_LINES.map((l) => ({id: l.id, variants: [l.label, l.short, l.id]}))

export function readSelloLines(body: Body, record: Practice): void {
  const entries: Array<{node: RootContent; first: Paragraph; rest: RootContent[]}> = []
  for (const node of body.nodes) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const [first, ...rest] = item.children
        if (first?.type === 'paragraph') entries.push({node: item, first, rest})
        else body.leave(item, 'factsheet/unexpected-content', `Unexpected empty item in section \`${body.label}\`, expected \`**Line name:** rationale\``)
      }
    } else if (node.type === 'paragraph' && !isPlaceholder([node])) {
      entries.push({node, first: node, rest: []})
    } else if (isPlaceholder([node])) {
      body.use(node)
    }
  }
  for (const {node, first, rest} of entries) {
    const line = labelled(body.ctx, first, SELLO_SPECS, body.place(first), false, 'sello-lines/fuzzy-match')
    if (!line) {
      const name = inlineText(first.children).split(/[:\n]/)[0]!.trim()
      body.leave(node, 'factsheet/unknown-sello-line',
        `Unexpected Sello line \`${name}\`, expected one of ${SELLO_LINES.map((l) => `\`${l.label}\``).join(', ')}`,
        {actual: name, suggestion: suggestLabel(name, SELLO_SPECS)})
      continue
    }
    body.use(node)
    const head = inlineText(line.value)
    const more = rest.length > 0 ? blockText(body.ctx, body.fragment, rest) : ''
    record.selloLines.push({line: line.id, rationale: [head, more].filter((t) => t !== '').join('\n\n')})
  }
  body.finish('a list of Sello lines (`- **Políticas locales y trabajo colaborativo:** …`)')
}
