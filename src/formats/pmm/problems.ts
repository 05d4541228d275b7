/**
 * Problems with a line that may end up unplaced: reported at their exact place when the line is
 * placed after all (a grid row holding another objective), else as the line's own unmapped
 * diagnostic (`ctx.leave`), so a dropped line gets one clear reason instead of two messages.
 */
import type {DiagnosticExtra, Place, Severity} from '../../diagnostics/diagnostic.js'
import type {ParseContext} from '../context.js'

interface Problem {
  line: number
  severity: Exclude<Severity, 'error'>
  rule: string
  message: string
  place: Place
  extra?: DiagnosticExtra
}

export class Problems {
  private readonly list: Problem[] = []

  add(line: number, severity: Problem['severity'], rule: string, message: string, place: Place, extra?: DiagnosticExtra): void {
    this.list.push({line, severity, rule, message, place, extra})
  }

  /** Call once every line that will be placed is claimed. */
  report(ctx: ParseContext): void {
    for (const p of this.list) {
      if (ctx.isClaimed(p.line)) ctx.messages.add(p.severity, p.rule, p.message, p.place, p.extra)
      else ctx.leave(p.line, p.rule, p.message, p.severity, p.extra)
    }
  }
}
