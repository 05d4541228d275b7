import {defineFormat} from '../format.js'
import {SHEET_REQUIREMENTS} from '../ficha/format.js'

export const factsheet = defineFormat({
  id: 'factsheet',
  description: 'Markdown fact sheets written by `practices export --format md`',
  documents: 'the Markdown fact sheets `export --format md` writes (and `template --format md`)',
  reads: 'parses back to the same record: a fact sheet is itself a valid submission',
  records: 'any',
  signals: [
    // At the top of the file, where the exporter writes it: a marker line inside another
    // document (a ficha quoting one) is weak evidence, which that document's own outweighs.
    {name: 'fact sheet marker at the top', pattern: /^\s*<!-- practices:factsheet/, weight: 20},
    {name: 'fact sheet index marker at the top', pattern: /^\s*<!-- practices:index/, weight: 20},
    {name: 'fact sheet marker on a later line', pattern: /\n[ \t]*<!-- practices:factsheet/, weight: 2},
  ],
  // A fact sheet or a filled template is a submission like a sheet. (A sheet that cites its
  // origin is held to that format's rules instead.)
  requirements: {practice: SHEET_REQUIREMENTS},
  expectedAt: {title: {where: 'the practice\'s name in the `#` heading'}},
  load: async () => (await import('./index.js')).parser,
})
