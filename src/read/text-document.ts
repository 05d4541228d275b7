import type {SourceDocument} from './source.js'

/**
 * Lines a Word or PDF reader produced → a SourceDocument. Its lines are what `practices text`
 * prints, and what every position in diagnostics refers to. `pages[i]` is the page of line i + 1.
 */
export function textDocument(path: string, lines: string[], origin: 'docx' | 'pdf', pages?: number[]): SourceDocument {
  return {path, lines, encoding: 'utf-8', bom: false, eol: 'lf', origin, ...(pages ? {pages} : {})}
}
