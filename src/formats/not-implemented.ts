import type {FormatParser} from '../pipeline/context.js'
import type {FormatId} from '../schema/records.js'

/** Placeholder for a format whose parser has not landed: no records, one clear diagnostic. */
export function notImplemented(id: FormatId): FormatParser {
  return {
    id,
    parse(ctx) {
      ctx.messages.warn('format/not-implemented',
        `Unexpected \`${id}\` document: this version detects the format but has no \`${id}\` parser yet, expected a format with a parser`,
        {line: 1, column: 1, endLine: 1, endColumn: 1})
      return []
    },
  }
}
