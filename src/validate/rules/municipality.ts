/**
 * The municipality of a Chilean practice is an official comuna, with its CUT code and region.
 * A sheet's parser reports an unknown comuna while reading it (same rule id); this rule checks
 * what no parser saw: JSON records and fact sheets, where name, code and region are typed by hand.
 *
 *   "municipality": {"name": "Puente Alta", "code": null, "region": null}
 *                   ^ Unexpected comuna `Puente Alta`, expected a comuna from the official list of Chilean comunas (nearest: `Puente Alto`, …)
 */
import {findComuna, nearestComunas} from '../../normalize/gazetteer.js'
import {UNKNOWN_COMUNA} from '../adopted.js'
import type {RecordRule} from '../rule.js'

export const municipalityKnown: RecordRule = {
  kind: 'record',
  id: UNKNOWN_COMUNA,
  check(c) {
    if (c.record.type !== 'practice' || c.record.municipality === null) return
    const {municipality, country} = c.record
    if (country !== 'CL' && !(country === null && municipality.code !== null)) return
    if (c.reported(this.id)) return
    const place = c.place('municipality')
    const match = findComuna(municipality.name)
    if (!match || match.how === 'fuzzy') {
      const nearest = nearestComunas(municipality.name)
      c.report(`Unexpected comuna \`${municipality.name}\`, expected a comuna from the official list of Chilean comunas (nearest: ${nearest.map((n) => `\`${n}\``).join(', ')})`,
        place, {actual: municipality.name, suggestion: nearest[0]})
      return
    }
    const official = match.municipality
    const wrong = (['name', 'code', 'region'] as const).filter((key) => municipality[key] !== null && municipality[key] !== official[key])
    if (wrong.length === 0) return
    const shown = wrong.map((key) => `${key} \`${municipality[key]}\``).join(' and ')
    c.report(`Unexpected ${shown} for comuna \`${official.name}\`, expected ${wrong.map((key) => `\`${official[key]}\``).join(' and ')}`,
      place, {actual: wrong.map((key) => municipality[key]).join(', '), expected: wrong.map((key) => official[key]).join(', ')})
  },
}
