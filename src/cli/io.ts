/** The world as the CLI sees it; tests pass their own. */
export interface OutStream {
  write(chunk: string): unknown
  isTTY?: boolean
}

export interface CliIO {
  stdout: OutStream
  stderr: OutStream
  stdin: NodeJS.ReadableStream
  env: Record<string, string | undefined>
}

export function processIO(): CliIO {
  return {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env}
}

/** Writes to a stream and waits until it is flushed (matters for pipes on exit). */
export function writeOut(stream: OutStream, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    const done = stream.write(chunk)
    if (done === false && 'once' in stream) (stream as NodeJS.WritableStream).once('drain', () => resolve())
    else resolve()
  })
}
