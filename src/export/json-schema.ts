/**
 * JSON Schema (draft 2020-12) generated from the zod schemas with zod v4's `z.toJSONSchema`:
 * one file per record type, one for any record (a JSONL line), and one for each envelope
 * (`export --format json`, `parse`). Files refer to each other by relative `$ref`
 * (`"$ref": "practice.schema.json"`). `schemas/` in the repository is this output; a test
 * fails when it drifts from the zod schemas.
 */
import {z} from 'zod'
import {AnyRecord, FormatId, NetworkReport, PmmObjective, Practice} from '../formats/record-schemas.js'

export const Diagnostic = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  rule: z.string().min(1),
  message: z.string(),
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
  expected: z.string().optional(),
  actual: z.string().optional(),
  suggestion: z.string().optional(),
})

export const ExportEnvelope = z.strictObject({
  schemaVersion: z.string(),
  records: z.array(AnyRecord),
})

export const ParseOutput = z.strictObject({
  schemaVersion: z.string(),
  documents: z.array(z.strictObject({
    path: z.string(),
    format: FormatId.nullable(),
    records: z.array(AnyRecord),
    diagnostics: z.array(Diagnostic),
    unmapped: z.array(z.strictObject({line: z.number().int().min(1), text: z.string()})),
    metadata: z.record(z.string(), z.unknown()),
  })),
})

/** Schema id → zod schema and title; each becomes `<id>.schema.json`. */
const SCHEMAS = [
  {id: 'practice', schema: Practice, title: 'Good practice (type "practice")'},
  {id: 'pmm-objective', schema: PmmObjective, title: 'Global Compact for Migration objective (type "pmm-objective")'},
  {id: 'network-report', schema: NetworkReport, title: 'Network report (type "network-report")'},
  {id: 'record', schema: AnyRecord, title: 'Any record: one line of `practices export --format jsonl` or `practices parse --format jsonl`'},
  {id: 'diagnostic', schema: Diagnostic, title: 'A diagnostic: what, where in the original file, which rule, how bad'},
  {id: 'export', schema: ExportEnvelope, title: 'Output of `practices export --format json` (records.json)'},
  {id: 'parse-output', schema: ParseOutput, title: 'Output of `practices parse` (JSON)'},
] as const

export const SCHEMA_FILES = SCHEMAS.map((s) => `${s.id}.schema.json`)

/** File name → JSON Schema text (2-space JSON, newline at the end). */
export function jsonSchemas(): Map<string, string> {
  const registry = z.registry<{id: string}>()
  for (const {id, schema} of SCHEMAS) registry.add(schema, {id})
  const {schemas} = z.toJSONSchema(registry, {uri: (id) => `${id}.schema.json`, target: 'draft-2020-12'})
  return new Map(SCHEMAS.map(({id, title}) => {
    const {$schema, $id, ...rest} = schemas[id]!
    return [`${id}.schema.json`, JSON.stringify({$schema, $id, title, ...rest}, null, 2) + '\n']
  }))
}
