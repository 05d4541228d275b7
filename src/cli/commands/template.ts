/** `practices template [--format txt|md]`: prints a blank good-practice sheet to fill in. */
import {template, type TemplateFormat} from '../../template/index.js'
import {EXIT} from '../exit-codes.js'
import {writeOut, type CliIO} from '../io.js'

export interface TemplateOptions {
  format: TemplateFormat
}

export async function templateCommand(options: TemplateOptions, io: CliIO): Promise<number> {
  await writeOut(io.stdout, await template(options.format))
  return EXIT.ok
}
