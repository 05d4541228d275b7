#!/usr/bin/env node
// Thin shim: the CLI core returns an exit code; only this file touches the process.
// (A closed stdout, as in `practices … | head`, is handled by the CLI: the run stops writing and
// still exits with its own code.)
import {setFlagsFromString} from 'node:v8'
import {interrupted, run} from '../dist/bin/cli.js'

// Grow the heap by 10% past what a full garbage collection keeps, not by V8's default (up to
// 4x): parsing makes much short-lived garbage, and a large input would otherwise take several
// hundred MB it does not need (README "Speed"). Read by V8 at each collection.
setFlagsFromString('--heap-growing-percent=10')

// Ctrl-C / SIGTERM: unfinished output files are removed before exiting.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(interrupted(signal)))

process.exitCode = await run(process.argv.slice(2))
