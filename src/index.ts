/**
 * Library entry (README "Library"): parse, validate and export (src/api.ts), the record types
 * and schemas' version, diagnostics and vocabularies, and the pipeline's parts. It does not
 * load the command line: `run(argv, io)` is `practices/cli`.
 */
export {parse, parseFile, validate, exportRecords, renderFactsheet, type ParseOptions, type ParseInputOptions, type ValidationReport, type ExportOptions} from './api.js'
export {processBytes, IdRegistry, type DocumentResult, type PipelineOptions} from './pipeline/index.js'
export {ParseContext, type FormatParser, type UnmappedLine} from './formats/context.js'
export {FORMAT_IDS, type FormatId} from './formats/registry.js'
export {detect, type Detection} from './detect/detect.js'
export {decode} from './read/decode.js'
export type {SourceDocument} from './read/source.js'
export {Messages, type Diagnostic, type Severity} from './diagnostics/diagnostic.js'
export {RULES, type RuleId} from './diagnostics/rules.js'
export type {Summary} from './diagnostics/summary.js'
export * from './schema/records.js'
export {CATEGORIES, CATEGORY_IDS, SELLO_LINES, SELLO_LINE_IDS, MONTHS, CL_COMUNAS, GT_MUNICIPIOS, GCM_OBJECTIVES, GCM_PRINCIPLES} from './vocab/index.js'
