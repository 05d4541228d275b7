/**
 * The commands that read documents, in one module: the CLI loads it (one chunk, src/cli/index.ts)
 * when such a command runs, so that `--version` and `--help` load none of it, and a command loads
 * its code at once rather than chunk by chunk. `practices schema` (zod) loads on its own.
 */
export {exportCommand} from './export.js'
export {parseCommand} from './parse.js'
export {rulesCommand} from './rules.js'
export {templateCommand} from './template.js'
export {textCommand} from './text.js'
export {validateCommand} from './validate.js'
