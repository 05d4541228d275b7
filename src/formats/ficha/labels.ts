/**
 * What a ficha sheet prints, as data: its section labels (ids are the practice fields they
 * fill), the category grid's labels, and the line that anchors a sheet (`MUNICIPALIDAD`).
 * Spellings are as printed; matching folds case and accents and tolerates small typos.
 */
import type {LabelSpec} from '../../constructs/label-match.js'
import {CATEGORIES, type CategoryId} from '../../vocab/categories.js'

export const SECTION_IDS = [
  'departments', 'categories', 'priorityGroup', 'schedule', 'funding', 'sustainability',
  'description', 'innovation', 'selloLines',
] as const
export type SectionId = (typeof SECTION_IDS)[number]

export const SECTION_LABELS: ReadonlyArray<LabelSpec<SectionId>> = [
  {id: 'departments', variants: [
    'Departamento/Oficinas municipales que participan', 'Departamentos/Oficinas municipales que participan',
    'Departamento u oficinas municipales que participan', 'Departamentos u oficinas municipales que participan',
    'Oficinas municipales que participan', 'Departamentos participantes',
  ]},
  {id: 'categories', variants: ['Categoría', 'Categorías']},
  {id: 'priorityGroup', variants: ['Grupo prioritario', 'Grupos prioritarios', 'Población prioritaria']},
  {id: 'schedule', variants: ['Fechas de implementación', 'Fecha de implementación', 'Fechas de ejecución']},
  {id: 'funding', variants: ['Forma de financiamiento', 'Formas de financiamiento', 'Financiamiento']},
  {id: 'sustainability', variants: ['Sostenibilidad en el tiempo', 'Sostenibilidad']},
  {id: 'description', variants: ['Breve descripción', 'Descripción']},
  {id: 'innovation', variants: [
    'Elemento innovador/creativo del proyecto o actividad', 'Elemento innovador/creativo', 'Elemento innovador',
  ]},
  {id: 'selloLines', variants: ['Líneas Sello', 'Líneas del Sello', 'Líneas Sello Migrante', 'Líneas de acción del Sello']},
]

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
