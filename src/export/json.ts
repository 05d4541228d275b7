/**
 * JSON exports, streamed as records come:
 *
 * - `records.json`: `{"schemaVersion": "1.0.0", "records": [ … ]}` (schemas/export.schema.json);
 * - `records.jsonl`: one record per line (schemas/record.schema.json for each line).
 */
import {join} from 'node:path'
import {SCHEMA_VERSION, type AnyRecord} from '../schema/records.js'
import {openAtomic, type AtomicFile} from './atomic.js'

export class JsonExport {
  private first = true

  private constructor(private readonly file: AtomicFile, private readonly lines: boolean) {}

  static async open(dir: string, format: 'json' | 'jsonl'): Promise<JsonExport> {
    const file = await openAtomic(join(dir, `records.${format}`))
    const exporter = new JsonExport(file, format === 'jsonl')
    if (format === 'json') {
      try {
        await file.write(`{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "records": [`)
      } catch (error) {
        await file.abort()
        throw error
      }
    }
    return exporter
  }

  async add(record: AnyRecord): Promise<void> {
    if (this.lines) {
      await this.file.write(JSON.stringify(record) + '\n')
    } else {
      await this.file.write(`${this.first ? '' : ','}\n    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`)
    }
    this.first = false
  }

  async finish(): Promise<string[]> {
    if (!this.lines) await this.file.write(`${this.first ? '' : '\n  '}]\n}\n`)
    await this.file.commit()
    return [this.file.path]
  }

  async abort(): Promise<void> {
    await this.file.abort()
  }
}
