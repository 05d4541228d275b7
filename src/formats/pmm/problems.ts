/**
 * Problems with a line that may end up unplaced: reported at their exact place when the line is
 * placed after all (a grid row holding another objective), else as the line's own unmapped
 * diagnostic (`ctx.leave`), so a dropped line gets one clear reason instead of two messages.
 */
import type {Finding, Place, ReportExtra} from '../../diagnostics/diagnostic.js'
import type {RuleId} from '../../diagnostics/rules.js'
import type {ParseContext} from '../context.js'

/** A problem `at` its exact place, about `line`. */
type Problem = Finding<Place> & {line: number}

export class Problems {
  private readonly list: Problem[] = []

  add(line: number, rule: RuleId, message: string, at: Place, extra?: ReportExtra): void {
    this.list.push({...extra, line, rule, message, at})
  }

  /** Call once every line that will be placed is claimed. */
  report(ctx: ParseContext): void {
    for (const p of this.list) {
      if (ctx.isClaimed(p.line)) ctx.messages.found(p, p.at)
      else ctx.leave(p.line, p.rule, p.message, p)
    }
  }
}
