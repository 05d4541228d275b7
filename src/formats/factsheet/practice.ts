/**
 * Section readers of a practice sheet, one per `##` section (labels in
 * src/vocab/factsheet-labels.ts). Each reader fills its field(s) and reports what it could not
 * read; `Body.finish` reports anything else in the section.
 */
import type {Practice} from '../../schema/records.js'
import {GCM_OBJECTIVES} from '../../vocab/data/gcm-objectives.js'
import {FIELD_LABELS, YEAR_SINCE, type PracticeSectionId} from '../../vocab/factsheet-labels.js'
import type {Body} from './body.js'
import {readCategories} from './checkbox-list.js'
import {labelled} from './fields.js'
import {blockText, inlineText, isPlaceholder} from './fragment.js'
import {readSchedule} from './month-table.js'
import {readMunicipality, readPlace} from './places.js'
import {readGuidingPrinciples, readOngoing, readPlaces, readSdgTargets} from './repository-fields.js'
import {readSelloLines} from './sello-lines.js'

type Reader = (body: Body, record: Practice) => void

const text = (field: 'priorityGroup' | 'funding' | 'sustainability' | 'description' | 'innovation' | 'duration' | 'responsible' | 'legalBasis' | 'results' | 'practiceType'): Reader =>
  (body, record) => { record[field] = body.text(); body.finish('text') }

const items = (field: 'departments' | 'objectives' | 'activities' | 'partners'): Reader =>
  (body, record) => { record[field] = body.items(); body.finish('a list (`- …`)') }

/** `2019`; under `Año`, also `Desde 2019`: the printed year is the start too. */
const year = (field: 'startYear' | 'year' | 'endYear'): Reader => (body, record) => {
  const value = body.text()
  body.finish('a year such as `2019`')
  if (value === null) return
  const since = field === 'year' ? new RegExp(`^\\s*${YEAR_SINCE}\\s+(\\d{4})\\s*$`, 'i').exec(value) : null
  const printed = since ? since[1]! : value
  const n = Number(printed.trim())
  if (/^\s*\d{4}\s*$/.test(printed) && n >= 1900 && n <= 2100) {
    record[field] = n
    if (since) record.startYear ??= n
    return
  }
  body.ctx.messages.report('factsheet/invalid-value', `Unexpected \`${value.trim()}\` in section \`${body.label}\`, expected a year such as \`2019\``,
    body.place(body.nodes[0]!), {actual: value.trim()})
}

/** `Objetivo 7: Abordar y reducir …` or `7`; the statement alone is recognised too. */
const pmmObjectives: Reader = (body, record) => {
  for (const node of body.nodes) {
    if (node.type !== 'list') continue
    for (const item of node.children) {
      if (isPlaceholder(item.children)) { body.use(item); continue }
      const value = inlineText(item.children.flatMap((c) => (c.type === 'paragraph' ? c.children : []))).trim()
      const number = Number(/^(?:\D{0,12}?\s)?(\d{1,2})\b/.exec(value)?.[1] ?? NaN)
      const byStatement = GCM_OBJECTIVES.find((o) => value.toLowerCase().includes(o.statement.toLowerCase()))?.number
      const n = number >= 1 && number <= 23 ? number : byStatement
      if (n === undefined) {
        body.leave(item, 'factsheet/unknown-objective', `Unexpected \`${value}\` in section \`${body.label}\`, expected \`Objetivo N\` with N from 1 to 23`, {actual: value})
        continue
      }
      body.use(item)
      record.pmmObjectives.push(n)
    }
  }
  body.finish('a list of objectives (`- Objetivo 7: …`)')
}

const INDICATOR_LABELS = FIELD_LABELS.filter((l) => l.id === 'indicator' || l.id === 'verification')

/** `- indicator text` then, in the same item, `**Medio de verificación:** …`. */
const indicators: Reader = (body, record) => {
  for (const node of body.nodes) {
    if (node.type !== 'list') continue
    body.use(node)
    for (const item of node.children) {
      if (isPlaceholder(item.children)) continue
      let indicator: string[] = []
      let verification: string[] | null = null
      for (const child of item.children) {
        const found = child.type === 'paragraph' ? labelled(body.ctx, child, INDICATOR_LABELS, body.place(child), true) : null
        const value = found ? inlineText(found.value) : blockText(body.ctx, body.fragment, [child])
        if (found?.id === 'verification') verification = [value]
        else if (verification) verification.push(value)
        else indicator.push(value)
      }
      indicator = indicator.filter((t) => t.trim())
      if (indicator.length === 0) continue
      record.indicators.push({indicator: indicator.join('\n\n'), verification: verification?.join('\n\n').trim() ? verification.join('\n\n') : null})
    }
  }
  body.finish('a list of indicators with `**Medio de verificación:** …`')
}

/** `[text](url)`, or text alone. */
const link: Reader = (body, record) => {
  const paragraph = body.nodes.find((n) => n.type === 'paragraph')
  if (paragraph?.type === 'paragraph' && !isPlaceholder([paragraph])) {
    body.use(paragraph)
    const anchor = paragraph.children.find((n) => n.type === 'link' && body.isWrittenLink(n))
    const url = anchor?.type === 'link' ? anchor.url : null
    const label = anchor?.type === 'link' ? inlineText(anchor.children) : inlineText(paragraph.children)
    if (url !== null && !URL.canParse(url)) {
      body.ctx.messages.report('factsheet/invalid-value', `Unexpected link \`${url}\`, expected an absolute URL such as \`https://…\``, body.place(paragraph), {actual: url})
    }
    const ok = url !== null && URL.canParse(url) ? url : null
    if (label.trim() || ok) record.link = {text: label.trim() ? label : ok!, url: ok}
  } else if (paragraph) body.use(paragraph)
  body.finish('a link (`[text](https://…)`)')
}

export const PRACTICE_READERS: Record<PracticeSectionId, Reader> = {
  municipality: readMunicipality,
  departments: items('departments'),
  categories: readCategories,
  priorityGroup: text('priorityGroup'),
  schedule: readSchedule,
  funding: text('funding'),
  sustainability: text('sustainability'),
  description: text('description'),
  innovation: text('innovation'),
  selloLines: readSelloLines,
  startYear: year('startYear'),
  duration: text('duration'),
  responsible: text('responsible'),
  legalBasis: text('legalBasis'),
  objectives: items('objectives'),
  activities: items('activities'),
  indicators,
  results: text('results'),
  place: readPlace,
  year: year('year'),
  link,
  pmmObjectives,
  practiceType: text('practiceType'),
  endYear: year('endYear'),
  ongoing: readOngoing,
  guidingPrinciples: readGuidingPrinciples,
  sdgTargets: readSdgTargets,
  partners: items('partners'),
  places: readPlaces,
}

/** Record fields each section fills (for `ctx.locate`). */
export const PRACTICE_FIELDS: Partial<Record<PracticeSectionId, readonly string[]>> = {
  schedule: ['months', 'schedule'],
  year: ['year', 'startYear'],
  categories: ['categories', 'categoryOther'],
}
