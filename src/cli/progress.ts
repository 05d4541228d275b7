/**
 * The progress line on a terminal, on stderr:
 *
 *   1,204/3,000 files · 412.3 of 1,024.0 MB · 48.1 MB/s · ETA 0:13
 *
 * Shown only when stderr is a terminal, not in CI (`CI` set), not with `TERM=dumb`, and not with
 * `--no-progress`. Anything else written to stderr (diagnostics) first clears the line, which is
 * drawn again after it, so the two never run together.
 */
import type {DocumentResult} from '../pipeline/result.js'
import type {InputRef} from '../read/inputs.js'
import {fileSize, WHOLE_BYTES} from '../read/open.js'
import type {RunObserver} from './documents.js'
import type {CliIO, OutStream} from './io.js'

const CLEAR = '\r\u001b[2K'
/** Redraws at most this often (ms): drawing is cheap, a terminal flooded with it is not. */
const EVERY = 100

export function progressEnabled(io: CliIO, options: {progress: boolean}): boolean {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0'
  return options.progress && io.stderr.isTTY === true && !ci && io.env.TERM !== 'dumb'
}

export class Progress implements RunObserver {
  private files = 0
  private totalBytes = 0
  private sizes = new Map<string, number>()
  private done = 0
  private doneBytes = 0
  private partBytes = 0
  private enabled = false
  private shown = ''
  private drawnAt = 0
  private started = 0
  /** Stderr for everything else: clears the line before writing, draws it again after. */
  readonly stderr: OutStream

  constructor(private readonly out: OutStream, private readonly now: () => number = Date.now) {
    this.stderr = {
      isTTY: out.isTTY,
      write: (chunk: string) => {
        const line = this.shown
        if (line) out.write(CLEAR)
        const written = out.write(chunk)
        if (line) out.write(line)
        return written
      },
    }
  }

  /** The same io with stderr going through the progress line, when it is shown. */
  static wrap(io: CliIO, options: {progress: boolean}): {io: CliIO; progress: Progress | undefined} {
    if (!progressEnabled(io, options)) return {io, progress: undefined}
    const progress = new Progress(io.stderr)
    return {io: {...io, stderr: progress.stderr}, progress}
  }

  start(files: readonly InputRef[]): void {
    this.started = this.now()
    this.files = files.length
    for (const file of files) {
      if (file.stdin) continue
      const size = fileSize(file.path) ?? 0
      this.sizes.set(file.path, size)
      this.totalBytes += size
    }
    // One small file is done before a line would be worth reading.
    this.enabled = files.length > 1 || this.totalBytes > WHOLE_BYTES
    this.draw(true)
  }

  result(result: DocumentResult): void {
    const size = this.sizes.get(result.path)
    if (size === undefined) return // not an input file (a folder without documents, a missing path)
    if (result.more) {
      // A part of a large file: what was read of it so far.
      this.partBytes = Math.min(size, result.read ?? 0)
      this.draw()
      return
    }
    this.sizes.delete(result.path)
    this.partBytes = 0
    this.done++
    this.doneBytes += size
    this.draw(this.done === this.files)
  }

  /** Clears the line for good (before the final output). */
  stop(): void {
    if (this.shown) this.out.write(CLEAR)
    this.shown = ''
  }

  /** The line's text (without the control characters that draw it). */
  text(): string {
    const seconds = Math.max(0.001, (this.now() - this.started) / 1000)
    const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en-US', {minimumFractionDigits: 1, maximumFractionDigits: 1})
    const doneBytes = this.doneBytes + this.partBytes
    const rate = doneBytes / 1024 / 1024 / seconds
    const parts = [`${this.done.toLocaleString('en-US')}/${this.files.toLocaleString('en-US')} files`, `${mb(doneBytes)} of ${mb(this.totalBytes)} MB`]
    if (doneBytes > 0) {
      parts.push(`${rate.toFixed(1)} MB/s`)
      const left = this.totalBytes > 0 ? ((this.totalBytes - doneBytes) / doneBytes) * seconds : ((this.files - this.done) / Math.max(1, this.done)) * seconds
      parts.push(`ETA ${clock(left)}`)
    }
    return parts.join(' · ')
  }

  private draw(force = false): void {
    if (!this.enabled) return
    const now = this.now()
    if (!force && now - this.drawnAt < EVERY) return
    this.drawnAt = now
    this.shown = `${CLEAR}${this.text()}`
    this.out.write(this.shown)
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`
}
