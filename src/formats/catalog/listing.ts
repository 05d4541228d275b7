/**
 * A repository's listing page (search results, "Explore the practices") rather than one
 * practice's page: several teasers, each a summary cut short (`…` or `...`) and followed by an
 * objectives label whose icons were lost in the copy.
 *
 *   • The municipal programme connects emigrants with their home towns by engaging them in…
 *
 *       GCM Objectives
 *   • El Portal de Información sobre Migración es una plataforma que ofrece información…
 *
 *       GCM Objectives
 *
 * Reading it as one practice would glue the teasers of many into one record, so the page yields
 * no record: its teasers are kept in `metadata.listing` and the reason is told.
 */
import {TEASER_LABELS} from '../../vocab/catalog-labels.js'
import {lineItems} from './items.js'
import type {Entry} from './segment.js'

/** A summary is at least this long (a teaser is cut at 150–300 characters). */
const MIN_TEASER = 40

/** A truncated summary: long enough to be one, cut with an ellipsis (no regex: a line of dots stays linear). */
function cutShort(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length > MIN_TEASER && (trimmed.endsWith('...') || trimmed.endsWith('…'))
}

export interface Teaser {
  line: number
  text: string
  /** The line of the bare label under it. */
  label: number
}

/**
 * The teasers of a listing page: lines cut short whose next non-blank line is a bare objectives
 * (or principles, SDG) label. Two or more make the page a listing; fewer return `[]`.
 */
export function listingTeasers(lines: readonly string[], entries: readonly Entry[]): Teaser[] {
  const bare = new Set(entries.filter((e) => TEASER_LABELS.includes(e.label.id) && !e.label.inline).map((e) => e.label.source.line))
  const teasers: Teaser[] = []
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!
    if (!cutShort(text)) continue
    let next = i + 1
    while (next < lines.length && !/\S/.test(lines[next]!)) next++
    // The text without its bullet or number, as the catalog's other lists are read.
    if (bare.has(next + 1)) teasers.push({line: i + 1, text: lineItems([{line: i + 1, text}], true)[0]!.text, label: next + 1})
  }
  return teasers.length >= 2 ? teasers : []
}
