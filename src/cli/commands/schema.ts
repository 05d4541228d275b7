import type {CliIO} from '../io.js'
import {EXIT} from '../exit-codes.js'

// Placeholder until the exporters land (issue: Exporters).
export async function schemaCommand(_options: unknown, io: CliIO): Promise<number> {
  io.stderr.write('practices: schema is not available in this version yet\n')
  return EXIT.failure
}
