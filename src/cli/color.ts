/**
 * Colour level for one output stream: `--no-color` > `--color` > FORCE_COLOR > NO_COLOR >
 * `TERM=dumb` (a terminal that shows escape codes as text) > TTY, as chalk's supports-color.
 */
export type ColorLevel = 0 | 1 | 2 | 3

export function colorLevel(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean | undefined): ColorLevel {
  if (flag === false) return 0
  if (flag === true) return 1
  const force = env.FORCE_COLOR
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1
    if (force === 'false') return 0
    const n = Number(force)
    return Number.isInteger(n) && n >= 0 && n <= 3 ? (n as ColorLevel) : 1
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0
  if (env.TERM === 'dumb') return 0
  return isTTY ? 1 : 0
}
