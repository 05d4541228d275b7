/**
 * Detection evidence for `solidarias` (network news and reports). Patterns run on the folded
 * sample (lower case, no accents, lines kept). A document is `solidarias` only when it names a
 * network (the gate): counts, datelines and `Comunicado` alone are any news release. A page of
 * labelled catalogue fields (`Country:`, `Summary`, `GCM Objectives`) counts against it, however
 * often it names the network (the UN Migration Network Hub has a page on the Sello Migrante).
 */
import type {Signal} from '../format.js'
import {MONTHS_BY_LANGUAGE} from '../../vocab/months.js'
import {INITIATIVES, MEMBERSHIP_CUES, OTHER_NETWORKS} from '../../vocab/networks.js'
import {escapeRegExp} from '../../text/regexp.js'

const NETWORK = `(?:${[...INITIATIVES.flatMap((i) => i.variants), ...OTHER_NETWORKS].map(escapeRegExp).join('|')})`
const CUE = `(?<![a-z])(?:${MEMBERSHIP_CUES.map(escapeRegExp).join('|')})`
const MONTH = `(?:${[...new Set([...MONTHS_BY_LANGUAGE.es.keys(), ...MONTHS_BY_LANGUAGE.pt.keys()])].filter((m) => m.length > 3).join('|')})`
const UNITS = '(?:convenios?|municipios?|municipalidades|gobernaciones|comunas|gobiernos locales|governos locais|integrantes|prefeituras|cidades|ciudades|provincias)'

/**
 * A cue and the network name on one line, at most 240 characters apart, in either order. Tried
 * at each network name (rare) rather than at each cue (`firm`, `miembro`: common words), the
 * cue before it looked for behind it.
 */
const CUE_NEAR_NETWORK = new RegExp(`${NETWORK}(?:(?<=${CUE}[^\\n]{0,240}${NETWORK})|[^\\n]{0,240}${CUE})`)

/**
 * The network named within the first 160 characters of a line that does not end with a full
 * stop. Tried at each network name, the start of its line looked for behind it.
 */
const HEADLINE = new RegExp(`${NETWORK}(?<=^[^\\n]{0,160}${NETWORK})(?:[^\\n]{0,120}[^.\\s])?[ \\t]*$`, 'm')

/** A network name after another one: tried at each name, the earlier one looked for behind it. */
const NAMED_TWICE = new RegExp(`${NETWORK}(?<=${NETWORK}[\\s\\S]*${NETWORK})`)

/** The gate; the signals built on the network name require it (a document without it skips them). */
const NAMES_NETWORK = new RegExp(NETWORK)

export const SOLIDARIAS_SIGNALS: readonly Signal[] = [
  {name: 'names a network (`Ciudades Solidarias`, `Cidades Solidárias`, `Sello Migrante`…)', pattern: NAMES_NETWORK, weight: 2, gate: true},
  {name: 'network named in a headline (a line without a final full stop)', pattern: HEADLINE, weight: 1, requires: NAMES_NETWORK},
  {name: 'network named more than once', pattern: NAMED_TWICE, weight: 1, requires: NAMES_NETWORK},
  {name: 'joining, signing or award near the network name (`se sumó`, `recibió`, `aderiu`)', pattern: CUE_NEAR_NETWORK, weight: 2, requires: NAMES_NETWORK},
  {name: 'who runs or signs for a network (`ACNUR`, `SERMIG`, `convenio`)', pattern: /(?<![a-z])(?:acnur|unhcr|sermig|servicio nacional de migraciones|convenio|acuerdo de cooperacion|termo de adesao|carta de compromiso)(?![a-z])/, weight: 1},
  {name: '`Principales compromisos` heading', pattern: /principales compromisos/, weight: 2},
  {name: 'count of members (`6 Convenios …`, `19 municipios`, `81 municípios`)', pattern: new RegExp(`(?:^|[\\s,;:(])\\d+ ${UNITS}\\b`, 'm'), weight: 1},
  {name: 'news dateline (`QUITO, Ecuador, 11 de noviembre (ACNUR) –`)', pattern: new RegExp(`^[a-z][a-z .'-]{1,40}(?:, [a-z][a-z .'-]{1,30}){0,2}, (?:a )?\\d{1,2}(?: de)? ${MONTH}\\b[^\\n]{0,16}?(?:\\([a-z]{2,12}\\))?\\s*[.:\\u2013\\u2014-]`, 'm'), weight: 1},
  {name: '`Source URL:` footer', pattern: /^source url:/m, weight: 1},
  {name: 'press release (`Comunicado`)', pattern: /^[-* ]*(?:comunicado|comunicado de prensa|nota de prensa|comunicados a imprensa)\s*$/m, weight: 1},
  {name: 'practice-repository labels (`GCM Objectives`, `Type of practice`): a catalogue page, not news', pattern: /^[ \t]*(?:gcm objectives|gcm guiding principles|objetivos del pmm|principios rectores|sustainable development goals \(sdgs\)|type of practice|tipo de practica|latest content|repository of practices|implementing partners|socios implementadores)[ \t]*(?::[ \t]*)?$/m, weight: -3},
  {name: 'labelled fields on lines of their own (`Country:`, `Summary`, `Resumen`): a catalogue page, not news', pattern: /^[ \t]*(?:country|pais|regions|sub regions|summary|resumen|dates|fechas)[ \t]*(?::[ \t]*)?$/m, weight: -3},
]
