import {defineFormat, type Requirements} from '../format.js'

/** A submitted sheet: what every ficha (and a fact sheet or filled template of one) must hold. */
export const SHEET_REQUIREMENTS: Requirements = {
  required: ['title', 'municipality', 'description', 'selloLines', 'categories'],
  recommended: ['departments', 'priorityGroup', 'schedule|months', 'funding', 'sustainability', 'innovation'],
}

export const ficha = defineFormat({
  id: 'ficha',
  description: 'municipal good-practice sheets (ACNUR + Sello Migrante)',
  documents: 'ACNUR + Sello Migrante good-practice sheets (Chile): one sheet per practice',
  reads: 'title (also wrapped over two lines), `MUNICIPALIDAD` + comuna (→ official name, CUT code, region), labelled sections in any order (case-, accent- and typo-tolerant), the category checkbox grid (`<input … checked>` in any attribute order or quoting, ✓ ✔ ☑ ☒ x X / ☐ □, GFM `- [x]`), the 12-column month table (bound by cell position: leading empty cells count), start year, Líneas Sello with their rationale; introduction and page furniture (form feeds, `Página N`, running headers) go to metadata',
  records: ['practice'],
  signals: [
    {name: '`MUNICIPALIDAD` line', pattern: /^[ \t]*municipalidad[ \t:]*$/m, weight: 3},
    {name: '`Líneas Sello` section', pattern: /^[ \t]*lineas sello\b/m, weight: 4},
    {name: '`Fechas de implementación` label', pattern: /^[ \t]*fechas de implementacion/m, weight: 2},
    {name: '`Grupo prioritario` label', pattern: /^[ \t]*grupo prioritario/m, weight: 2},
    {name: 'checkbox grid', pattern: /<input[^>]{0,256}checkbox|^[ \t]*(?:[-*] \[[ x]\]|[☐☒☑✓✔□])[ \t]*(?:sociolaboral|acogida|emprendimiento|nna)/m, weight: 2},
    {name: 'month table header', pattern: /enero\tfebrero\tmarzo/, weight: 2},
  ],
  requirements: {practice: SHEET_REQUIREMENTS},
  expectedAt: {
    title: {where: 'a title line before `MUNICIPALIDAD`'},
    municipality: {what: 'a comuna', where: 'the comuna\'s name under `MUNICIPALIDAD`'},
  },
  load: async () => (await import('./index.js')).parser,
})
