/**
 * Stable record ids: derived from content (never from the file path or position), so the same
 * practice gets the same id from a single document, a folder of sheets or a fact sheet.
 * Within one run ids are unique: a repeat gets `-2`, `-3` … and a warning.
 */
import type {Diagnostic, Place} from '../diagnostics/diagnostic.js'
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

/**
 * The ids of a run. A 1 GB folder holds half a million records: each id is one map entry and
 * three numbers in typed arrays (where it was first seen, how many repeats), not an object.
 */
export class IdRegistry {
  /** Id → its slot in the arrays below. */
  private readonly slots = new Map<string, number>()
  private readonly files: string[] = []
  private readonly fileSlots = new Map<string, number>()
  private fileOf = new Int32Array(1024)
  private lineOf = new Int32Array(1024)
  private countOf = new Int32Array(1024)

  get size(): number {
    return this.slots.size
  }

  /**
   * Sets `record.id` (keeping a non-empty id a JSON input already has) and makes it unique.
   * `place`: where to point at the record (its first line, or its value in a JSON file).
   */
  assign(record: AnyRecord, messages: Messages, place?: Place): Diagnostic | undefined {
    const base = record.id || baseId(record)
    const line = place?.line ?? record.source.startLine
    const first = this.slots.get(base)
    if (first === undefined) {
      this.add(base, messages.file, line)
      record.id = base
      return undefined
    }
    let n = this.countOf[first]!
    let id: string
    do id = `${base}-${++n}`; while (this.slots.has(id))
    this.countOf[first] = n
    this.add(id, messages.file, line)
    record.id = id
    return messages.report('id/duplicate',
      `Unexpected repeated practice \`${base}\` (first at ${this.files[this.fileOf[first]!]}:${this.lineOf[first]}), renamed to \`${id}\``,
      place ? {line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn} : {line, column: 1, endLine: line, endColumn: 1},
      {actual: base, expected: id})
  }

  private add(id: string, file: string, line: number): void {
    const slot = this.slots.size
    if (slot === this.countOf.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b }
      this.fileOf = grow(this.fileOf)
      this.lineOf = grow(this.lineOf)
      this.countOf = grow(this.countOf)
    }
    let fileSlot = this.fileSlots.get(file)
    if (fileSlot === undefined) {
      fileSlot = this.files.length
      this.files.push(file)
      this.fileSlots.set(file, fileSlot)
    }
    this.slots.set(id, slot)
    this.fileOf[slot] = fileSlot
    this.lineOf[slot] = line
    this.countOf[slot] = 1
  }
}
