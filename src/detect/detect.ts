/**
 * Detects a document's format from the weighted signals of each format's descriptor.
 * Only the first 256 KiB are read: enough for every format, and flat for 100 MB files.
 */
import {stripAccents} from '../text/fold.js'
import {FORMAT_IDS, FORMATS, type FormatId} from '../formats/registry.js'
import type {SourceDocument} from '../read/source.js'

export interface Detection {
  format: FormatId | null
  score: number
  /** Every signal that matched, strongest format first: `ficha: \`Líneas Sello\` section (+4)`. */
  evidence: string[]
  scores: Record<FormatId, number>
}

const SAMPLE_CHARS = 256 * 1024
/** A format needs at least this score, and must beat the runner-up. */
const MIN_SCORE = 3

export function detect(doc: SourceDocument): Detection {
  // Whole lines, up to the first that takes the sample past SAMPLE_CHARS; joined once.
  let count = 0
  for (let chars = 0; count < doc.lines.length && chars <= SAMPLE_CHARS; count++) chars += doc.lines[count]!.length + 1
  const sample = count === 0 ? '' : (count === doc.lines.length ? doc.lines : doc.lines.slice(0, count)).join('\n') + '\n'
  // One pass over the whole sample: accents and case folded, runs of spaces made one; tabs and
  // line breaks stay, so line anchors (^…$) and tab-separated headers keep working.
  const folded = stripAccents(sample).replace(/ {2,}/g, ' ')
  const scores = Object.fromEntries(FORMAT_IDS.map((id) => [id, 0])) as Record<FormatId, number>
  const hits: Array<{format: FormatId; text: string}> = []
  const gated = new Set<FormatId>(), opened = new Set<FormatId>()
  for (const format of FORMATS) {
    for (const signal of format.signals) {
      if (signal.gate) gated.add(format.id)
      if (!signal.pattern.test(folded)) continue
      scores[format.id] += signal.weight
      if (signal.gate) opened.add(format.id)
      hits.push({format: format.id, text: `${format.id}: ${signal.name} (${signal.weight >= 0 ? '+' : ''}${signal.weight})`})
    }
  }
  const ranked = [...FORMAT_IDS].sort((a, b) => scores[b] - scores[a])
  // A format whose gate stayed shut cannot win; it still shows in the evidence.
  const [best, runnerUp] = ranked.filter((f) => !gated.has(f) || opened.has(f))
  const format = best && scores[best] >= MIN_SCORE && (!runnerUp || scores[best] > scores[runnerUp]) ? best : null
  const order = (f: FormatId) => ranked.indexOf(f)
  const evidence = hits.sort((a, b) => order(a.format) - order(b.format)).map((h) => h.text)
  return {format, score: best ? scores[best] : 0, evidence, scores}
}
