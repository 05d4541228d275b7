/** The world as the CLI sees it; tests pass their own. */
export interface OutStream {
  write(chunk: string): unknown
  isTTY?: boolean
  /** True once the reader went away (`practices … | head` closed the pipe): nothing more is written. */
  closed?: boolean
  once?(event: 'drain' | 'close', listener: () => void): unknown
  off?(event: 'drain' | 'close', listener: () => void): unknown
}

export interface CliIO {
  stdout: OutStream
  stderr: OutStream
  stdin: NodeJS.ReadableStream
  env: Record<string, string | undefined>
}

export function processIO(): CliIO {
  return {
    stdout: guarded(process.stdout),
    stderr: guarded(process.stderr),
    // Made on first use only: opening stdin loads the pipe and socket machinery (start-up time).
    get stdin() { return process.stdin },
    env: process.env,
  }
}

/**
 * A process stream that notes when its reader goes away (EPIPE) instead of crashing: the run
 * then stops writing to it, and still ends with the exit code of what it did.
 */
function guarded(stream: NodeJS.WriteStream): OutStream {
  const out: OutStream = {
    write: (chunk) => (out.closed ? true : stream.write(chunk)),
    isTTY: stream.isTTY,
    closed: false,
    once: (event, listener) => stream.once(event, listener),
    off: (event, listener) => stream.off(event, listener),
  }
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') out.closed = true
    else throw error
  })
  stream.on('close', () => { out.closed = true })
  return out
}

/** Writes to a stream and waits until it is flushed (matters for pipes on exit); a closed stream takes nothing. */
export function writeOut(stream: OutStream, chunk: string): Promise<void> {
  if (stream.closed) return Promise.resolve()
  return new Promise((resolve) => {
    const done = stream.write(chunk)
    if (done !== false || !stream.once) { resolve(); return }
    const finish = () => {
      stream.off?.('drain', finish)
      stream.off?.('close', finish)
      resolve()
    }
    stream.once('drain', finish)
    stream.once!('close', finish)
  })
}
