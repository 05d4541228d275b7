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

/** Ids in each block of a registry's storage: it grows a block at a time, and is never copied. */
const BLOCK_BITS = 15
const BLOCK = 1 << BLOCK_BITS
/** Numbers kept for each id: its three hashes, and the line where it was first seen. */
const FIELDS = 4
const LINE = 3

/**
 * The ids of a run. A 1 GB folder holds over half a million records, and a `Map` of their ids
 * took ~130 bytes each (85 MB). Each id is kept as a 96-bit hash of its text and the line where
 * it was first seen, in blocks of typed arrays: 16 bytes, plus 5 to 11 bytes of hash table (three
 * eighths to three quarters full). Ids come file by file: a file is kept once, with the slot of
 * its first id. The last suffix given to a repeated id is kept in a `Map`, for repeated ids only.
 * 666,000 ids take 15 MB. Arrays that doubled as they grew held up to twice the bytes, and a
 * copy while they grew: 630,000 ids took 63 MB of them.
 * Two different ids are taken for one with a chance below 10^-16 in a run of a million records
 * (three 32-bit hashes, each mixed its own way).
 */
export class IdRegistry {
  private count = 0
  /** Open addressing: slot + 1 of the id whose first hash lands here, 0 for none. */
  private table = new Int32Array(1 << 12)
  /** `FIELDS` numbers per id, `BLOCK` ids per block. */
  private readonly blocks: Uint32Array[] = []
  /** Each file that gave ids, and the slot of its first id (increasing). */
  private readonly files: string[] = []
  private readonly fileStarts: number[] = []
  /** The last suffix given to each repeated id (by slot): `-2`, `-3` … */
  private readonly suffixes = new Map<number, number>()
  /** The file of the last id added (ids come file by file). */
  private lastFile: string | undefined
  /** The hashes of the id last looked up, and the table index where it goes if it was not found. */
  private readonly h = new Uint32Array(3)
  private at = 0

  get size(): number {
    return this.count
  }

  /**
   * Sets `record.id` (keeping a non-empty id a JSON input already has) and makes it unique.
   * `place`: where to point at the record (its first line, or its value in a JSON file).
   */
  assign(record: AnyRecord, messages: Messages, place?: Place): Diagnostic | undefined {
    const base = record.id || baseId(record)
    const line = place?.line ?? record.source.startLine
    const first = this.find(base)
    if (first < 0) {
      this.add(messages.file, line)
      record.id = base
      return undefined
    }
    const block = this.blocks[first >>> BLOCK_BITS]!, at = (first & (BLOCK - 1)) * FIELDS
    let n = this.suffixes.get(first) ?? 1
    let id: string
    do id = `${base}-${++n}`; while (this.find(id) >= 0)
    this.suffixes.set(first, n)
    this.add(messages.file, line)
    record.id = id
    return messages.report('id/duplicate',
      `Unexpected repeated practice \`${base}\` (first at ${this.fileOf(first)}:${block[at + LINE]}), renamed to \`${id}\``,
      place ? {line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn} : {line, column: 1, endLine: line, endColumn: 1},
      {actual: base, expected: id})
  }

  /** The slot of `id`, or -1 (then `add` adds it). */
  private find(id: string): number {
    hash(id, this.h)
    const a = this.h[0]!, b = this.h[1]!, c = this.h[2]!
    const mask = this.table.length - 1
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const entry = this.table[i]!
      if (entry === 0) {
        this.at = i
        return -1
      }
      const slot = entry - 1
      const block = this.blocks[slot >>> BLOCK_BITS]!, at = (slot & (BLOCK - 1)) * FIELDS
      if (block[at] === a && block[at + 1] === b && block[at + 2] === c) return slot
    }
  }

  /** Adds the id last looked up (and not found). */
  private add(file: string, line: number): void {
    const slot = this.count++
    if ((slot & (BLOCK - 1)) === 0) this.blocks.push(new Uint32Array(BLOCK * FIELDS))
    const block = this.blocks[slot >>> BLOCK_BITS]!, at = (slot & (BLOCK - 1)) * FIELDS
    block.set(this.h, at)
    this.table[this.at] = slot + 1
    if (file !== this.lastFile) {
      this.lastFile = file
      this.files.push(file)
      this.fileStarts.push(slot)
    }
    block[at + LINE] = line
    // At most three quarters full: a lookup probes a few entries (each a read in a block).
    if (this.count * 4 > this.table.length * 3) this.rehash()
  }

  /** The file of the id in `slot`: the last file whose first id is at or before it. */
  private fileOf(slot: number): string {
    let low = 0, high = this.fileStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >>> 1
      if (this.fileStarts[mid]! <= slot) low = mid
      else high = mid - 1
    }
    return this.files[low]!
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2)
    const mask = table.length - 1
    for (let slot = 0; slot < this.count; slot++) {
      let i = this.blocks[slot >>> BLOCK_BITS]![(slot & (BLOCK - 1)) * FIELDS]! & mask
      while (table[i] !== 0) i = (i + 1) & mask
      table[i] = slot + 1
    }
    this.table = table
  }
}

/**
 * Three 32-bit hashes of `text`'s UTF-16 units, each with its own multiplier and mixing (FNV-1a,
 * and two Murmur-style lanes), each finished with Murmur3's avalanche step.
 */
function hash(text: string, out: Uint32Array): void {
  let a = 0x811c9dc5
  let b = 0x9e3779b9 ^ text.length
  let c = 0x27d4eb2f
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    a = Math.imul(a ^ unit, 0x01000193)
    b = Math.imul(b ^ unit, 0x5bd1e995)
    b ^= b >>> 15
    c = Math.imul(c + unit, 0xcc9e2d51)
    c = (c << 13) | (c >>> 19)
  }
  out[0] = mix(a)
  out[1] = mix(b)
  out[2] = mix(c ^ text.length)
}

/** Murmur3's fmix32: every input bit affects every output bit. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
