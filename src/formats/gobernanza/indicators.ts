/**
 * Indicator / verification pairs, matched by their number wherever the slide prints them:
 *
 *   -Indicador 1: generacion de reporte de resultados
 *   …
 *   -Medio de verificacién 1: ejemplares impresos de resultado
 *   → {indicator: 'generación de reporte de resultados', verification: 'ejemplares impresos de resultado'}
 *
 * Unnumbered ones pair in order. A verification with no indicator cannot form a pair: it is
 * left unmapped with `indicator/unpaired`.
 */
import type {ParseContext} from '../context.js'
import type {Practice} from '../../schema/records.js'
import type {PairEntry} from './entry.js'
import {PAIR_LABELS} from './labels.js'
import type {ValueText} from './value-text.js'

export function readIndicators(ctx: ParseContext, pairs: readonly PairEntry[], text: ValueText): Practice['indicators'] {
  for (const p of pairs) {
    if (p.hit.distance > 0) {
      const expected = PAIR_LABELS[p.hit.which][0]
      ctx.messages.report('label/fuzzy-match', `Unexpected label \`${p.hit.printed}\`, expected \`${expected}\``,
        {line: p.first, column: p.hit.start + 1, endLine: p.first, endColumn: p.hit.start + p.hit.printed.length + 1}, {actual: p.hit.printed, expected})
    }
  }
  const indicators = pairs.filter((p) => p.hit.which === 'indicator')
  const verifications = pairs.filter((p) => p.hit.which === 'verification')
  const used = new Set<PairEntry>()
  const out: Practice['indicators'] = []
  indicators.forEach((indicator, i) => {
    const verification = verifications.find((v) => !used.has(v) && v.hit.n === indicator.hit.n && (v.hit.n !== null || verifications.indexOf(v) === i))
    if (verification) used.add(verification)
    const value = text.join(indicator.pieces)
    if (!value) {
      ctx.leave(indicator.first, 'indicator/empty', `Unexpected \`${PAIR_LABELS.indicator[0]} ${indicator.hit.n ?? ''}\` without text, expected the indicator after it`)
      if (verification) unpaired(ctx, verification)
      return
    }
    ctx.claim(indicator.first, indicator.last)
    if (verification) ctx.claim(verification.first, verification.last)
    out.push({indicator: value, verification: verification ? text.join(verification.pieces) || null : null})
  })
  for (const v of verifications) if (!used.has(v)) unpaired(ctx, v)
  return out
}

function unpaired(ctx: ParseContext, v: PairEntry) {
  for (let n = v.first; n <= v.last; n++) {
    ctx.leave(n, 'indicator/unpaired', `Unexpected \`${PAIR_LABELS.verification[0]} ${v.hit.n ?? ''}\` with no \`${PAIR_LABELS.indicator[0]} ${v.hit.n ?? ''}\`, expected a pair`)
  }
}
