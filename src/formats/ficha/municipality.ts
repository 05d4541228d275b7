/**
 * The comuna under (or on) the `MUNICIPALIDAD` line → `{name, code, region}` from the official
 * list of Chilean comunas; the country of every ficha sheet is Chile (`CL`).
 *
 *   MUNICIPALIDAD
 *   SAN JOAQUÍN          → {name: 'San Joaquín', code: '13129', region: 'Metropolitana de Santiago'}
 *   ^ upper case, accents optional, `Municipalidad de X` and aliases accepted
 *
 * A name wrapped over two lines (`PEDRO AGUIRRE` / `CERDA`) is tried joined. A fuzzy match is a
 * repair (info `municipality/fuzzy-match`); an unknown name is left unmapped with a warning
 * `municipality/unknown` naming the nearest comunas.
 */
import type {SourceLine} from '../../constructs/labelled-sections.js'
import {spanOn} from '../../constructs/labelled-sections.js'
import {findComuna, nearestComunas, type ComunaMatch} from '../../normalize/gazetteer.js'
import type {ParseContext} from '../context.js'
import type {Practice} from '../../schema/records.js'
import {COMUNA_PREFIX} from './labels.js'
import type {SheetBlock} from './segment.js'

export const FICHA_COUNTRY = 'CL'

/** Reads the comuna; returns the preamble lines it did not use. */
export function readMunicipality(ctx: ParseContext, record: Practice, block: SheetBlock, preamble: readonly SourceLine[]): SourceLine[] {
  if (block.anchor) ctx.claim(block.anchor.line)
  const content = preamble.filter((s) => /\S/.test(s.text))
  const candidates: SourceLine[][] = block.inlineComuna
    ? [[block.inlineComuna]]
    : content.length ? [[content[0]!], ...(content[1] ? [[content[0]!, content[1]!]] : [])] : []
  if (candidates.length === 0) {
    const at = block.anchor ?? block.title[0] ?? block.body.find((s) => /\S/.test(s.text))!
    ctx.messages.report('municipality/missing', 'Unexpected sheet without a comuna, expected a `MUNICIPALIDAD` line followed by the comuna name', spanOn(at))
    return [...preamble]
  }
  let found: {match: ComunaMatch; lines: SourceLine[]; text: string} | null = null
  for (const lines of candidates) {
    const text = lines.map((s) => s.text.replace(/\f/g, ' ').trim()).join(' ').replace(COMUNA_PREFIX, '')
    const match = findComuna(text)
    if (match) {
      found = {match, lines, text}
      break
    }
  }
  const first = candidates[0]![0]!
  const used = found?.lines ?? [first]
  const rest = preamble.filter((s) => !used.includes(s))
  if (!found) {
    const text = first.text.replace(/\f/g, ' ').trim().replace(COMUNA_PREFIX, '')
    leaveUnknown(ctx, first, text)
    return rest
  }
  const {match, lines, text} = found
  // A wrapped name runs from its first line to the end of its last.
  const start = spanOn(lines[0]!, lines[0]!.text.trim())
  const last = lines.at(-1)!
  const end = spanOn(last, last.text.trim())
  const place = {line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn}
  if (match.how === 'fuzzy') {
    if (!ctx.options.repair) {
      leaveUnknown(ctx, first, text, match.municipality.name)
      return rest
    }
    ctx.messages.report('municipality/fuzzy-match', `Unexpected comuna \`${text}\`, expected \`${match.municipality.name}\` (read as \`${match.municipality.name}\`)`, place,
      {actual: text, expected: match.municipality.name, suggestion: match.municipality.name})
  }
  for (const s of lines) if (s.line !== block.anchor?.line) ctx.claim(s.line)
  record.municipality = match.municipality
  ctx.locate(record, 'municipality', place)
  return rest
}

function leaveUnknown(ctx: ParseContext, source: SourceLine, text: string, suggestion?: string): void {
  const nearest = suggestion ? [suggestion] : nearestComunas(text)
  const message = suggestion
    ? `Unexpected comuna \`${text}\`, expected \`${suggestion}\` (not repaired: --no-repair)`
    : `Unexpected comuna \`${text}\`, expected a comuna from the official list of Chilean comunas (nearest: ${nearest.map((n) => `\`${n}\``).join(', ')})`
  ctx.leave(source.line, suggestion ? 'municipality/fuzzy-match' : 'municipality/unknown', message, {severity: 'warning', actual: text, suggestion: nearest.join(', ')})
}
