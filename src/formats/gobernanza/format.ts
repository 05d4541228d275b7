import {defineFormat} from '../format.js'

export const gobernanza = defineFormat({
  id: 'gobernanza',
  description: 'OCR of ministry slides on local migration governance',
  documents: 'OCR of Chilean foreign-ministry slides on local migration governance',
  reads: 'start year (`Año/Ano/Ao de inicio`, or a bare year), duration, responsible unit (→ comuna), legal basis, description, objectives, activities, indicator/verification pairs, results; damaged, split and floating labels (printed after their values: assigned by the slide template\'s field order, reported); conservative OCR repair with a Spanish dictionary (only non-words change, only into dictionary words reachable by known OCR confusions); bullet slides and page headers to metadata',
  records: ['practice'],
  signals: [
    {name: 'slide header `GOBERNANZA MIGRATORIA`', pattern: /gobernanza migratoria en los gobiernos locales/, weight: 3},
    {name: '`Año de inicio` label (OCR variants)', pattern: /\ba?n?o de inicio\b/, weight: 3},
    {name: '`Medio de verificación` label', pattern: /medio de verificaci/, weight: 3},
    {name: '`Principal(es) objetivo(s)` label', pattern: /principal ?\(es\)/, weight: 2},
    {name: '`Logros/resultados` label', pattern: /logros ?\/ ?resultados/, weight: 2},
  ],
  // OCR slides: only the title is certain; the rest may be lost to the scan.
  requirements: {practice: {required: ['title'], recommended: ['municipality', 'description', 'responsible', 'startYear']}},
  load: async () => (await import('./index.js')).parser,
})
