/**
 * The record validators that ajv generates at build time from `schemas/`
 * (scripts/gen-validator.mjs), compiled on first use from their source as a script, with the V8
 * code cache `npm run build` wrote for them (dist/data/record-validator.cache): 100 KB of
 * validator code then needs no compiling, ~7 ms of the start-up of `practices validate sheet.txt`.
 *
 * V8 takes a cache only from its own version, with the same flags: otherwise (another Node, the
 * heap settings of a run of many files, a fresh clone before `npm run build`) the source is
 * compiled as it would be without one, and the answers are the same.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {Script} from 'node:vm'
import type {ErrorObject} from 'ajv'
import {SOURCE} from './generated/record-validator.js'

export interface RecordValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

export type RecordValidators = Record<'practice' | 'pmm-objective' | 'network-report', RecordValidator>

/**
 * Where the build writes the code cache. This module is two folders below the package root in
 * src/, in dist/ and in the bundle's dist/bin/ alike.
 */
export const VALIDATOR_CACHE = new URL('../../dist/data/record-validator.cache', import.meta.url)

/** The validators compiled from their source (with `cachedData`, a code cache of it), and the script (to make a cache of it). */
export function compileValidators(cachedData?: Uint8Array): {validators: RecordValidators; script: Script} {
  const script = new Script(SOURCE, {filename: 'record-validator.js', cachedData})
  const make = script.runInThisContext() as (exports: object, require: NodeJS.Require) => Record<string, RecordValidator>
  // ajv's runtime helpers (`ucs2length`, the `uri` and `date` formats) come from node_modules.
  const generated = make({}, createRequire(import.meta.url))
  return {script, validators: {practice: generated.practice!, 'pmm-objective': generated.pmmObjective!, 'network-report': generated.networkReport!}}
}

/** Whether the code cache was `used`, `rejected` by this V8, or `missing`. */
export type CacheUse = 'used' | 'rejected' | 'missing'

let loaded: {validators: RecordValidators; cache: CacheUse} | undefined

/** The validators, compiled on first use (with the build's code cache when V8 takes it). */
export function recordValidators(): RecordValidators {
  if (!loaded) {
    let cachedData: Buffer | undefined
    try {
      cachedData = readFileSync(VALIDATOR_CACHE)
    } catch {
      // Not built yet (the library run from src/): compiled from the source alone.
    }
    const {script, validators} = compileValidators(cachedData)
    loaded = {validators, cache: !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'}
  }
  return loaded.validators
}

/** How the validators were compiled, or `null` before they were. */
export function validatorCacheUse(): CacheUse | null {
  return loaded?.cache ?? null
}
