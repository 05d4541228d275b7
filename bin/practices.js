#!/usr/bin/env node
// Thin shim: the CLI core returns an exit code; only this file touches the process.
import {run} from '../dist/bin/cli.js'

// `practices … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await run(process.argv.slice(2))
