/**
 * A record as a fact sheet, built as an mdast tree (serialized by src/export/markdown.ts):
 *
 *   <!-- practices:factsheet v1 practice -->
 *   # Operativos interinstitucionales en asentamientos precarios
 *   - **Identificador:** `puente-alto-operativos-…`
 *   - **País:** CL
 *   - **Fuente:** `ficha.txt`, líneas 15–52 (formato `ficha`)
 *   ## Municipalidad
 *   …
 *
 * A section appears when its field has a value (every section with `blank: true`, for a
 * template). src/formats/factsheet/ reads the same layout back into the same record.
 */
import type {Root} from 'mdast'
import type {AnyRecord, NetworkReport, PmmObjective, Source} from '../schema/records.js'
import {CITED_BY_SECTION, FACTSHEET_MARKER, FACTSHEET_VERSION, MEMBER_COLUMNS, NETWORK_SECTIONS, PLACEHOLDER_TITLE, PMM_SECTIONS, SOURCE_WORDS, TITLES} from '../vocab/factsheet-labels.js'
import {code, emphasis, field, heading, html, item, label, link, list, listContent, paragraph, section, strong, table, text, textContent, type Block, type FactsheetOptions} from './mdast.js'
import {practiceSections} from './factsheet-practice.js'

export type {FactsheetOptions} from './mdast.js'

export function factsheetTree(record: AnyRecord, options: FactsheetOptions = {}): Root {
  const head: Block[] = [html(`<!-- ${FACTSHEET_MARKER} ${FACTSHEET_VERSION} ${record.type} -->`)]
  switch (record.type) {
    case 'practice':
      return root(head, heading(1, record.title === null ? emphasis(PLACEHOLDER_TITLE) : text(record.title)),
        list([idField(record), field(label('country'), record.country ? [text(record.country)] : null),
          ...(record.language ? [field(label('language'), [text(record.language)])] : []),
          ...(record.sourceUrl ? [field(label('sourceUrl'), [link(record.sourceUrl, record.sourceUrl)])] : []),
          sourceField(record.source, options)]),
        ...practiceSections(record, options))
    case 'pmm-objective':
      return root(head, heading(1, text(`${TITLES.pmmObjective} ${record.number}: ${record.shortName}`)),
        list([idField(record), field(label('number'), [text(String(record.number))]), field(label('shortName'), [text(record.shortName)]), sourceField(record.source, options)]),
        ...pmmSections(record, options))
    case 'network-report':
      return root(head, heading(1, text(record.date ? `${record.initiative} (${record.date})` : record.initiative)),
        list([idField(record), field(label('initiative'), [text(record.initiative)]),
          field(label('country'), record.country ? [text(record.country)] : null),
          field(label('date'), record.date ? [text(record.date)] : null),
          field(label('sourceUrl'), record.sourceUrl ? [link(record.sourceUrl, record.sourceUrl)] : null),
          sourceField(record.source, options)]),
        ...networkSections(record, options))
  }
}

function root(...children: Array<Block | Block[]>): Root {
  return {type: 'root', children: children.flat()}
}

function idField(record: AnyRecord) {
  return field(label('id'), record.id ? [code(record.id)] : null)
}

/**
 * `` **Fuente:** [path](href), líneas 15–52 (formato `ficha`) ``, the path a link to the file;
 * from a PDF also `, página 3` after the lines. Standard input (`<stdin>`) is no file: a code span.
 */
export function sourceField(source: Source, options: FactsheetOptions = {}) {
  const lines = (source.startLine === source.endLine
    ? `${SOURCE_WORDS.line} ${source.startLine}`
    : `${SOURCE_WORDS.lines} ${source.startLine}–${source.endLine}`) + (source.page ? `, ${SOURCE_WORDS.page} ${source.page}` : '')
  const href = source.path.startsWith('<') ? null : options.sourceHref ? options.sourceHref(source.path) : pathHref(source.path)
  return field(label('source'), [href ? link(href, source.path) : code(source.path), text(`, ${lines} (${SOURCE_WORDS.format} `), code(source.format), text(')')])
}

/** A file path as a relative URL: `/` between segments, each percent-encoded (`mi ficha.txt` → `mi%20ficha.txt`). */
export function pathHref(path: string): string {
  return path.split(/[\\/]/).map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/')
}

function pmmSections(record: PmmObjective, options: FactsheetOptions): Block[] {
  const values = {statement: record.statement, keyIdeas: record.keyIdeas, localActions: record.localActions}
  const citedBy = options.citedBy && options.citedBy.length > 0
    ? [list(options.citedBy.map((p) => item([paragraph(link(pathHref(p.file), p.title))])))]
    : null
  return [
    ...PMM_SECTIONS.flatMap((s) => section(s.variants[0], textContent(values[s.id]), options)),
    ...section(CITED_BY_SECTION.variants[0], citedBy, {...options, blank: false}),
  ]
}

function networkSections(record: NetworkReport, options: FactsheetOptions): Block[] {
  const content = {
    figures: record.figures.length === 0 ? null : [list(record.figures.map((f) => item([paragraph(strong(String(f.value)), text(` ${f.label}`))])))],
    commitments: listContent(record.commitments),
    members: record.members.length === 0 ? null : [table([MEMBER_COLUMNS.name, MEMBER_COLUMNS.admin1, MEMBER_COLUMNS.country],
      record.members.map((m) => [[text(m.name)], m.admin1 ? [text(m.admin1)] : [], m.country ? [text(m.country)] : []]))],
    tags: listContent(record.tags),
  }
  return NETWORK_SECTIONS.flatMap((s) => section(s.variants[0], content[s.id], options))
}
