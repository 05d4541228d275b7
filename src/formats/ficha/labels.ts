/**
 * What a ficha sheet prints: its sections (labels from the label vocabulary, ids the practice
 * fields they fill), the category grid's labels, and the line that anchors a sheet
 * (`MUNICIPALIDAD`). Spellings are as printed; matching folds case and accents and tolerates
 * small typos.
 */
import type {LabelSpec} from '../../constructs/label-match.js'
import {CATEGORIES, type CategoryId} from '../../vocab/categories.js'
import {labelSpecs, SHEET_SECTIONS} from '../../vocab/labels.js'

export const SECTION_IDS = SHEET_SECTIONS
export type SectionId = (typeof SECTION_IDS)[number]

/** The sheet's section labels, from the label vocabulary. */
export const SECTION_LABELS: ReadonlyArray<LabelSpec<SectionId>> = labelSpecs(SECTION_IDS)

/** The label as printed on the sheet template, for messages. */
export function sectionLabel(id: SectionId): string {
  return SECTION_LABELS.find((s) => s.id === id)!.variants[0]!
}

/** Sections every sheet should have (a missing one is a `ficha/missing-section` warning). */
export const EXPECTED_SECTIONS: readonly SectionId[] = SECTION_IDS

/** The category grid's options: the printed label first, then other spellings seen. */
const CATEGORY_VARIANTS: Record<CategoryId, readonly string[]> = {
  'sociolaboral': ['Socio-laboral', 'Socio laboral'],
  'acogida-atencion': ['Acogida / atención', 'Acogida y atención', 'Acogida', 'Atención'],
  'emprendimiento': ['Emprendimientos'],
  'capacitaciones': ['Capacitación'],
  'cooperativas': ['Cooperativa'],
  'intermediacion-laboral': ['Intermediación'],
  'nna': ['Niños, niñas y adolescentes', 'Niñas, niños y adolescentes', 'NNA (niños, niñas y adolescentes)'],
  'otra': ['Otras', 'Otro', 'Otros'],
}

export const CATEGORY_SPECS: ReadonlyArray<LabelSpec<CategoryId>> = CATEGORIES.map((c) => ({id: c.id, variants: [c.label, ...CATEGORY_VARIANTS[c.id]]}))

/**
 * The line that anchors a sheet, alone or with its comuna on the same line:
 * `MUNICIPALIDAD`, `Municipalidad de Puente Alto`, `I. Municipalidad: Arica`, `Comuna: Arica`.
 * Tested on the trimmed line; group 1 is the inline comuna, if any.
 */
export const MUNICIPALITY_ANCHOR = /^(?:I(?:lustre)?\.?\s*)?(?:Municipalidad|Comuna)(?:\s*[:\t]\s*|\s+(?:de|del)\s+|\s*$)(.{0,60})$/i

/** An inline comuna is a name, not a sentence: at most this many words. */
export const MAX_COMUNA_WORDS = 6

/** `de`/`del` opening a comuna printed under the anchor: `DE PUENTE ALTO`. */
export const COMUNA_PREFIX = /^(?:de|del)\s+/i
