/**
 * `validate/template-text` (error): a placeholder of the blank sheet (`practices template`) left
 * in a submission, e.g. a description still reading `«Qué se hace, con quién…»`, or a Sello line
 * kept with its `«por qué se destaca…»` rationale instead of being explained or removed.
 *
 *   «Qué se hace, con quién, para quién y con qué resultados»
 *   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Unexpected template text `«Qué se hace, …»` in `Breve descripción`, expected the practice's own text
 */
import {TEMPLATE_TEXTS} from '../../vocab/template.js'
import type {RecordRule} from '../rule.js'
import {sectionName} from '../sections.js'

export const templateText: RecordRule = {
  kind: 'record',
  id: 'validate/template-text',
  check(c) {
    for (const [field, value] of Object.entries(c.record)) {
      if (field === 'source' || field === 'id') continue
      const found = placeholderIn(value)
      if (found === undefined) continue
      c.report(`Unexpected template text \`${found}\` in \`${sectionName(field, c.result.format, c.record)}\`, expected the practice's own text`, c.place(field), {actual: found})
    }
  },
}

/** The first placeholder found in a value (strings, arrays and objects, deeply). */
function placeholderIn(value: unknown): string | undefined {
  if (typeof value === 'string') return TEMPLATE_TEXTS.find((text) => value.includes(text))
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = placeholderIn(item)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (value !== null && typeof value === 'object') return placeholderIn(Object.values(value))
  return undefined
}
