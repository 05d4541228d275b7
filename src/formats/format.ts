/**
 * What a format is, as data: one descriptor per format, in `src/formats/<id>/format.ts`, listed
 * once in `registry.ts`. Everything that differs between formats outside the parser itself —
 * detection evidence, what `validate` requires, how messages name a field's place, the README
 * table — is read from here, so adding a format is one folder plus one registry line
 * (docs/architecture.md, "Add a format").
 *
 * Descriptors are light (data and a lazy `load`): the registry imports all of them at start-up,
 * and a parser with its libraries loads only when a document of its format comes.
 */
import type {RecordType} from '../schema/records.js'
import type {FormatParser} from './context.js'

/**
 * Evidence that a document is of a format. Patterns run on the folded text of the first
 * 256 KiB (lower case, no accents, runs of spaces made one; tabs and line breaks kept), so OCR
 * damage such as `Ano de inicio` and the undamaged `Año de inicio` both count.
 */
export interface Signal {
  /** What matched, for `--verbose`: `` `Líneas Sello` section ``. */
  name: string
  pattern: RegExp
  /** May be negative: evidence against the format. */
  weight: number
  /**
   * A format with gate signals is chosen only when one of them matched, whatever its score
   * (`solidarias` needs a network name: counts and datelines alone are any news release).
   */
  gate?: boolean
  /**
   * A cheaper pattern that must match wherever this one does (the network name, for "the network
   * named near a joining verb"): tried first, once per document for every signal that shares it,
   * so that a document without it skips the costly pattern. When this pattern begins with it,
   * this one is tried only where it matches.
   */
  requires?: RegExp
}

/** What `validate` asks of a record: field names; `a|b` is satisfied by either field. */
export interface Requirements {
  /** Absent or empty: an error (`validate/required-section`, `validate/category-checked`). */
  required: readonly string[]
  /** Absent: a warning (`validate/missing-section`). */
  recommended: readonly string[]
}

export interface FormatDescriptor<Id extends string = string> {
  readonly id: Id
  /** One line: what the documents are (help, `format/unknown` messages). */
  readonly description: string
  /** The README's "what it is" cell. */
  readonly documents: string
  /** The README's "what is read" cell. */
  readonly reads: string
  /** Record types the format yields (`any` for a format that reads back any record). */
  readonly records: readonly RecordType[] | 'any'
  readonly signals: readonly Signal[]
  /**
   * What `validate` asks of this format's records, by record type; a type not listed gets the
   * defaults of `validate/requirements.ts`. A fact sheet's records are held to the rules of
   * the format they were first read from (the sheet cites it).
   */
  readonly requirements?: Partial<Record<RecordType, Requirements>>
  /**
   * How messages about an absent field name it and where this format prints it: `municipality`
   * → "without a comuna, expected the comuna's name under `MUNICIPALIDAD`". Fields not listed
   * get "without `<label>`, expected a `<label>` section".
   */
  readonly expectedAt?: Readonly<Record<string, {what?: string; where: string}>>
  /** The parser, loaded on first use. */
  load(): Promise<FormatParser>
}

/** Identity, for type inference: `defineFormat({id: 'ficha', …})` keeps `'ficha'` as the id's type. */
export function defineFormat<const Id extends string>(descriptor: FormatDescriptor<Id>): FormatDescriptor<Id> {
  return descriptor
}

/** Lookups over a list of formats (the registry's, or a test's own). */
export function registryOf<const F extends readonly FormatDescriptor[]>(formats: F) {
  type Id = F[number]['id']
  const byId = new Map<string, FormatDescriptor>(formats.map((format) => [format.id, format]))
  return {
    FORMATS: formats,
    FORMAT_IDS: formats.map((format) => format.id) as unknown as readonly [Id, ...Id[]],
    /** The descriptor of format `id`, or undefined for an id no format has. */
    formatById: (id: string): FormatDescriptor | undefined => byId.get(id),
    isFormatId: (id: unknown): id is Id => typeof id === 'string' && byId.has(id),
  }
}
