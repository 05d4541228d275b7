/** Exit codes (README, "Exit codes"). */
export const EXIT = {
  /** Everything read; warnings allowed. */
  ok: 0,
  /** Validation errors, or more warnings than `--max-warnings`. */
  invalid: 1,
  /** Bad command line. */
  usage: 2,
  /** An input could not be read, an output could not be written, or an internal failure. */
  failure: 3,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export function worst(...codes: number[]): ExitCode {
  // 3 outranks 1: a run that could not read an input must not look like a mere validation failure.
  const order = [EXIT.ok, EXIT.invalid, EXIT.usage, EXIT.failure]
  return codes.reduce<ExitCode>((acc, code) => (order.indexOf(code as ExitCode) > order.indexOf(acc) ? (code as ExitCode) : acc), EXIT.ok)
}
