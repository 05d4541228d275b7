/**
 * The parts of a Word file, out of its ZIP container (fflate). Only the parts the reader needs
 * are inflated, and each is capped: a part whose declared size is over the cap (a zip bomb, a
 * huge entry) is refused before anything is inflated, and fflate inflates into a buffer of the
 * declared size, so a part that lies about its size cannot grow past it.
 */
import {unzipSync, type UnzipFileInfo} from 'fflate'

/** Most bytes one part may inflate to: far above any real document.xml (a 500-page report is ~10 MB). */
export const MAX_PART_BYTES = 64 * 1024 * 1024
/** Most compressed bytes of one part: bounds the work of inflating a part that lies about its size. */
export const MAX_COMPRESSED_PART_BYTES = 16 * 1024 * 1024
/** Most entries in the archive. */
export const MAX_ENTRIES = 10_000

export type ZipProblem =
  | {kind: 'corrupt'; detail: string}
  | {kind: 'too-large'; part: string; size: number}
  | {kind: 'too-many-entries'; count: number}

export interface ZipListing {
  entries: Map<string, UnzipFileInfo>
}

/** The archive's entries (nothing inflated), or why it cannot be read. */
export function listZip(bytes: Uint8Array): ZipListing | ZipProblem {
  const entries = new Map<string, UnzipFileInfo>()
  try {
    unzipSync(bytes, {filter: (file) => {
      if (entries.size >= MAX_ENTRIES) throw new TooMany()
      entries.set(file.name, file)
      return false
    }})
  } catch (error) {
    if (error instanceof TooMany) return {kind: 'too-many-entries', count: entries.size}
    return {kind: 'corrupt', detail: zipMessage(error)}
  }
  return {entries}
}

class TooMany extends Error {}

/** Inflates the named parts that exist (missing ones are left out); or why one cannot be read. */
export function readParts(bytes: Uint8Array, listing: ZipListing, names: readonly string[]): Map<string, Uint8Array> | ZipProblem {
  const wanted = new Set<string>()
  for (const name of names) {
    const entry = listing.entries.get(name)
    if (!entry) continue
    if (entry.originalSize > MAX_PART_BYTES || entry.size > MAX_COMPRESSED_PART_BYTES) {
      return {kind: 'too-large', part: name, size: Math.max(entry.originalSize, entry.size)}
    }
    wanted.add(name)
  }
  try {
    const files = unzipSync(bytes, {filter: (file) => wanted.has(file.name)})
    return new Map(Object.entries(files))
  } catch (error) {
    return {kind: 'corrupt', detail: zipMessage(error)}
  }
}

/** fflate's error, in words (its messages are short phrases such as `invalid zip data`). */
function zipMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/invalid zip data/.test(message)) return 'the ZIP directory is missing or damaged (a truncated or incomplete file?)'
  if (/unexpected EOF/.test(message)) return 'a compressed part ends too soon (a truncated file?)'
  if (/unknown compression/.test(message)) return 'a part is compressed with a method Word does not use'
  if (/invalid (block type|length|distance)/.test(message)) return 'a compressed part is damaged'
  return message
}
