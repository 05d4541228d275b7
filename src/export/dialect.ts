/** The CSV dialect of an export: plain (`,`, LF) or for Spanish-locale Excel (`;`, CRLF, BOM). */
export interface CsvOptions {
  excel?: boolean
}

export function dialect(options: CsvOptions) {
  return options.excel
    ? {delimiter: ';', lineTerminator: '\r\n', bom: true}
    : {delimiter: ',', lineTerminator: '\n', bom: false}
}
