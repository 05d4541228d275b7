/** `text` as a regular expression that matches it literally (`a.b` → `a\.b`), to join into an alternation. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
