/**
 * Markdown fact sheets: one file per record (its mdast tree from factsheet-tree.ts, serialized
 * with remark-stringify + remark-gfm) plus an `index.md` that links them. Each file is written
 * atomically as soon as its record arrives; only the small index entries are kept in memory.
 */
import type {Processor} from 'unified'
import type {Root, TableCell} from 'mdast'
import {join, relative, resolve} from 'node:path'
import type {AnyRecord} from '../schema/records.js'
import {INDEX_MARKER, FACTSHEET_VERSION, PLACEHOLDER_TITLE, SOURCE_WORDS, TITLES} from '../vocab/factsheet-labels.js'
import {renameSync, writeFileSync} from 'node:fs'
import {mkdir, rm} from 'node:fs/promises'
import {OutputError, setCommit, track, untrack, writeAtomic, type Commit} from './atomic.js'
import {assertFileTargets} from './targets.js'
import {factsheetTree, pathHref, type FactsheetOptions} from './factsheet-tree.js'
import {code, heading, html, link, placeholder, table, text} from './mdast.js'
import {FileNames} from './slug.js'

/** Longest time the export goes on without letting the event loop turn (a Ctrl-C waits that long). */
const TURN_MS = 50

type Stringifier = Processor<undefined, undefined, undefined, Root, string>
const processors = new Map<boolean, Promise<Stringifier>>()

/**
 * remark-stringify + remark-gfm, loaded on first use. Fact sheets align their table pipes (the
 * month table reads as a grid); the index does not, so one long title does not widen every row.
 */
async function stringifier(align: boolean): Promise<Stringifier> {
  let processor = processors.get(align)
  if (!processor) {
    processor = (async () => {
      const [{unified}, {default: remarkStringify}, {default: remarkGfm}] = await Promise.all([
        import('unified'), import('remark-stringify'), import('remark-gfm'),
      ])
      return unified()
        .use(remarkStringify, {bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-', fences: true})
        .use(remarkGfm, {tablePipeAlign: align})
        .freeze() as unknown as Stringifier
    })()
    processors.set(align, processor)
  }
  return processor
}

export async function markdownOf(tree: Root, options: {alignTables?: boolean} = {}): Promise<string> {
  return (await stringifier(options.alignTables ?? true)).stringify(tree)
}

/** The fact sheet of one record, as Markdown text. */
export async function renderFactsheet(record: AnyRecord, options: FactsheetOptions = {}): Promise<string> {
  return markdownOf(factsheetTree(record, options))
}

export interface IndexEntry {
  file: string
  type: AnyRecord['type']
  title: string
  where: string | null
  country: string | null
  source: AnyRecord['source']
}

export function indexEntry(record: AnyRecord, file: string): IndexEntry {
  const base = {file, type: record.type, source: record.source, country: 'country' in record ? record.country : null}
  switch (record.type) {
    case 'practice':
      return {...base, title: record.title ?? PLACEHOLDER_TITLE, where: record.municipality?.name ?? record.place?.name ?? null, country: record.country ?? record.place?.country ?? null}
    case 'pmm-objective':
      return {...base, title: `${TITLES.pmmObjective} ${record.number}: ${record.shortName}`, where: null, country: null}
    case 'network-report':
      return {...base, title: record.date ? `${record.initiative} (${record.date})` : record.initiative, where: null}
  }
}

/** `index.md`: one table per record type, each row linking a fact sheet. */
export function indexTree(entries: readonly IndexEntry[]): Root {
  const children: Root['children'] = [html(`<!-- ${INDEX_MARKER} ${FACTSHEET_VERSION} -->`), heading(1, text(TITLES.index))]
  if (entries.length === 0) children.push(placeholder())
  for (const type of Object.keys(TITLES.indexGroups) as Array<AnyRecord['type']>) {
    const group = entries.filter((e) => e.type === type)
    if (group.length === 0) continue
    children.push(heading(2, text(`${TITLES.indexGroups[type]} (${group.length})`)))
    children.push(table([...TITLES.indexColumns], group.map((e): TableCell['children'][] => [
      [link(e.file, e.title)],
      e.where ? [text(e.where)] : [],
      e.country ? [text(e.country)] : [],
      [code(e.source.path), text(` ${e.source.startLine === e.source.endLine ? SOURCE_WORDS.line : SOURCE_WORDS.lines} ${e.source.startLine}${e.source.startLine === e.source.endLine ? '' : `–${e.source.endLine}`}`)],
    ])))
  }
  return {type: 'root', children}
}

/**
 * Writes fact sheets as records come, into a hidden folder inside `dir`; `finish` writes the PMM
 * objective sheets, moves every sheet into `dir` and writes `index.md`. An interrupted or failed
 * export thus leaves `dir` as it was, not a partial set of sheets without an index (the hidden
 * folder is removed).
 *
 * A practice links the sheets of its PMM objectives that the export holds and has seen (a
 * handbook gives its objectives before the annex that cites them); objective sheets are written
 * last, each listing the practices that cite it. Only the small index entries and the objective
 * records are kept in memory.
 */
export class MarkdownExport {
  private readonly names = new FileNames(['index'])
  private readonly entries: IndexEntry[] = []
  /** Objective records, written in `finish` with the practices that cite them. */
  private readonly objectives: Array<{record: AnyRecord & {type: 'pmm-objective'}; file: string}> = []
  private readonly objectiveFiles = new Map<number, string>()
  private readonly citations = new Map<number, Array<{title: string; file: string}>>()
  /** Sheet files in the order they are written (objectives last). */
  private readonly written: string[] = []
  private staging: string | undefined
  /** When the event loop last turned (see `stage`). */
  private turned = performance.now()

  constructor(readonly dir: string) {}

  /** Links are relative to `dir`, where the sheets end up. */
  private options(): FactsheetOptions {
    const from = resolve(this.dir)
    return {sourceHref: (path) => pathHref(relative(from, resolve(path))), objectiveHref: (n) => this.objectiveFiles.get(n)}
  }

  async add(record: AnyRecord): Promise<void> {
    const file = this.names.take(record.id || (record.type === 'practice' ? record.title ?? '' : record.type))
    this.entries.push(indexEntry(record, file))
    if (record.type === 'pmm-objective') {
      this.objectives.push({record, file})
      if (!this.objectiveFiles.has(record.number)) this.objectiveFiles.set(record.number, file)
      return
    }
    await this.stage(file, await renderFactsheet(record, this.options()))
    if (record.type === 'practice') {
      for (const n of new Set(record.pmmObjectives)) {
        const cited = this.citations.get(n) ?? []
        cited.push({title: record.title ?? PLACEHOLDER_TITLE, file})
        this.citations.set(n, cited)
      }
    }
  }

  async finish(): Promise<string[]> {
    try {
      for (const {record, file} of this.objectives) {
        const primary = this.objectiveFiles.get(record.number) === file
        await this.stage(file, await renderFactsheet(record, {...this.options(), ...(primary ? {citedBy: this.citations.get(record.number) ?? []} : {})}))
      }
      const files = this.written.map((file) => join(this.dir, file))
      const index = join(this.dir, 'index.md')
      await assertFileTargets([...files, index])
      const staging = await this.stagingDir()
      const commit: Commit = {dir: this.dir, total: files.length + 1, done: 0}
      setCommit(commit)
      for (const file of this.written) {
        try {
          renameSync(join(staging, file), join(this.dir, file))
        } catch (error) {
          throw new OutputError(join(this.dir, file), error)
        }
        commit.done++
      }
      await writeAtomic(index, await markdownOf(indexTree(this.entries), {alignTables: false}))
      return [...files, index]
    } finally {
      setCommit(undefined)
      await this.abort()
    }
  }

  private async stage(file: string, text: string): Promise<void> {
    const staging = await this.stagingDir()
    try {
      // Synchronously: a sheet is a few KB, and three trips to the thread pool for each (open,
      // write, close) left this thread idle most of an export of 17,000 sheets.
      writeFileSync(join(staging, file), text)
    } catch (error) {
      throw new OutputError(join(this.dir, file), error)
    }
    this.written.push(file)
    // Let the event loop turn now and then, so that Ctrl-C is heard (its handler removes the
    // staging folder): nothing else here waits for it.
    if (performance.now() - this.turned > TURN_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve))
      this.turned = performance.now()
    }
  }

  /** Removes the hidden folder and the sheets still in it. */
  async abort(): Promise<void> {
    if (!this.staging) return
    await rm(this.staging, {recursive: true, force: true})
    untrack(this.staging)
    this.staging = undefined
  }

  private async stagingDir(): Promise<string> {
    if (this.staging) return this.staging
    const path = join(this.dir, `.practices-md.${process.pid}.tmp`)
    try {
      await mkdir(path, {recursive: true})
    } catch (error) {
      throw new OutputError(this.dir, error)
    }
    track(path)
    this.staging = path
    return path
  }
}
