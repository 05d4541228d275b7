/**
 * Sections that name a place: `Municipalidad` (name, then `Código` and `Región`) and `Lugar`
 * (name, then `País`).
 *
 *   ## Municipalidad
 *   Puente Alto              ← name
 *   - **Código:** 13201
 *   - **Región:** Metropolitana de Santiago
 *
 * A sheet written by hand may give the comuna's name only: with repairs on, a Chilean comuna is
 * then looked up in the gazetteer and its official name, CUT code and region filled in (info
 * `factsheet/municipality-lookup`; `municipality/fuzzy-match` when the name was misspelt).
 */
import type {Paragraph} from 'mdast'
import type {Municipality, Practice} from '../../schema/records.js'
import {findComuna} from '../../normalize/gazetteer.js'
import type {Body} from './body.js'
import {inlineText, isPlaceholder} from './fragment.js'
import {readCountry, readFields} from './head.js'

/** The first paragraph that is not a placeholder: the place name. */
function placeName(body: Body): {name: string | null; node: Paragraph | null} {
  for (const node of body.nodes) {
    if (node.type !== 'paragraph') continue
    body.use(node)
    if (isPlaceholder([node])) return {name: null, node}
    const name = inlineText(node.children).trim()
    return {name: name || null, node}
  }
  return {name: null, node: null}
}

export function readMunicipality(body: Body, record: Practice): void {
  const {name, node} = placeName(body)
  const fields = readFields(body)
  body.finish('the municipality name, then `- **Código:** …` and `- **Región:** …`')
  if (!name) return
  let code = fields.code?.text?.trim() ?? null
  if (code !== null && !/^\d{5}$/.test(code)) {
    body.ctx.messages.report('factsheet/invalid-value', `Unexpected code \`${code}\`, expected a 5-digit CUT code such as \`13201\``,
      fields.code!.place, {actual: code})
    code = null
  }
  const municipality: Municipality = {name, code, region: fields.region?.text ?? null}
  if (!fields.code && !fields.region && (record.country === null || record.country === 'CL')) {
    const found = findComuna(name)
    if (found && body.ctx.options.repair) {
      Object.assign(municipality, found.municipality)
      const m = found.municipality
      if (found.how === 'fuzzy') {
        body.ctx.messages.report('municipality/fuzzy-match', `Unexpected comuna \`${name}\`, expected \`${m.name}\` (read as \`${m.name}\`, ${m.code}, ${m.region})`,
          body.place(node!), {actual: name, expected: m.name, suggestion: m.name})
      } else {
        body.ctx.messages.report('factsheet/municipality-lookup', `Unexpected comuna \`${name}\` without code, expected \`${m.name}\` (${m.code}, ${m.region})`,
          body.place(node!), {actual: name, expected: m.name})
      }
    }
  }
  record.municipality = municipality
}

export function readPlace(body: Body, record: Practice): void {
  const {name} = placeName(body)
  const fields = readFields(body)
  body.finish('the place name, then `- **País:** …`')
  if (name) record.place = {name, country: readCountry(body, fields.country)}
}
