/**
 * Stable record ids: derived from content (never from the file path or position), so the same
 * practice gets the same id from a single document, a folder of sheets or a fact sheet.
 * Within one run ids are unique: a repeat gets `-2`, `-3` … and a warning.
 */
import type {Diagnostic} from '../diagnostics/diagnostic.js'
import {Messages} from '../diagnostics/diagnostic.js'
import type {AnyRecord} from '../schema/records.js'
import {slugify} from '../text/fold.js'

export function baseId(record: AnyRecord): string {
  switch (record.type) {
    case 'practice': {
      const where = record.municipality?.name ?? record.place?.name ?? ''
      return slugify(`${where} ${record.title ?? 'practica sin titulo'}`)
    }
    case 'pmm-objective':
      return `pmm-objective-${record.number}`
    case 'network-report':
      return slugify(`${record.initiative} ${record.country ?? ''} ${record.date ?? ''}`)
  }
}

export class IdRegistry {
  private readonly seen = new Map<string, {file: string; line: number; count: number}>()

  /**
   * Sets `record.id` (keeping a non-empty id a JSON input already has) and makes it unique.
   * `line`: where the record is in the file being read (a JSON input's records cite another file).
   */
  assign(record: AnyRecord, messages: Messages, line = record.source.startLine): Diagnostic | undefined {
    const base = record.id || baseId(record)
    const first = this.seen.get(base)
    if (!first) {
      this.seen.set(base, {file: messages.file, line, count: 1})
      record.id = base
      return undefined
    }
    let n = first.count
    let id: string
    do id = `${base}-${++n}`; while (this.seen.has(id))
    first.count = n
    this.seen.set(id, {file: messages.file, line, count: 1})
    record.id = id
    return messages.report('id/duplicate',
      `Unexpected repeated practice \`${base}\` (first at ${first.file}:${first.line}), renamed to \`${id}\``,
      {line, column: 1, endLine: line, endColumn: 1},
      {actual: base, expected: id})
  }
}
