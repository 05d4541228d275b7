/**
 * JSON inputs: what `practices parse` wrote (`{schemaVersion, documents: [{records}]}`), what
 * `export --format json` wrote (`{schemaVersion, records}`), an array of records, one record,
 * or JSONL. Records are checked against the zod schemas; a problem is reported at the exact
 * JSON value it concerns (jsonc-parser keeps offsets), in "field path: message" form.
 */
import {findNodeAtLocation, parseTree, type Node, type ParseError} from 'jsonc-parser'
import {nearest} from '../constructs/label-match.js'
import type {Messages, Place} from '../diagnostics/diagnostic.js'
import type {FieldPlaces} from '../formats/context.js'
import type {DocumentResult} from './result.js'
import {formatPath} from './schema-check.js'
import {addedPracticeFields, type AnyRecord} from '../schema/records.js'
import {AnyRecord as AnyRecordSchema} from '../formats/record-schemas.js'
import type {SourceDocument} from '../read/source.js'

/**
 * `jsonl`: one record a line (a `.jsonl` file, or lines that each hold an object); a large JSONL
 * file is read in parts, each told what the whole file is.
 */
export function processJson(doc: SourceDocument, messages: Messages, jsonl = isJsonlFile(doc)): DocumentResult {
  const lineStarts: number[] = []
  let offset = 0
  for (const line of doc.lines) { lineStarts.push(offset); offset += line.length + 1 }
  const text = doc.lines.join('\n')
  const at = (start: number, length = 0): Place => {
    const a = toLineColumn(lineStarts, start)
    const b = toLineColumn(lineStarts, start + length)
    return {line: a.line, column: a.column, endLine: b.line, endColumn: b.column}
  }

  const candidates: Node[] = []
  const chunks = jsonl
    ? doc.lines.map((line, i) => ({text: line, base: lineStarts[i]!})).filter((c) => c.text.trim())
    : [{text, base: 0}]
  for (const chunk of chunks) {
    const deep = tooDeepAt(chunk.text)
    if (deep >= 0) {
      messages.report('json/too-deep', `Unexpected JSON nested more than ${MAX_JSON_DEPTH} levels deep, expected records (nested fewer than 10); not read`,
        at(chunk.base + deep, 1), {actual: `> ${MAX_JSON_DEPTH} levels`, expected: `at most ${MAX_JSON_DEPTH}`})
      continue
    }
    const errors: ParseError[] = []
    const root = parseTree(chunk.text, errors, {allowTrailingComma: false, disallowComments: true})
    if (errors.length > 0 || !root) {
      const e = errors[0]
      messages.report('json/syntax', `Unexpected character in JSON (${e ? describeJsonError(e.error) : 'no value'}), expected valid JSON`, at(chunk.base + (e?.offset ?? 0), e?.length ?? 1))
      continue
    }
    shift(root, chunk.base)
    for (const node of recordNodes(root)) candidates.push(node)
  }

  const records: AnyRecord[] = []
  const fieldPlaces: FieldPlaces = new Map()
  for (const node of candidates) {
    const value = addedPracticeFields(nodeValue(node))
    const result = AnyRecordSchema.safeParse(value)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const target = findNodeAtLocation(node, issue.path as Array<string | number>) ?? nearestNode(node, issue.path as Array<string | number>)
        const suggestion = issue.code === 'invalid_value' && target.type === 'string'
          ? nearest(String(target.value), issue.values.map(String), 1)[0] : undefined
        messages.report('schema/invalid', `Unexpected value at \`${formatPath(issue.path) || '(record)'}\`: ${issue.message}`,
          at(target.offset, target.length), {expected: issue.code, suggestion})
      }
      continue
    }
    const record = result.data
    records.push(record)
    fieldPlaces.set(record, valuePlaces(node, at))
  }
  if (candidates.length === 0 && messages.size === 0) {
    messages.report('json/no-records', 'Unexpected JSON without records, expected output of `practices parse`, an array of records or JSONL', at(0))
  }
  return {path: doc.path, format: null, records, diagnostics: [], unmapped: [], metadata: {input: 'json'}, coverage: {lines: 0, placed: 0}, fieldPlaces}
}

/** Where each field's value is in the JSON text, so validate rules point at `"title": null`. */
function valuePlaces(node: Node, at: (start: number, length?: number) => Place): Partial<Record<string, Place>> {
  const places: Partial<Record<string, Place>> = {}
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? []
    if (key && value) places[String(key.value)] = at(value.offset, value.length)
  }
  return places
}

/** Record-shaped nodes: `documents[].records[]`, `records[]`, an array, or the object itself. */
function recordNodes(root: Node): Node[] {
  if (root.type === 'array') return root.children ?? []
  if (root.type !== 'object') return [root]
  const documents = findNodeAtLocation(root, ['documents'])
  if (documents?.type === 'array') {
    return (documents.children ?? []).flatMap((d) => findNodeAtLocation(d, ['records'])?.children ?? [])
  }
  const records = findNodeAtLocation(root, ['records'])
  if (records?.type === 'array') return records.children ?? []
  return [root]
}

/** The value of a node (its depth is bounded by `MAX_JSON_DEPTH`). */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': return Object.fromEntries((node.children ?? []).map((p) => [p.children![0]!.value, p.children![1] ? nodeValue(p.children![1]) : undefined]))
    case 'array': return (node.children ?? []).map(nodeValue)
    default: return node.value
  }
}

/**
 * Deepest nesting read: far more than any record needs (a `parse` output nests 8 deep), and
 * well within what the JSON parser, which recurses, can take.
 */
const MAX_JSON_DEPTH = 64

/** Offset of the bracket that opens a level deeper than `MAX_JSON_DEPTH`, or -1 (strings skipped). */
function tooDeepAt(text: string): number {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) { // a string: to its closing quote, escapes skipped
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_JSON_DEPTH) return i
    } else if (c === 93 || c === 125) depth--
  }
  return -1
}

function nearestNode(node: Node, path: Array<string | number>): Node {
  for (let n = path.length - 1; n >= 0; n--) {
    const found = findNodeAtLocation(node, path.slice(0, n))
    if (found) return found
  }
  return node
}

function shift(node: Node, by: number) {
  if (by === 0) return
  const stack = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    ;(n as {offset: number}).offset += by
    for (const child of n.children ?? []) stack.push(child)
  }
}

/** A `.jsonl` file, or lines that each hold one object. */
export function isJsonlFile(doc: SourceDocument): boolean {
  if (/\.jsonl$/i.test(doc.path)) return true
  const filled = doc.lines.filter((l) => l.trim())
  return filled.length > 1 && filled.every((l) => /^\s*\{.*\}\s*$/.test(l))
}

function toLineColumn(lineStarts: number[], offset: number): {line: number; column: number} {
  let lo = 0, hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1
  }
  return {line: lo + 1, column: offset - lineStarts[lo]! + 1}
}

const JSON_ERRORS: Record<number, string> = {
  1: 'invalid symbol', 2: 'invalid number', 3: 'property name expected', 4: 'value expected',
  5: 'colon expected', 6: 'comma expected', 7: 'closing brace expected', 8: 'closing bracket expected',
  9: 'end of file expected', 16: 'unexpected end of comment', 17: 'unexpected end of string',
}
function describeJsonError(code: number): string {
  return JSON_ERRORS[code] ?? `error ${code}`
}
