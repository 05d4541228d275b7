/**
 * Section readers for the fields a practice-repository page adds to a practice:
 *
 *   ## En curso                          ## Principios rectores del PMM
 *   Sí                                   - Centrada en las personas
 *
 *   ## Metas de los ODS                  ## Localidades
 *   - 10.7                               | Localidad | País | Departamento o región |
 *                                        | Lima      | PE   | Lima                  |
 *
 * `Tipo de práctica`, `Año de término` and `Socios` are read as text, a year and a list.
 */
import type {ListItem, Table} from 'mdast'
import type {Practice} from '../../schema/records.js'
import {fold} from '../../text/fold.js'
import {trimEndWhere} from '../../text/trim.js'
import {COUNTRIES} from '../../vocab/countries.js'
import {GCM_PRINCIPLES} from '../../vocab/data/gcm-principles.js'
import {ONGOING_WORDS} from '../../vocab/factsheet-labels.js'
import type {Body} from './body.js'
import {inlineText, isPlaceholder} from './fragment.js'

type Reader = (body: Body, record: Practice) => void

/** `Sí` / `No` (also `yes`, `true`, `en curso` …). */
export const readOngoing: Reader = (body, record) => {
  const value = body.text()
  body.finish('`Sí` or `No`')
  if (value === null) return
  const word = trimEndWhere(fold(value), /[.!]/)
  if ((ONGOING_WORDS.yesVariants as readonly string[]).includes(word)) { record.ongoing = true; return }
  if ((ONGOING_WORDS.noVariants as readonly string[]).includes(word)) { record.ongoing = false; return }
  body.ctx.messages.report('factsheet/invalid-value', `Unexpected \`${value.trim()}\` in section \`${body.label}\`, expected \`${ONGOING_WORDS.yes}\` or \`${ONGOING_WORDS.no}\``,
    body.place(body.nodes[0]!), {actual: value.trim()})
}

/** Each list item's text, with the item (placeholders skipped). */
function listItems(body: Body): Array<{item: ListItem; value: string}> {
  const out: Array<{item: ListItem; value: string}> = []
  for (const node of body.nodes) {
    if (node.type !== 'list') continue
    for (const item of node.children) {
      if (isPlaceholder(item.children)) { body.use(item); continue }
      out.push({item, value: inlineText(item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))).trim()})
    }
  }
  return out
}

/** A principle by its Spanish or English label, or its id: `Centrada en las personas`, `people-centred`. */
export const readGuidingPrinciples: Reader = (body, record) => {
  for (const {item, value} of listItems(body)) {
    const key = fold(value)
    const principle = GCM_PRINCIPLES.find((p) => [p.label, p.labelEn, p.id].some((name) => fold(name) === key))
    if (!principle) {
      body.leave(item, 'factsheet/unknown-principle', `Unexpected \`${value}\` in section \`${body.label}\`, expected a guiding principle such as \`${GCM_PRINCIPLES[0].label}\``, {actual: value})
      continue
    }
    body.use(item)
    if (!record.guidingPrinciples.includes(principle.id)) record.guidingPrinciples.push(principle.id)
  }
  body.finish('a list of guiding principles (`- Centrada en las personas`)')
}

const SDG_TARGET = /^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-d])$/

/** `- 10.7` */
export const readSdgTargets: Reader = (body, record) => {
  for (const {item, value} of listItems(body)) {
    const target = value.replace(/^(?:meta|target|ods|sdg)\s*/i, '')
    if (!SDG_TARGET.test(target)) {
      body.leave(item, 'factsheet/invalid-value', `Unexpected \`${value}\` in section \`${body.label}\`, expected an SDG target such as \`10.7\``, {severity: 'warning', actual: value})
      continue
    }
    body.use(item)
    if (!record.sdgTargets.includes(target)) record.sdgTargets.push(target)
  }
  body.finish('a list of SDG targets (`- 10.7`)')
}

/** The places table (header row skipped): name, country (code or name), first-level division. */
export const readPlaces: Reader = (body, record) => {
  for (const node of body.nodes) {
    if (node.type !== 'table') continue
    body.use(node)
    for (const row of (node as Table).children.slice(1)) {
      const [name, country, admin1] = row.children.map((c) => inlineText(c.children).trim())
      if (!name) continue
      const code = country ? (/^[A-Z]{2}$/.test(country) ? country : COUNTRIES.get(fold(country)) ?? null) : null
      if (country && !code) {
        body.ctx.messages.report('factsheet/unknown-country', `Unexpected country \`${country}\` for \`${name}\`, expected an ISO 3166-1 alpha-2 code such as \`PE\``,
          body.place(row), {actual: country})
      }
      record.places.push({name, country: code, admin1: admin1 || null})
    }
  }
  body.finish('a table of places (`| Localidad | País | Departamento o región |`)')
}
