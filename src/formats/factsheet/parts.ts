/**
 * A large file of fact sheets (`cat fichas/*.md`) is parsed in parts (src/pipeline/stream.ts): a
 * part ends just before a sheet, so every sheet lies whole in one part. The cut is at the start
 * of the last sheet but one in what was read: the last sheet's own start could still move (a
 * setext `===` title is known only at its underline).
 */
import type {PartRules} from '../context.js'
import {scanSheets} from './scan.js'

export const parts: PartRules = {
  cut(lines) {
    const sheets = scanSheets(lines)
    if (sheets.length < 3) return -1
    return sheets[sheets.length - 2]!.start - 1
  },

  merge(document, part, offset) {
    if (part.index) document.index = part.index
    // `origins`: [{line, source}] (index.ts); `line` is the sheet's first line in this file.
    const origins = part.origins as Array<{line: number}> | undefined
    if (!origins) return
    const into = (document.origins ??= []) as Array<{line: number}>
    for (const origin of origins) into.push({...origin, line: origin.line + offset})
  },
}
