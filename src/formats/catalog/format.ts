import {defineFormat} from '../format.js'
import {CATALOG_SIGNALS} from './signals.js'

export const catalog = defineFormat({
  id: 'catalog',
  description: 'practice-repository pages (Migration Network Hub practices and pledges, other good-practice catalogues)',
  documents: 'a page of a practice repository copied as text: UN Migration Network Hub practice pages and pledge forms (es/en), city-network, UNESCO, ILO and GFMD good-practice sheets (es/en/pt)',
  reads: 'labels in any order, alone on their line or `Label: value`, with a tab, or glued to the value by a table copy (`Country of implementationColombia`), matched in Spanish, English and Portuguese (typos tolerated, reported); site furniture (menus, breadcrumbs, share buttons, footers, cookie notices, a `Latest content` list of other practices) to `metadata.furniture`; title from its label or the page heading; dates `2019 - Presente`, `Start:`/`End: Currently in force` → start and end year, ongoing; GCM objectives by number (`16`, `7. Address…`, `Objective 2:`) or by name in es/en (statement, Hub short name, icon label; cut short with `…`); `10.7 …` is an SDG target, never objective 10; guiding principles and SDG targets; country from `País:`/`Country:` (names and official long names in es/en/pt), else from the place or the title (reported); localities (`Local: Lima Metropolitana, Perú`, `City of São Paulo`) → `{name, country, admin1}`; partners, target group, results, funding, practice type as written; labels with no record field (contact, context, submission details, region…) to `metadata.fields`',
  records: ['practice'],
  signals: CATALOG_SIGNALS,
  // A practice-repository page: named and summarised; objectives, dates and country expected.
  requirements: {practice: {required: ['title', 'description'], recommended: ['pmmObjectives', 'startYear|endYear|ongoing|schedule', 'country']}},
  load: async () => (await import('./index.js')).parser,
})
