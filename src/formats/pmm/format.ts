import {defineFormat} from '../format.js'

export const pmm = defineFormat({
  id: 'pmm',
  description: 'IOM handbook with Global Compact for Migration tables',
  documents: 'IOM handbook on the Global Compact for Migration',
  reads: 'tab-separated `<p>` cell tables (read with parse5), headers repeated per page merged, two objectives per row in the first grid, objectives that lost their number recognised from their statement (reported), annex examples `Place (Country): Title (Year) … Enlace: …` with `<ol>` items kept; index, prose, criteria, footnotes to metadata',
  records: ['pmm-objective', 'practice'],
  signals: [
    {name: '`Pacto Mundial para la Migración`', pattern: /pacto mundial (?:para|sobre) la migracion/, weight: 2},
    {name: 'PMM table header', pattern: /objetivo\tideas clave del compromiso/, weight: 5},
    {name: '`<p>` table cells', pattern: /<p>[^<]*<\/p>\t/, weight: 2},
    {name: '`PMM` abbreviation', pattern: /\bpmm\b/, weight: 1},
  ],
  // Annex examples: a title and the objective they illustrate (some examples name no place: the
  // handbook's own text, so a place is only recommended).
  requirements: {practice: {required: ['title', 'pmmObjectives'], recommended: ['place', 'description', 'year', 'link']}},
  load: async () => (await import('./index.js')).parser,
})
