#!/usr/bin/env node
// Thin shim: the CLI core returns an exit code; only this file touches process.exitCode.
import {run} from '../dist/cli/index.js'

process.exitCode = await run(process.argv.slice(2))
