/**
 * Checkbox glyphs seen in exported sheets → whether the box is marked. A ballot box with an X
 * (☒) is marked; an empty box (☐ □) is not. `x`/`X`, `<input … checked>` and GFM `[x]` are
 * read by `src/constructs/checkbox-mark.ts`.
 */
export const CHECKBOX_GLYPHS = {
  '✓': true,
  '✔': true,
  '☑': true,
  '☒': true,
  '☐': false,
  '□': false,
} as const
