/**
 * The formats, in one list: detection, `--kind`, the record schema's `source.format`, validate
 * requirements and the README's formats table all derive from it. To add a format, add its
 * folder (`format.ts` descriptor + parser) and one line here (docs/architecture.md).
 */
import {catalog} from './catalog/format.js'
import {factsheet} from './factsheet/format.js'
import {ficha} from './ficha/format.js'
import {registryOf} from './format.js'
import {gobernanza} from './gobernanza/format.js'
import {pmm} from './pmm/format.js'
import {solidarias} from './solidarias/format.js'

export const {FORMATS, FORMAT_IDS, formatById, isFormatId} = registryOf([
  ficha,
  gobernanza,
  pmm,
  solidarias,
  factsheet,
  catalog,
])

export type FormatId = (typeof FORMAT_IDS)[number]
