#!/usr/bin/env node
/**
 * Writes dist/data/record-validator.cache: V8's code cache of the record validators
 * (src/schema/validators.ts), made once each validator has run, so that it holds their compiled
 * code. Run by `npm run build` after `tsc`, in a Node without flags, as the command line runs.
 */
import {mkdirSync, writeFileSync} from 'node:fs'

const {compileValidators, VALIDATOR_CACHE} = await import(new URL('../dist/schema/validators.js', import.meta.url).href)
const {script, validators} = compileValidators()
// V8 compiles a function when it is first called: each validator once, invalid input included.
for (const validate of Object.values(validators)) validate({})
mkdirSync(new URL('.', VALIDATOR_CACHE), {recursive: true})
writeFileSync(VALIDATOR_CACHE, script.createCachedData())
