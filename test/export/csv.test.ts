import {parse} from 'csv-parse/sync'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CsvExport, csvLine, escapeFormula, PACKAGE_DATA_FOLDER, unescapeFormula} from '../../src/export/csv.js'
import {TABLES} from '../../src/export/tables.js'
import type {AnyRecord} from '../../src/schema/records.js'
import {allRecords, practice} from './fixtures.js'

async function exportCsv(records: AnyRecord[], excel = false): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'practices-csv-'))
  const csv = await CsvExport.open(dir, {excel})
  for (const record of records) await csv.add(record)
  await csv.finish()
  return dir
}

function readTable(dir: string, name: string, excel = false): string[][] {
  const text = readFileSync(join(dir, `${name}.csv`), 'utf8')
  return parse(text, {bom: true, delimiter: excel ? ';' : ',', relax_quotes: false}) as string[][]
}

/** What each cell should read back as: the value, `''` for null, numbers as text. */
const expected = (cell: string | number | boolean | null) => (cell === null ? '' : String(cell))

describe('CSV export', () => {
  it('writes every table, each parsing back (csv-parse) to the values of the records', async () => {
    const records = allRecords()
    const dir = await exportCsv(records)
    expect(readdirSync(dir).sort()).toEqual([...TABLES.map((t) => `${t.name}.csv`), 'datapackage.json'].sort())
    for (const table of TABLES) {
      const [header, ...rows] = readTable(dir, table.name)
      expect(header).toEqual(table.columns.map((c) => c.name))
      const want = records.flatMap((r) => table.rows(r)).map((row) => table.columns.map((c) => expected(c.value(row))))
      expect(rows.map((row) => row.map(unescapeFormula)), table.name).toEqual(want)
    }
  })

  it('lays practices.csv out with id and title first, nested fields flattened and the source last', async () => {
    const dir = await exportCsv([practice()])
    const [header, row] = readTable(dir, 'practices')
    expect(header!.slice(0, 6)).toEqual(['id', 'title', 'country', 'municipality_name', 'municipality_code', 'municipality_region'])
    expect(header!.slice(-4)).toEqual(['source_format', 'source_path', 'source_start_line', 'source_end_line'])
    const cell = (name: string) => row![header!.indexOf(name)]
    expect(cell('municipality_code')).toBe('13201')
    expect(cell('description')).toBe('La municipalidad ha generado una coordinación interna y externa.\n\nEn específico, realizan un operativo territorial al mes,\ncentrado en NNA.')
    expect(cell('funding')).toBe('Recursos propios de la municipalidad; "estudiantes en práctica".')
    expect(cell('start_year')).toBe('')
    expect(cell('source_start_line')).toBe('15')
  })

  it('writes the long tables keyed by practice_id', async () => {
    const dir = await exportCsv([practice()])
    expect(readTable(dir, 'practice_months')).toEqual([['practice_id', 'month'], ...[1, 2, 3, 11, 12].map((m) => ['puente-alto-operativos-interinstitucionales', String(m)])])
    expect(readTable(dir, 'practice_categories').slice(1).map((r) => r[1])).toEqual(['acogida-atencion', 'nna', 'otra'])
    expect(readTable(dir, 'practice_sello_lines').slice(1)).toEqual([
      ['puente-alto-operativos-interinstitucionales', 'politicas-locales', 'ya que se establecen acciones colaborativas.'],
      ['puente-alto-operativos-interinstitucionales', 'acceso-informacion', ''],
    ])
    expect(readTable(dir, 'practice_departments').slice(1)).toEqual([
      ['puente-alto-operativos-interinstitucionales', '1', 'Unidad de Migrantes - DIDECO'],
      ['puente-alto-operativos-interinstitucionales', '2', 'Oficina de Gestión Territorial'],
    ])
  })

  it('escapes a title beginning with `=` against formula injection', async () => {
    const dir = await exportCsv([practice({title: '=HYPERLINK("http://evil.example","click")'})])
    const text = readFileSync(join(dir, 'practices.csv'), 'utf8')
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`)
    expect(readTable(dir, 'practices')[1]![1]).toBe(`'=HYPERLINK("http://evil.example","click")`)
  })

  it('escapes cells starting with + - @ tab CR and the quote itself, and nothing else', () => {
    for (const value of ['+1', '-x', '@SUM(A1)', '\tx', '\rx', "'quoted", '=1']) expect(escapeFormula(value)).toBe(`'${value}`)
    // What an importer may strip before the formula: spaces, NBSP, line breaks, NUL, zero-width
    // and bidi marks, a BOM; and the full-width forms some spreadsheets read as `=` `+` `-` `@`.
    for (const value of [' =x', '\n=1', '\u00a0=1', '\u200b=1', '\u0000=1', '\u202e+1', '\ufeff@x', ' \n\t-1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '\u2028=1']) {
      expect(escapeFormula(value), JSON.stringify(value)).toBe(`'${value}`)
    }
    for (const value of ['Puente Alto', '1+1', 'a=b', ' x=1', '\u00a0Arica', '', '   ']) expect(escapeFormula(value)).toBe(value)
    for (const value of ['+1', "'quoted", 'plain']) expect(unescapeFormula(escapeFormula(value))).toBe(value)
  })

  it('does not escape numbers, so a negative figure stays a number', () => {
    expect(csvLine([-5, '-5', null])).toBe(`-5,'-5,\n`)
  })

  it('writes Excel CSV with a UTF-8 BOM, `;` delimiters and CRLF line ends', async () => {
    const dir = await exportCsv([practice()], true)
    const bytes = readFileSync(join(dir, 'practice_months.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe('practice_id;month\r\n' + [1, 2, 3, 11, 12].map((m) => `puente-alto-operativos-interinstitucionales;${m}\r\n`).join(''))
    const [, row] = readTable(dir, 'practices', true)
    expect(row![1]).toBe('Operativos interinstitucionales en asentamientos precarios')
    expect(row![readTable(dir, 'practices', true)[0]!.indexOf('funding')]).toBe('Recursos propios de la municipalidad; "estudiantes en práctica".')
  })

  it('keeps a CUT code as text for Excel and LibreOffice (`="01101"`); numbers and other text as they are', async () => {
    const dir = await exportCsv([practice({municipality: {name: 'Arica', code: '15101', region: 'Arica y Parinacota'}, title: '2030', startYear: 2019})], true)
    const [header, row] = readTable(dir, 'practices', true)
    const cell = (name: string) => row![header!.indexOf(name)]
    expect(cell('municipality_code')).toBe('="15101"')
    expect(cell('title')).toBe('="2030"')
    expect(cell('start_year')).toBe('2019')
    expect(cell('municipality_name')).toBe('Arica')
    expect(readTable(dir, 'practice_months', true)[1]).toEqual(['puente-alto-operativos-interinstitucionales', '1'])
    // The plain copy the data package describes keeps the values as they are.
    expect(readTable(join(dir, PACKAGE_DATA_FOLDER), 'practices')[1]![header!.indexOf('municipality_code')]).toBe('15101')
  })

  it('keeps number-like text as text formulas only in Excel mode', () => {
    // RFC 4180 quotes a cell holding `"`; Excel and LibreOffice evaluate the formula inside.
    expect(csvLine(['01101', '10.10', '10.7', '2024-09-25', 'a1', '-1'], {excel: true})).toBe(`"=""01101""";"=""10.10""";"=""10.7""";2024-09-25;a1;'-1\r\n`)
    expect(csvLine(['01101', '10.10'])).toBe('01101,10.10\n')
  })

  it('with --excel, writes the plain files that datapackage.json describes in data/', async () => {
    const dir = await exportCsv([practice()], true)
    expect(readdirSync(dir).sort()).toEqual([...TABLES.map((t) => `${t.name}.csv`), PACKAGE_DATA_FOLDER, 'datapackage.json'].sort())
    expect(readdirSync(join(dir, PACKAGE_DATA_FOLDER)).sort()).toEqual(TABLES.map((t) => `${t.name}.csv`).sort())
    expect(readFileSync(join(dir, PACKAGE_DATA_FOLDER, 'practice_months.csv'), 'utf8')).toBe('practice_id,month\n' + [1, 2, 3, 11, 12].map((m) => `puente-alto-operativos-interinstitucionales,${m}\n`).join(''))
  })

  it('quotes a cell holding a line feed in Excel mode too (CRLF records, LF inside the cell)', async () => {
    const dir = await exportCsv([practice({title: 'dos\nlíneas'})], true)
    const text = readFileSync(join(dir, 'practices.csv'), 'utf8')
    expect(text).toContain(';"dos\nlíneas";')
  })

  it('writes header-only tables when there are no records', async () => {
    const dir = await exportCsv([])
    expect(readFileSync(join(dir, 'network_members.csv'), 'utf8')).toBe('report_id,position,name,admin1,country\n')
  })
})
