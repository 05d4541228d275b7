/**
 * JSON Schema (draft 2020-12) generated from the zod schemas with zod v4's `z.toJSONSchema`:
 * one file per record type, one for any record (a JSONL line), and one for each envelope
 * (`export --format json`, `parse`). `schemas/` in the repository is this output; a test
 * fails when it drifts from the zod schemas.
 *
 * Each file has an absolute `$id` (`<base><id>.schema.json`, the base by default
 * `https://practices.invalid/schemas/<schemaVersion>/`: an identifier under a reserved domain,
 * RFC 2606, nothing is served there) and refers to the others by relative `$ref`
 * (`"$ref": "practice.schema.json"`), resolved against it. Titles and descriptions come from
 * the zod schemas (`.meta()`, `.describe()`).
 */
import {z} from 'zod'
import {AnyRecord, FormatId, NetworkReport, PmmObjective, Practice} from '../formats/record-schemas.js'
import {SCHEMA_VERSION} from '../schema/records.js'

/** The default base of the schemas' `$id`s; `practices schema --base-uri URL` sets another. */
export const SCHEMA_BASE_URI = `https://practices.invalid/schemas/${SCHEMA_VERSION}/`

export const Diagnostic = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']).describe('How bad: an error fails `validate` (exit 1); an info is a repair or a note.'),
  rule: z.string().min(1).describe('Namespaced rule id (`month-table/cell-count`); `practices rules` lists them.'),
  message: z.string().describe('What is wrong, in "Unexpected `X`, expected `Y`" style.'),
  file: z.string().describe('The input file, as given.'),
  line: z.number().int().min(1).describe('1-based line in the original file.'),
  column: z.number().int().min(1).describe('1-based column (characters) in the original file.'),
  endLine: z.number().int().min(1).describe('1-based line where the span ends.'),
  endColumn: z.number().int().min(1).describe('1-based column where the span ends (exclusive).'),
  expected: z.string().optional().describe('What was expected (for a repair: the repaired text).'),
  actual: z.string().optional().describe('What was found (for a repair: the original text).'),
  suggestion: z.string().optional().describe('A likely fix ("did you mean").'),
}).meta({title: 'Diagnostic', description: 'A diagnostic: what, where in the original file, which rule, how bad.'})

const schemaVersion = z.string().describe('Version of the record schemas the records follow (`1.0.0`).')

export const ExportEnvelope = z.strictObject({
  schemaVersion,
  records: z.array(AnyRecord).describe('The records, in input order.'),
}).meta({title: 'Records (export --format json)', description: 'The `records.json` that `practices export --format json` writes.'})

export const ParseOutput = z.strictObject({
  schemaVersion,
  documents: z.array(z.strictObject({
    path: z.string().describe('The input file, as given (`<stdin>` for standard input).'),
    format: FormatId.nullable().describe('The format the document was read as; null when unknown or unreadable.'),
    records: z.array(AnyRecord).describe('The records read from the document, in order.'),
    diagnostics: z.array(Diagnostic).describe('Everything reported about the document, by place.'),
    unmapped: z.array(z.strictObject({
      line: z.number().int().min(1).describe('1-based line in the original file.'),
      text: z.string().describe('The line as it is in the file.'),
    }).meta({title: 'Unmapped line', description: 'A non-blank line that no field took.'})).describe('Lines placed in no record field or metadata: nothing is dropped silently.'),
    metadata: z.record(z.string(), z.unknown()).describe('Named parts of the document that are not records (cover, index, page furniture, …), by format.'),
  }).meta({title: 'Parsed document', description: 'One input document: its records, diagnostics and what was not placed.'})).describe('One entry per input document, in input order.'),
}).meta({title: 'Parse output (practices parse)', description: 'The JSON that `practices parse` prints (or writes with `--out`).'})

/** Schema ids and their zod schemas; each becomes `<id>.schema.json`. */
const SCHEMAS = [
  {id: 'practice', schema: Practice},
  {id: 'pmm-objective', schema: PmmObjective},
  {id: 'network-report', schema: NetworkReport},
  {id: 'record', schema: AnyRecord},
  {id: 'diagnostic', schema: Diagnostic},
  {id: 'export', schema: ExportEnvelope},
  {id: 'parse-output', schema: ParseOutput},
] as const

export const SCHEMA_FILES = SCHEMAS.map((s) => `${s.id}.schema.json`)

/** File name → JSON Schema text (2-space JSON, newline at the end), with `$id`s under `base`. */
export function jsonSchemas(base: string = SCHEMA_BASE_URI): Map<string, string> {
  const registry = z.registry<{id: string}>()
  for (const {id, schema} of SCHEMAS) registry.add(schema, {id})
  const {schemas} = z.toJSONSchema(registry, {uri: (id) => `${id}.schema.json`, target: 'draft-2020-12'})
  return new Map(SCHEMAS.map(({id}) => {
    const {$schema, $id, title, description, ...rest} = schemas[id]!
    return [`${id}.schema.json`, JSON.stringify({$schema, $id: new URL($id!, base).href, title, description, ...rest}, null, 2) + '\n']
  }))
}
