/**
 * The record schemas with `source.format` narrowed to the registered formats. JSON inputs are
 * checked with these, and the JSON Schema in `schemas/` is generated from them. (The base
 * schemas in `src/schema/zod.ts` sit below the formats, so parsers can use the record types.)
 */
import {z} from 'zod'
import * as base from '../schema/zod.js'
import {FORMAT_IDS} from './registry.js'

export const FormatId = z.enum(FORMAT_IDS).describe('Id of the format the record was read from.')

export const Source = base.Source.extend({format: FormatId})
  .meta({title: 'Source', description: 'Where the record comes from: 1-based inclusive lines of the original file (of the text lines a .docx or .pdf was read into).'})

export const Practice = base.Practice.extend({source: Source}).meta({id: 'practice', title: 'Good practice',
  description: 'A good practice of a local government on migration: from a ficha (ACNUR + Sello Migrante), the governance slides, an example in a PMM annex, or a fact sheet. Absent values are null or [], never omitted.'})
export const PmmObjective = base.PmmObjective.extend({source: Source}).meta({id: 'pmm-objective', title: 'Global Compact for Migration objective',
  description: 'One of the 23 objectives of the Global Compact for Migration (PMM), as the IOM handbook presents it.'})
export const NetworkReport = base.NetworkReport.extend({source: Source}).meta({id: 'network-report', title: 'Network report (e.g. Ciudades Solidarias)',
  description: 'A report or press release of a network of local governments (Ciudades Solidarias, Sello Migrante): figures, commitments, member localities.'})

export const AnyRecord = z.discriminatedUnion('type', [Practice, PmmObjective, NetworkReport]).meta({title: 'Record',
  description: 'Any record, told apart by `type`: one line of `practices parse --format jsonl` or `export --format jsonl`.'})
