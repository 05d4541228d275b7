/**
 * Checks a parsed record against its schema with the validators generated from `schemas/`
 * (schema/validators.ts; zod stays unloaded). Each problem becomes an `error`
 * diagnostic `schema/invalid` naming the field path (`selloLines[0].line`).
 */
import type {Messages} from '../diagnostics/diagnostic.js'
import {recordValidators} from '../schema/validators.js'

/** Returns the number of problems found (0 when the record is valid). */
export function schemaDiagnostics(record: unknown, messages: Messages, line: number): number {
  const place = {line, column: 1, endLine: line, endColumn: 1}
  const type = (record as {type?: unknown} | null)?.type
  const validators = recordValidators()
  const validate = typeof type === 'string' ? validators[type as keyof typeof validators] : undefined
  if (!validate) {
    messages.report('schema/invalid', `Unexpected record type \`${String(type)}\`, expected \`practice\`, \`pmm-objective\` or \`network-report\``, place)
    return 1
  }
  if (validate(record)) return 0
  const errors = mostSpecific(validate.errors ?? [])
  for (const error of errors) {
    const path = formatPath(error.instancePath.split('/').slice(1).map((key) => (/^\d+$/.test(key) ? Number(key) : key.replace(/~1/g, '/').replace(/~0/g, '~'))))
    messages.report('schema/invalid', `Unexpected value at \`${path || '(record)'}\`: ${error.message ?? error.keyword}`, place, {expected: error.keyword})
  }
  return Math.max(1, errors.length)
}

/**
 * One error per value: a nullable field that fails reports "must match pattern", "must be null"
 * and "must match a schema in anyOf"; keep the first error that is not about the alternatives.
 */
function mostSpecific<E extends {instancePath: string; keyword: string; params: Record<string, unknown>}>(errors: E[]): E[] {
  const byPath = new Map<string, E>()
  const alternative = (e: E) => e.keyword === 'anyOf' || (e.keyword === 'type' && e.params.type === 'null')
  for (const error of errors) {
    const kept = byPath.get(error.instancePath)
    if (!kept || (alternative(kept) && !alternative(error))) byPath.set(error.instancePath, error)
  }
  return [...byPath.values()]
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '')
}
