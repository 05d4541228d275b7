/** The heap of a run on the command line, and of its `--jobs` workers (README "Speed"). */

/**
 * A worker's young generation: 16 MB, not V8's default (32 MB here). With two threads it kept
 * peak RSS ~30 MB lower on a folder of 10,000 reports, at the same speed (measured side by side).
 * The main thread's cannot be set once the process runs: its growth is stopped there instead
 * (`HeapSettings`).
 */
export const WORKER_YOUNG_MB = 16

/**
 * The heap settings of a run of several files or a large one. They are V8's, for the whole
 * process, so the command line sets them, not the library.
 *
 * - The heap grows by 10% past what a full collection keeps, not by V8's default (up to 4x).
 *   Parsing makes much short-lived garbage, and a large input would otherwise take several
 *   hundred MB it does not need (README "Speed").
 * - This thread's young generation stops growing once it reaches `WORKER_YOUNG_MB`, as a
 *   worker's is capped: V8 takes a cap only at start-up, but reads its growth factor each time it
 *   grows one. On a folder of 10,000 reports that kept peak RSS ~20 MB lower at the same speed
 *   (measured side by side).
 * - The growth factor is the process's. Workers start with their young generation at its cap
 *   (V8's smallest size for a new one, read as a worker starts), else the factor would keep
 *   theirs small (4x the scavenges). And V8 sets the factor back to 2 as it makes a worker's
 *   heap (it takes no factor below 2 there), so it is set again once the workers are online.
 *
 * The young generation's settings only on the V8 of Node 20, where they were measured: another
 * may not know them, and would say so on stderr.
 */
export class HeapSettings {
  private capped = false
  private readonly measured = process.versions.v8.startsWith('11.')

  private constructor(private readonly v8: typeof import('node:v8')) {
    this.again()
  }

  static async load(): Promise<HeapSettings> {
    return new HeapSettings(await import('node:v8'))
  }

  /** Sets them, again after a worker started (see above). */
  again(): void {
    this.v8.setFlagsFromString('--heap-growing-percent=10')
    if (this.capped) this.v8.setFlagsFromString('--semi-space-growth-factor=1')
  }

  /** To run now and then (after each result, while a folder is listed): caps this thread's young generation once it is large enough. */
  readonly check = (): void => {
    if (this.capped || !this.measured) return
    const young = this.v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
    if (young && young.space_size >= WORKER_YOUNG_MB * 1024 * 1024) {
      this.capped = true
      this.again()
    }
  }

  /** Before workers start (`true`), and once they are all online (`false`). A young generation of 16 MB is two halves of 8 MB. */
  workersStarting(starting: boolean): void {
    if (!this.measured) return
    this.v8.setFlagsFromString(`--min-semi-space-size=${starting ? WORKER_YOUNG_MB / 2 : 0}`)
    if (!starting) this.again()
  }
}
