/**
 * Section readers of a network report sheet (Ciudades Solidarias):
 *
 *   ## Cifras                          ## Miembros
 *   - **6** Convenios con …            | Localidad  | Departamento o región |
 *                                      | San Benito | Petén                 |
 *
 * `Compromisos` and `Etiquetas` are plain lists.
 */
import type {Table} from 'mdast'
import type {NetworkReport} from '../../schema/records.js'
import type {NetworkSectionId} from '../../vocab/factsheet-labels.js'
import type {Body} from './body.js'
import {inlineText, isPlaceholder} from './fragment.js'

type Reader = (body: Body, record: NetworkReport) => void

/** `6`, `1.5` or `1,5` (a decimal comma), as written by a person or by the tool. */
export function readNumber(text: string): number | null {
  const t = text.trim()
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return null
  return Number(t.replace(',', '.'))
}

/** `- **6** Convenios con Ciudades Solidarias` or `- 6 Convenios …`. */
const figures: Reader = (body, record) => {
  for (const node of body.nodes) {
    if (node.type !== 'list') continue
    for (const item of node.children) {
      if (isPlaceholder(item.children)) { body.use(item); continue }
      const paragraph = item.children[0]
      const [first, ...rest] = paragraph?.type === 'paragraph' ? paragraph.children : []
      const strongValue = first?.type === 'strong' ? readNumber(inlineText(first.children)) : null
      const plain = /^\s*(-?\d+(?:[.,]\d+)?)\s+([\s\S]+)$/.exec(paragraph?.type === 'paragraph' ? inlineText(paragraph.children) : '')
      const value = strongValue ?? (plain ? readNumber(plain[1]!) : null)
      const label = (strongValue !== null ? inlineText(rest) : plain?.[2] ?? '').trim()
      if (value === null || !label) {
        body.leave(item, 'factsheet/invalid-value', `Unexpected figure \`${inlineText(paragraph?.type === 'paragraph' ? paragraph.children : []).trim()}\`, expected a number then its label (\`**6** Convenios …\`)`)
        continue
      }
      body.use(item)
      record.figures.push({value, label})
    }
  }
  body.finish('a list of figures (`- **6** Convenios …`)')
}

/**
 * The members table (header row skipped: `Localidad | Departamento o región | País`), or a list
 * of `Name (Admin1)` items. A country column holds an ISO code (`GT`); anything else is left out
 * with `factsheet/invalid-value`.
 */
const members: Reader = (body, record) => {
  for (const node of body.nodes) {
    if (node.type === 'table') {
      body.use(node)
      for (const row of (node as Table).children.slice(1)) {
        const [name, admin1, country] = row.children.map((c) => inlineText(c.children).trim())
        if (!name) continue
        const code = country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null
        if (country && !code) {
          body.ctx.messages.report('factsheet/invalid-value', `Unexpected country \`${country}\`, expected an ISO 3166-1 alpha-2 code such as \`GT\`: left out`,
            body.place(row), {severity: 'warning', actual: country})
        }
        record.members.push({name, admin1: admin1 || null, country: code})
      }
    } else if (node.type === 'list') {
      body.use(node)
      for (const value of node.children.map((i) => inlineText(i.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))).trim())) {
        const m = /^(.+?)\s*\(([^()]+)\)$/.exec(value)
        if (value) record.members.push(m ? {name: m[1]!, admin1: m[2]!, country: null} : {name: value, admin1: null, country: null})
      }
    }
  }
  body.finish('a table of members (`| Localidad | Departamento o región | País |`)')
}

const items = (field: 'commitments' | 'tags'): Reader =>
  (body, record) => { record[field] = body.items(); body.finish('a list (`- …`)') }

export const NETWORK_READERS: Record<NetworkSectionId, Reader> = {
  figures,
  commitments: items('commitments'),
  members,
  tags: items('tags'),
}
