/**
 * The head of a sheet: the `#` title and the field list under it.
 *
 *   # Operativos interinstitucionales en asentamientos precarios
 *   - **Identificador:** `puente-alto-operativos-…`
 *   - **País:** CL
 *   - **Fuente:** `ficha.txt`, líneas 15–52 (formato `ficha`)
 *
 * Also used for the small field lists inside sections (`Código`, `Región` under Municipalidad).
 */
import type {List, PhrasingContent} from 'mdast'
import type {Source} from '../../schema/records.js'
import {fold} from '../../text/fold.js'
import {COUNTRIES} from '../../vocab/countries.js'
import {FIELD_LABELS, type FieldLabelId} from '../../vocab/factsheet-labels.js'
import type {Body} from './body.js'
import {firstParagraph, labelled} from './fields.js'
import {inlineText, isPlaceholder} from './fragment.js'

export interface Field {
  /** `null` when the value is the placeholder or empty. */
  value: PhrasingContent[] | null
  /** The value as text, untrimmed (the tool writes it exactly); `null` when absent. */
  text: string | null
  place: ReturnType<Body['place']>
}

export type Fields = Partial<Record<FieldLabelId, Field>>

/** Reads every `**Label:** value` item of the lists in `body` (the first occurrence of a label wins). */
export function readFields(body: Body, lists: readonly List[] = body.nodes.filter((n): n is List => n.type === 'list')): Fields {
  const fields: Fields = {}
  for (const list of lists) {
    for (const item of list.children) {
      const paragraph = firstParagraph(item)
      const found = paragraph && labelled(body.ctx, paragraph, FIELD_LABELS, body.place(paragraph))
      if (!found || fields[found.id]) continue
      body.use(item)
      const text = found.absent ? null : inlineText(found.value)
      fields[found.id] = {value: found.absent ? null : found.value, text, place: body.place(paragraph)}
    }
  }
  return fields
}

/** The `#` title's text; `null` when absent or the `_Sin título_` placeholder. */
export function readTitle(body: Body): string | null | undefined {
  const heading = body.nodes.find((n) => n.type === 'heading' && n.depth === 1)
  if (!heading || heading.type !== 'heading') return undefined
  body.use(heading)
  if (isPlaceholder([{type: 'paragraph', children: heading.children}])) return null
  const text = inlineText(heading.children)
  return text.trim() ? text : null
}

/** `CL`, `Chile` or `Chile (CL)` → `CL`; reports anything else. */
export function readCountry(body: Body, field: Field | undefined): string | null {
  if (!field?.text) return null
  const code = /^\s*([A-Z]{2})\s*$/.exec(field.text)?.[1] ?? /\(([A-Z]{2})\)/.exec(field.text)?.[1] ?? COUNTRIES.get(fold(field.text))
  if (code) return code
  body.ctx.messages.report('factsheet/unknown-country', `Unexpected country \`${field.text.trim()}\`, expected an ISO 3166-1 alpha-2 code such as \`CL\` or a country name`,
    field.place, {actual: field.text.trim()})
  return null
}

/**
 * The cited origin: `` [ficha.txt](…), líneas 15–52 (formato `ficha`) `` (the path a link, or a
 * code span as sheets wrote it before; `, página 3` after the lines for a PDF), when
 * `formatIds` has its format.
 */
export function readOrigin(field: Field | undefined, formatIds: readonly string[]): Source | null {
  if (!field?.value) return null
  const anchor = field.value.find((n) => n.type === 'link')
  const codes = field.value.filter((n) => n.type === 'inlineCode').map((n) => n.value)
  if (anchor?.type === 'link') codes.unshift(inlineText(anchor.children))
  const text = field.text ?? ''
  const range = /(\d+)\s*[–-]\s*(\d+)/.exec(text.replace(codes[0] ?? '', ''))
  const single = /(\d+)/.exec(text.replace(codes[0] ?? '', ''))
  const format = codes[1] ?? /\(\s*\S+\s+`?([a-z]+)`?\s*\)/.exec(text)?.[1]
  const path = codes[0]
  if (!path || !single || format === undefined || !formatIds.includes(format)) return null
  const startLine = Number(range?.[1] ?? single[1])
  const page = /p[áa]gina\s+(\d+)/i.exec(text)
  return {format, path, startLine, endLine: Number(range?.[2] ?? startLine), ...(page ? {page: Number(page[1])} : {})}
}
