import type {CliIO} from '../io.js'
import {EXIT} from '../exit-codes.js'

// Placeholder until the validate issue lands.
export async function templateCommand(_options: unknown, io: CliIO): Promise<number> {
  io.stderr.write('practices: template is not available in this version yet\n')
  return EXIT.failure
}
