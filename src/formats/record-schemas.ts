/**
 * The record schemas with `source.format` narrowed to the registered formats. JSON inputs are
 * checked with these, and the JSON Schema in `schemas/` is generated from them. (The base
 * schemas in `src/schema/zod.ts` sit below the formats, so parsers can use the record types.)
 */
import {z} from 'zod'
import * as base from '../schema/zod.js'
import {FORMAT_IDS} from './registry.js'

export const FormatId = z.enum(FORMAT_IDS)

export const Source = base.Source.extend({format: FormatId})
  .meta({description: 'Where the record comes from: 1-based inclusive lines of the original file (of the text lines a .docx or .pdf was read into).'})

export const Practice = base.Practice.extend({source: Source}).meta({id: 'practice', title: 'Good practice'})
export const PmmObjective = base.PmmObjective.extend({source: Source}).meta({id: 'pmm-objective', title: 'Global Compact for Migration objective'})
export const NetworkReport = base.NetworkReport.extend({source: Source}).meta({id: 'network-report', title: 'Network report (e.g. Ciudades Solidarias)'})

export const AnyRecord = z.discriminatedUnion('type', [Practice, PmmObjective, NetworkReport])
