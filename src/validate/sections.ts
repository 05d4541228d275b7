/** Helpers shared by the section rules: field values, Spanish section names, record names. */
import type {Diagnostic, Place} from '../diagnostics/diagnostic.js'
import type {AnyRecord} from '../schema/records.js'
import {fold} from '../text/fold.js'
import {allLabelSpellings, fieldLabel} from '../vocab/labels.js'
import {isAbsent} from './requirements.js'
import {preview} from '../text/preview.js'

export function fieldValue(record: AnyRecord, field: string): unknown {
  return (record as unknown as Record<string, unknown>)[field]
}

/** Whether any field of `spec` (`a|b`) has a value. */
export function isPresent(record: AnyRecord, spec: string): boolean {
  return spec.split('|').some((field) => !isAbsent(fieldValue(record, field)))
}

/**
 * The section's name as the document prints it, in the record's language: a fact sheet's `##`
 * heading (`Municipalidad`), a sheet's label (`MUNICIPALIDAD`, `Breve descripción`), a
 * repository page's (`Summary`), or the field name.
 */
export function sectionName(field: string, documentFormat: string | null = null, record?: AnyRecord): string {
  const language = record?.type === 'practice' ? record.language ?? undefined : undefined
  return fieldLabel(field, documentFormat, language)
}

/** How a message names the record: `practice \`Festival Multicultural\``. */
export function recordName(record: AnyRecord): string {
  switch (record.type) {
    case 'practice': return record.title ? `practice \`${preview(record.title, 50)}\`` : 'practice without a title'
    case 'pmm-objective': return `objective ${record.number}`
    case 'network-report': return `report \`${preview(record.initiative, 50)}\``
  }
}

let byLabel: Map<string, string> | undefined

/** The field a printed section label stands for (`Breve descripción` → `description`), folded. */
export function fieldOfLabel(label: string): string | undefined {
  byLabel ??= new Map<string, string>()
  if (byLabel.size === 0) {
    // The first field that prints a spelling keeps it (`Departamento` is a region's label too).
    for (const [spelling, field] of allLabelSpellings()) if (!byLabel.has(fold(spelling))) byLabel.set(fold(spelling), field)
  }
  return byLabel.get(fold(label))
}

/** The place of a diagnostic, without the rest of it. */
export function placeOf(d: Diagnostic): Place {
  return {line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn}
}
