/**
 * The blank ficha as plain text: the layout of the ACNUR + Sello Migrante sheets,
 * so that the ficha parser reads a filled one like any other sheet.
 *
 *   [Nombre de la práctica]
 *
 *   MUNICIPALIDAD
 *   [NOMBRE DE LA COMUNA]
 *   …
 *   Categoría
 *   - [ ] Sociolaboral                  ← write x between the brackets: - [x] Sociolaboral
 *   …
 *   Fechas de implementación
 *   Enero\tFebrero\t…\tDiciembre
 *   [ ]\t[ ]\t…\t[ ]                    ← one cell per month, [x] where the practice runs
 *
 * Every label and word comes from src/vocab; placeholders are in src/vocab/template.ts.
 */
import {CATEGORIES} from '../vocab/categories.js'
import {MONTHS} from '../vocab/months.js'
import {fieldLabel, SHEET_SECTIONS} from '../vocab/labels.js'
import {SELLO_LINES} from '../vocab/sello-lines.js'
import {TEMPLATE_PLACEHOLDERS as P} from '../vocab/template.js'

/** An unchecked GFM task box, and a month cell waiting for an `x`. */
export const EMPTY_BOX = '[ ]'

/** The blank sheet, LF line endings, ending with a newline. */
export function fichaText(): string {
  const blocks: string[][] = [[P.title], [fieldLabel('municipality'), P.municipality]]
  for (const field of SHEET_SECTIONS) blocks.push([fieldLabel(field), ...sectionBody(field)])
  return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n'
}

function sectionBody(field: (typeof SHEET_SECTIONS)[number]): string[] {
  switch (field) {
    case 'categories':
      return CATEGORIES.map((c) => `- ${EMPTY_BOX} ${c.label}${c.id === 'otra' ? ':' : ''}`)
    case 'schedule':
      return [MONTHS.join('\t'), MONTHS.map(() => EMPTY_BOX).join('\t'), '', P.schedule]
    case 'selloLines':
      return SELLO_LINES.flatMap((line, i) => [...(i > 0 ? [''] : []), `${line.label}, ${P.selloRationale}`])
    default:
      return [P[field satisfies keyof typeof P]]
  }
}
