import {SOLIDARIAS_SIGNALS} from '../formats/solidarias/signals.js'
import type {FormatId} from '../schema/records.js'

/**
 * Evidence for each format. Patterns run on the folded text (lower case, no accents), so OCR
 * damage such as `Ano de inicio` and the undamaged `Año de inicio` both count.
 */
export interface Signal {
  format: FormatId
  name: string
  pattern: RegExp
  /** May be negative: evidence against the format. */
  weight: number
  /**
   * A format with gate signals is chosen only when one of them matched, whatever its score
   * (`solidarias` needs a network name).
   */
  gate?: boolean
}

export const SIGNALS: readonly Signal[] = [
  {format: 'ficha', name: '`MUNICIPALIDAD` line', pattern: /^[ \t]*municipalidad[ \t:]*$/m, weight: 3},
  {format: 'ficha', name: '`Líneas Sello` section', pattern: /^[ \t]*lineas sello\b/m, weight: 4},
  {format: 'ficha', name: '`Fechas de implementación` label', pattern: /^[ \t]*fechas de implementacion/m, weight: 2},
  {format: 'ficha', name: '`Grupo prioritario` label', pattern: /^[ \t]*grupo prioritario/m, weight: 2},
  {format: 'ficha', name: 'checkbox grid', pattern: /<input[^>]*checkbox|^[ \t]*(?:[-*] \[[ x]\]|[☐☒☑✓✔□])[ \t]*(?:sociolaboral|acogida|emprendimiento|nna)/m, weight: 2},
  {format: 'ficha', name: 'month table header', pattern: /enero\tfebrero\tmarzo/, weight: 2},

  {format: 'gobernanza', name: 'slide header `GOBERNANZA MIGRATORIA`', pattern: /gobernanza migratoria en los gobiernos locales/, weight: 3},
  {format: 'gobernanza', name: '`Año de inicio` label (OCR variants)', pattern: /\ba?n?o de inicio\b/, weight: 3},
  {format: 'gobernanza', name: '`Medio de verificación` label', pattern: /medio de verificaci/, weight: 3},
  {format: 'gobernanza', name: '`Principal(es) objetivo(s)` label', pattern: /principal ?\(es\)/, weight: 2},
  {format: 'gobernanza', name: '`Logros/resultados` label', pattern: /logros ?\/ ?resultados/, weight: 2},

  {format: 'pmm', name: '`Pacto Mundial para la Migración`', pattern: /pacto mundial (?:para|sobre) la migracion/, weight: 2},
  {format: 'pmm', name: 'PMM table header', pattern: /objetivo\tideas clave del compromiso/, weight: 5},
  {format: 'pmm', name: '`<p>` table cells', pattern: /<p>[^<]*<\/p>\t/, weight: 2},
  {format: 'pmm', name: '`PMM` abbreviation', pattern: /\bpmm\b/, weight: 1},

  ...SOLIDARIAS_SIGNALS,

  {format: 'factsheet', name: 'fact sheet marker', pattern: /<!-- practices:factsheet/, weight: 20},
  {format: 'factsheet', name: 'fact sheet index marker', pattern: /<!-- practices:index/, weight: 20},
]
