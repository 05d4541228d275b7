/**
 * `validate/missing-section` (warning): a record has the sections its format recommends
 * (requirements.ts): for a ficha the offices, priority group, dates (text or month table),
 * funding, sustainability and innovation. Empty ones are `validate/empty-section`.
 *
 *   Capacitación en Oficios          ← a sheet with no `Forma de financiamiento` label at all
 *   ^^^^^^^^^^^^^^^^^^^^^^^ Unexpected practice `Capacitación en Oficios` without `Forma de financiamiento`, expected a `Forma de financiamiento` section
 */
import {requirementsOf} from '../requirements.js'
import type {RecordRule} from '../rule.js'
import {isPresent} from '../sections.js'
import {gap} from './required-section.js'

export const missingSection: RecordRule = {
  kind: 'record',
  id: 'validate/missing-section',
  severity: 'warning',
  description: 'A record has the sections its format recommends. Ficha and fact sheet: `Departamento/Oficinas…`, `Grupo prioritario`, `Fechas de implementación` (text or month table), `Forma de financiamiento`, `Sostenibilidad en el tiempo`, `Elemento innovador/creativo…`. Gobernanza: municipality, description, responsible unit, start year. PMM annex practice: place, description, year, link. Practice-repository page: GCM objectives, dates, country. Network report: country, date.',
  example: 'Unexpected practice `Capacitación en Oficios` without `Forma de financiamiento`, expected a `Forma de financiamiento` section',
  check(c) {
    const located = c.json ? {} : c.result.fieldPlaces?.get(c.record) ?? {}
    for (const spec of requirementsOf(c.record, c.format).recommended) {
      if (isPresent(c.record, spec)) continue
      const fields = spec.split('|')
      const signals = fields.map((f) => c.signal(f))
      // A label that is there but empty is `validate/empty-section`'s.
      if (fields.some((f) => located[f]) || signals.some((s) => s?.state === 'empty')) continue
      const signal = signals.find((s) => s !== undefined)
      if (signal) c.supersede(signal.diagnostic)
      c.report(...gap(c, fields[0]!, signal, ''))
    }
  },
}
