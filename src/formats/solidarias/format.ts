import {defineFormat} from '../format.js'

export const solidarias = defineFormat({
  id: 'solidarias',
  description: 'Ciudades Solidarias reports and press releases',
  documents: '"Ciudades Solidarias" reports and press releases',
  reads: 'figures in digits or Spanish number words (`4.000` is four thousand), commitments under "Principales compromisos…", member localities with their department (checked against the Guatemalan and Chilean gazetteers), Spanish dates, country from the office or dateline, tags, source URL; `**emphasis**` parsed with remark',
  records: ['network-report'],
  signals: [
    {name: '`Ciudades Solidarias`', pattern: /ciudades solidarias/, weight: 3},
    {name: '`Principales compromisos` heading', pattern: /principales compromisos/, weight: 2},
    {name: 'count of members (`6 Convenios …`, `19 municipios, 2 gobernaciones …`)', pattern: /(?:^|[\s,;:])\d+ (?:convenios?|municipios?|municipalidades|gobernaciones|comunas)\b/m, weight: 2},
    {name: '`Source URL:` footer', pattern: /^source url:/m, weight: 1},
    {name: 'localities that joined (`se han convertido en`)', pattern: /(?:municipios|gobiernos locales)[^\n]{0,80}(?:se han convertido en|forman parte de|se unieron a)/, weight: 2},
    {name: 'press release (`Comunicado`)', pattern: /^[-* ]*comunicado\s*$/m, weight: 1},
  ],
  load: async () => (await import('./index.js')).parser,
})
