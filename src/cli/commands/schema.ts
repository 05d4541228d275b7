/**
 * `practices schema [--out DIR] [--base-uri URL]`: writes the JSON Schema files generated from
 * the zod schemas, their `$id`s under `--base-uri` (where a project serves them).
 */
import {join} from 'node:path'
import {OutputError, writeAtomic} from '../../export/atomic.js'
import {jsonSchemas} from '../../export/json-schema.js'
import {EXIT} from '../exit-codes.js'
import type {CliIO} from '../io.js'

export interface SchemaOptions {
  out: string
  /** Absolute URL ending in `/`, checked by the option parser. */
  baseUri?: string
}

export async function schemaCommand(options: SchemaOptions, io: CliIO): Promise<number> {
  const schemas = jsonSchemas(options.baseUri)
  try {
    for (const [name, text] of schemas) await writeAtomic(join(options.out, name), text)
  } catch (error) {
    if (!(error instanceof OutputError)) throw error
    io.stderr.write(`practices: ${error.message}\n`)
    return EXIT.failure
  }
  io.stderr.write(`practices: wrote ${schemas.size} JSON Schema files to ${options.out}\n`)
  return EXIT.ok
}
