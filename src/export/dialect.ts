/**
 * The CSV profiles of an export: plain (`,`, LF, UTF-8), for programs and the data package, and
 * for Spanish-locale spreadsheets (`--excel`: `;`, CRLF, UTF-8 with BOM, number-like text kept
 * as text).
 */
export interface CsvOptions {
  excel?: boolean
}

export function dialect(options: CsvOptions) {
  return options.excel
    ? {delimiter: ';', lineTerminator: '\r\n', bom: true}
    : {delimiter: ',', lineTerminator: '\n', bom: false}
}

/** Text a spreadsheet would turn into a number: `01101` (a CUT code), `10.7`, `10.10`. */
const NUMBER_LIKE = /^\d+(?:[.,]\d+)*$/

/**
 * A text cell for a spreadsheet: number-like text becomes the text formula `="01101"`, which
 * Excel and LibreOffice Calc show as the text `01101` (opened as a number, a CUT code loses its
 * leading zero and `10.10` becomes `10.1`). Other text is returned as given.
 */
export function spreadsheetText(value: string): string {
  return NUMBER_LIKE.test(value) ? `="${value}"` : value
}
