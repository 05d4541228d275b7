/**
 * The ministry slide template as data: its labels in the template's fixed field order, the
 * spellings each may take (whole, or split over two lines as head + tail), the indicator pair
 * labels, and the page furniture.
 *
 *   Ministerio y Unidad (es)      ← head
 *   responsable(s)                ← tail
 */

import {fieldLabel} from '../../vocab/labels.js'

/** Fields of the template, in the order the slides print them. */
export const FIELD_ORDER = [
  'startYear', 'duration', 'responsible', 'legalBasis', 'description',
  'objectives', 'activities', 'indicators', 'results',
] as const
export type FieldId = (typeof FIELD_ORDER)[number]
/** Fields whose value is free text (all but the year and the indicator pairs). */
export type TextField = Exclude<FieldId, 'startYear' | 'indicators'>
export type LabelField = Exclude<FieldId, 'indicators'>

export interface TemplateLabel {
  field: LabelField
  /** The label as the template prints it. */
  label: string
  /** The whole label on one line. */
  full: readonly string[]
  /** First line of a label split over two lines. */
  heads: readonly string[]
  /** Second line of a split label. */
  tails: readonly string[]
}

/** Labels of the slide template: the words from the label vocabulary, and how OCR splits them. */
export const TEMPLATE_LABELS: readonly TemplateLabel[] = [
  whole('startYear'),
  whole('duration'),
  {...whole('responsible'), heads: ['Ministerio y Unidad(es)'], tails: ['responsable(s)', '(es) responsable(s)']},
  whole('legalBasis'),
  whole('description'),
  {...whole('objectives'), heads: ['Principal(es)'], tails: ['objetivo(s)']},
  {...whole('activities'), heads: ['Principal(es)'], tails: ['actividad(es)']},
  whole('results'),
]

/** A label the slides print on one line, as the template words it. */
function whole(field: LabelField): TemplateLabel {
  const label = fieldLabel(field, 'gobernanza')
  return {field, label, full: [label], heads: [], tails: []}
}

/** `Indicador N: …` / `Medio de verificación N: …`. */
export const PAIR_LABELS = {
  indicator: ['Indicador'],
  verification: ['Medio de verificación'],
} as const

/** The page header repeated on every practice slide, one entry per printed line. */
export const PAGE_HEADER = [
  'BUENAS PRACTICAS CHILENAS EN RELACION A LA',
  'GOBERNANZA MIGRATORIA EN LOS GOBIERNOS LOCALES',
] as const

/** Words of the header that name the country of the practices (folded). */
export const HEADER_COUNTRIES: Readonly<Record<string, string>> = {chilenas: 'CL', chilenos: 'CL'}

/** Bullet marks of the bullet slides, as OCR prints them. */
export const BULLET_MARKS = ['«', '•', '·', '▪', '►', '-', '–', '*', '»'] as const

/** `Municipalidad de <Comuna>` inside the responsible unit; particles a comuna name may hold. */
export const MUNICIPALITY_CUES = ['Municipalidad de', 'Municipalidad del', 'Comuna de'] as const
export const NAME_PARTICLES = ['de', 'del', 'la', 'las', 'los', 'el'] as const
