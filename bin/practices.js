#!/usr/bin/env node
// Thin shim: the CLI core returns an exit code; only this file touches the process.
// (A closed stdout, as in `practices … | head`, is handled by the CLI: the run stops writing and
// still exits with its own code.)
import {interrupted, run} from '../dist/bin/cli.js'

// Ctrl-C / SIGTERM: unfinished output files are removed before exiting.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(interrupted(signal)))

process.exitCode = await run(process.argv.slice(2))
