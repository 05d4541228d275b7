import type {Messages} from '../diagnostics/diagnostic.js'
import {AnyRecord} from '../schema/records.js'

/**
 * Checks a record against its zod schema; each issue becomes an `error` diagnostic
 * `schema/invalid` naming the field path (`selloLines[0].line`). Returns the number of issues.
 */
export function schemaDiagnostics(record: unknown, messages: Messages, line: number): number {
  const result = AnyRecord.safeParse(record)
  if (result.success) return 0
  for (const issue of result.error.issues) {
    const path = formatPath(issue.path)
    messages.error('schema/invalid', `Unexpected value at \`${path || '(record)'}\`: ${issue.message}`,
      {line, column: 1, endLine: line, endColumn: 1}, {expected: issue.code})
  }
  return result.error.issues.length
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '')
}
