/**
 * Every diagnostic rule, in one catalogue: its id, default severity, the stage that reports it,
 * who reports it, and what it checks. `Messages.report(rule, …)` takes the severity from here,
 * so an unknown rule id is a type error; `practices rules` prints the catalogue, SARIF documents
 * rules from it, and the README's rule tables are generated from it (a test fails on drift).
 *
 * `gate` is the severity `validate` gives a rule a parser reports (a CI gate must fail an
 * unknown comuna that parsing only warns about, and warn about a value a submitter typed that had
 * to be repaired to be read). A rule shared by formats whose gate should differ is split into one
 * rule per kind of text instead (`municipality/fuzzy-match` for sheets, `municipality/fuzzy` for
 * OCR'd slides), so the severity follows from the rule id alone. `example` is a message the rule
 * emits.
 */
export type Severity = 'error' | 'warning' | 'info'

/** The stage of the pipeline that reports a rule (README "Diagnostics and rules"). */
export type Stage = 'read' | 'detect' | 'parse' | 'pipeline' | 'validate'

export interface RuleInfo {
  readonly severity: Severity
  readonly stage: Stage
  /** Who reports it: `reader`, a format id, `constructs` (several formats), `pipeline`, `validate`. */
  readonly by: string
  /** What the rule checks, one or two sentences. */
  readonly description: string
  readonly gate?: Severity
  readonly example?: string
}

export const RULES = {
  // Reading and decoding.
  'read/unreadable': {severity: 'error', stage: 'read', by: 'reader', description: 'An input that cannot be read at all (missing, no permission, a folder that cannot be listed, a broken or looping symbolic link): exit 3, the other inputs are still processed.'},
  'read/not-a-file': {severity: 'error', stage: 'read', by: 'reader', description: 'An input that is not a regular file (a named pipe, a socket, a device such as `/dev/zero`): not read, since reading it could block or never end; exit 3. Pipe data through `-` instead.'},
  'read/no-documents': {severity: 'error', stage: 'read', by: 'reader', description: 'A folder given as input that holds no document file (empty, only other kinds of files, or only hidden ones); the message says what it holds.', example: 'Unexpected folder without documents (it holds only 2 `.png` files), expected files named `.txt`, … or without extension'},
  'read/empty': {severity: 'error', stage: 'read', by: 'reader', description: 'An empty file, or one with white space only.', example: 'Unexpected empty file, expected a document with text'},
  'read/binary': {severity: 'error', stage: 'read', by: 'reader', description: 'Binary content where a text document was expected: a NUL byte, or more than 1% control characters in the first 64 KiB.'},
  'read/windows-1252': {severity: 'info', stage: 'read', by: 'reader', description: 'Lines that are not valid UTF-8 were decoded as Windows-1252 (a repair).'},
  'read/utf-16': {severity: 'info', stage: 'read', by: 'reader', description: 'Text in UTF-16 without a byte-order mark, recognised by its zero bytes and decoded (a repair).'},
  'read/corrupt': {severity: 'error', stage: 'read', by: 'reader', description: 'A Word or PDF file that cannot be opened: truncated, damaged, or not what its name says.'},
  'read/encrypted': {severity: 'error', stage: 'read', by: 'reader', description: 'A password-protected Word or PDF file: it cannot be read without the password.'},
  'read/unsupported': {severity: 'error', stage: 'read', by: 'reader', description: 'A file of a kind that is not read (a Word 97–2003 `.doc`): save it as `.docx` or `.pdf`.'},
  'read/too-large': {severity: 'error', stage: 'read', by: 'reader', description: 'An input over a size limit (README "Limits"): a document parsed whole over 64 MB (a PMM handbook, a news report, JSON), a PDF over 256 MB, or a Word file whose text would be over 64 MB once decompressed (16 MB compressed), refused before decompressing.'},
  'read/no-text-layer': {severity: 'error', stage: 'read', by: 'reader', description: 'A PDF without text (a scan): it needs OCR before it can be read.'},
  'docx/placeholder': {severity: 'info', stage: 'read', by: 'reader', description: 'The placeholder text of an empty Word content control, left out of the lines.'},
  'pdf/page-furniture': {severity: 'info', stage: 'read', by: 'reader', description: 'A running header, footer or page number repeated on the pages of a PDF, left out of the lines.'},
  'pdf/hyphenation': {severity: 'info', stage: 'read', by: 'reader', description: 'A word split by a hyphen at a PDF line end, joined back (only when the halves make a Spanish word).'},
  'pdf/rotated-text': {severity: 'info', stage: 'read', by: 'reader', description: 'Rotated text of a PDF page (a margin note, a stamp), left out of the lines.'},
  'pdf/too-many-pages': {severity: 'warning', stage: 'read', by: 'reader', description: 'A PDF of more pages than are read; only the first ones were read.'},
  'json/syntax': {severity: 'error', stage: 'read', by: 'reader', description: 'A JSON or JSONL input that is not valid JSON, at the offending character.'},
  'json/too-deep': {severity: 'error', stage: 'read', by: 'reader', description: 'A JSON value nested more than 64 levels deep (records need fewer than 10): not read, so that no input can exhaust the stack.', example: 'Unexpected JSON nested more than 64 levels deep, expected records (nested fewer than 10); not read'},
  'json/no-records': {severity: 'error', stage: 'read', by: 'reader', description: 'A JSON input that holds no records (not the output of `parse`, an array of records or JSONL).'},

  // Detection.
  'format/unknown': {severity: 'error', stage: 'detect', by: 'detection', description: 'A document whose format could not be told from its text; the message names the formats and `--kind`.'},
  'format/override': {severity: 'info', stage: 'detect', by: 'detection', description: '`--kind` chose another format than the one the text looks like.'},

  // The pipeline, for every format.
  'coverage/unmapped': {severity: 'warning', stage: 'pipeline', by: 'pipeline', description: 'A non-blank line that no field took: it is listed in `unmapped` so nothing is lost silently.', example: 'Unexpected text not placed in any field: `Página 3 de 12`'},
  'id/duplicate': {severity: 'warning', stage: 'pipeline', by: 'pipeline', description: 'The same id twice in one file: the repeat is renamed `-2`, `-3` …. Across files it is `validate/duplicate-practice`.', example: 'Unexpected repeated practice `arica-ama` (first at a.txt:400), renamed to `arica-ama-2`'},
  'schema/invalid': {severity: 'error', stage: 'pipeline', by: 'pipeline', description: 'A record that does not match the record schema, at the JSON value concerned (`selloLines[0].line`).', example: 'Unexpected value at `categories[0]`: Invalid option: expected one of "sociolaboral"|…'},
  'document/no-records': {severity: 'warning', stage: 'pipeline', by: 'pipeline', description: 'A document of a known format from which no record was read: the format was recognised but nothing in it could be read into a record.'},
  'internal/crash': {severity: 'error', stage: 'pipeline', by: 'pipeline', description: 'An unexpected failure while processing one document (a bug): exit 3, the other inputs are still processed.'},

  // Constructs shared by several formats.
  'label/fuzzy-match': {severity: 'info', stage: 'parse', by: 'constructs', description: 'A label (a section heading, a field name) read despite a typo or damage, with the spelling it was read as (a warning when repairs are off and it was not read). The values a submitter types have their own rules (`category/fuzzy-match`, `sello-lines/fuzzy-match`, `municipality/fuzzy-match`).'},
  'category/fuzzy-match': {severity: 'info', gate: 'warning', stage: 'parse', by: 'ficha, factsheet', description: 'A category of the `Categoría` grid or task list read despite a typo, as the nearest category. A repaired value: `validate` warns, with the category as suggestion, so that `--max-warnings 0` fails the sheet until it is fixed (a warning when repairs are off and it was not read).', example: 'Unexpected category `Capacitacines`, expected `Capacitaciones` (read as `Capacitaciones`)'},
  'sello-lines/fuzzy-match': {severity: 'info', gate: 'warning', stage: 'parse', by: 'ficha, factsheet', description: 'A Sello line named with a typo, read as the nearest line. A repaired value: `validate` warns, with the line\'s name as suggestion.', example: 'Unexpected Sello line `Vinculacion comunitria`, expected `Vinculación comunitaria` (read as `Vinculación comunitaria`)'},
  'checkbox-grid/unknown-label': {severity: 'warning', gate: 'error', stage: 'parse', by: 'ficha', description: 'A label of the `Categoría` grid that is not one of the eight categories; the suggestion names the nearest one.', example: 'Unexpected category `Deportes` (marked), expected one of `Sociolaboral`, `Acogida/atención`, …, `Otra`'},
  'checkbox-grid/free-text': {severity: 'info', stage: 'parse', by: 'ficha', description: 'A `Categoría` section written as free text instead of a checkbox grid; categories named in it are read (a repair).'},
  'month-table/header': {severity: 'error', gate: 'error', stage: 'parse', by: 'ficha, factsheet', description: 'The month table has the twelve months as its header, in order, and every mark sits under a month.', example: 'Unexpected month header `Ene Feb Mar`, expected the 12 months `Enero Febrero … Diciembre`'},
  'month-table/cell-count': {severity: 'error', gate: 'error', stage: 'parse', by: 'ficha, factsheet', description: 'The month row has at most twelve cells (a fact sheet\'s table: twelve month columns); otherwise marks cannot be bound to months.', example: 'Unexpected 13 cells in the month row, expected at most 12 (one per month); marks not bound to months'},
  'month-table/row': {severity: 'error', gate: 'error', stage: 'parse', by: 'ficha, factsheet', description: 'A month header is followed by its row of marks.', example: 'Unexpected month header without a row of marks, expected a row of 12 cells on the next line'},
  'month-table/unknown-month': {severity: 'warning', gate: 'error', stage: 'parse', by: 'factsheet', description: 'Every column of a fact sheet\'s month table is a month name.', example: 'Unexpected column `Total` in the month table, expected a month name (`Enero` … `Diciembre`)'},
  'month-table/cell': {severity: 'warning', gate: 'warning', stage: 'parse', by: 'ficha', description: 'A cell of the month row holds a checkbox mark or nothing.', example: 'Unexpected `si` in the month row, expected a checkbox mark or an empty cell'},
  'month-table/unknown-mark': {severity: 'warning', gate: 'warning', stage: 'parse', by: 'factsheet', description: 'A cell of a fact sheet\'s month table holds `✓` or nothing.', example: 'Unexpected `sí` in a month cell, expected `✓` or an empty cell'},
  'schedule/month-mismatch': {severity: 'warning', gate: 'warning', stage: 'parse', by: 'ficha; validate for JSON and fact sheets', description: 'The months named in the `Fechas de implementación` text ("de abril a noviembre", "septiembre, octubre y noviembre") are the months marked in the month table. Reported by the ficha parser while reading a sheet, and by validate for JSON records and fact sheets.', example: 'Unexpected months `septiembre–noviembre` marked in the month table, expected the months the schedule text names: `abril–noviembre`'},
  'sello-lines/unknown-line': {severity: 'warning', gate: 'error', stage: 'parse', by: 'ficha', description: 'A paragraph of `Líneas Sello` that names no known Sello Migrante line; the suggestion names the nearest one.', example: 'Unexpected Sello line `Estrategias deportivas`, expected one of `Políticas locales y trabajo colaborativo`, …'},
  'sello-lines/duplicate': {severity: 'warning', stage: 'parse', by: 'ficha', description: 'The same Sello line twice in one sheet: the rationales are joined.'},
  'paragraph/rejoined': {severity: 'info', stage: 'parse', by: 'ficha, solidarias', description: 'A sentence broken by a blank line was read as one paragraph (a repair).'},

  // ficha
  'ficha/no-sheet': {severity: 'error', stage: 'parse', by: 'ficha', description: 'A document read as a ficha in which no sheet starts (no `MUNICIPALIDAD` line or section labels).'},
  'ficha/missing-title': {severity: 'warning', stage: 'parse', by: 'ficha', description: 'A sheet without a title before `MUNICIPALIDAD`; `validate` reports it as `validate/required-section`.'},
  'ficha/long-title': {severity: 'warning', stage: 'parse', by: 'ficha', description: 'A sheet title over 150 characters: kept as the title, but it may be a paragraph that lost the title after it.', example: 'Unexpected title of 412 characters, expected at most 150: kept as the title; check that it is the practice\'s name and not a paragraph'},
  'ficha/missing-section': {severity: 'warning', stage: 'parse', by: 'ficha', description: 'A section of the sheet template that a sheet lacks; `validate` reports it through its section rules.'},
  'ficha/empty-section': {severity: 'warning', stage: 'parse', by: 'ficha', description: 'A section label with nothing under it; `validate` reports it through its section rules.'},
  'ficha/duplicate-section': {severity: 'warning', stage: 'parse', by: 'ficha', description: 'The same section twice in one sheet: the first is read.'},
  'municipality/unknown': {severity: 'warning', gate: 'error', stage: 'parse', by: 'ficha, gobernanza; validate for JSON records and fact sheets', description: 'The municipality of a Chilean practice is an official comuna (case, accents, "Municipalidad de" and known aliases tolerated), and its name, code and region (when given) are the official ones. Reported by the parsers while reading, and by validate for JSON records and fact sheets. The message names the nearest comunas.', example: 'Unexpected comuna `QUINTA ANORMALIDAD`, expected a comuna from the official list of Chilean comunas (nearest: `Quinta Normal`, `Punta Arenas`, `Quinta de Tilcoco`)'},
  'municipality/fuzzy-match': {severity: 'info', gate: 'warning', stage: 'parse', by: 'ficha, factsheet', description: 'A misspelt comuna read as the official one. A repaired value: `validate` warns, with the official name as suggestion (a warning too when repairs are off and it was not read). The OCR\'d slides of `gobernanza` report theirs as `municipality/fuzzy`, an info in `validate` too.', example: 'Unexpected comuna `RECOLETAA`, expected `Recoleta` (read as `Recoleta`)'},
  'municipality/missing': {severity: 'warning', stage: 'parse', by: 'ficha', description: 'A sheet without a comuna under `MUNICIPALIDAD`; `validate` reports it as `validate/required-section`.'},

  // gobernanza
  'ocr/repair': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'An OCR error fixed with the Spanish dictionary (only non-words change, into words reachable by a known OCR confusion).'},
  'ocr/noise': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'OCR specks removed from a value or a label, or a line of specks kept out of the fields.'},
  'ocr/dictionary-unavailable': {severity: 'warning', stage: 'parse', by: 'gobernanza', description: 'The Spanish dictionary could not be loaded: text is kept as printed, without OCR repair.'},
  'label/mangled': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'Garbage printed where a label was (a mangled head, bits inside it), read as label debris.'},
  'label/floating': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'A label printed away from its value (a two-column slide read row by row), assigned by the slide template\'s order.'},
  'label/ambiguous': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'A label head that could start two labels (`Principal(es)`), resolved by what follows.'},
  'label/empty': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'A label with no value near it.'},
  'label/duplicate': {severity: 'warning', stage: 'parse', by: 'gobernanza', description: 'The same label twice in one practice.'},
  'field/inferred-by-order': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'A value with no label of its own, given to a field by the order of the slide template.'},
  'field/inferred-by-layout': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'A value given to a field because its sentence continues in that field\'s value.'},
  'field/unassigned': {severity: 'warning', stage: 'parse', by: 'gobernanza', description: 'Text that no label of the slide explains, or a second start year.'},
  'field/extra-text': {severity: 'warning', stage: 'parse', by: 'gobernanza', description: 'Text after the start year that is not kept.'},
  'indicator/unpaired': {severity: 'warning', stage: 'parse', by: 'gobernanza', description: 'A `Medio de verificación` with no indicator of its number.'},
  'indicator/empty': {severity: 'warning', stage: 'parse', by: 'gobernanza', description: 'An `Indicador` label without text.'},
  'municipality/fuzzy': {severity: 'info', stage: 'parse', by: 'gobernanza', description: 'A misspelt comuna in the responsible unit read as the official one.'},
  'municipality/multiple': {severity: 'warning', stage: 'parse', by: 'gobernanza', description: 'A second comuna named in the responsible unit: the first is kept.'},

  // pmm
  'pmm-table/merged-continuation': {severity: 'info', stage: 'parse', by: 'pmm', description: 'A table header repeated on a new page: the rows after it continue the same table.'},
  'pmm-table/cell-count': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'A table row with another number of cells than its header.'},
  'html/unclosed-tag': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'An HTML element of a cell that is never closed; the cell is read as if it were.'},
  'html/stray-end-tag': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'An end tag in a cell without its start tag.'},
  'html/truncated-cell': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'A cell that ends inside an open element, mid-word: the source text was cut.'},
  'html/too-deep': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'Markup of a cell nested more than 32 levels deep: its text is kept as one paragraph, without markup.', example: 'Unexpected markup nested 40 levels deep, expected at most 32; its markup was not read, its text is kept as one paragraph'},
  'html/too-large': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'A cell over 64 KiB or with over 2,048 tags, too large to parse in bounded time: its text is kept as one paragraph, without markup.', example: 'Unexpected cell of 3100 tags, expected at most 2048; its markup was not read, its text is kept as one paragraph'},
  'html/too-many-issues': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'A cell with more than 20 markup problems: the first 20 are listed, the rest counted in one message.', example: 'Unexpected 57 more markup problems in this cell, expected at most 20 to be listed; the first 20 are reported'},
  'markdown/not-read': {severity: 'warning', stage: 'parse', by: 'constructs', description: 'Markdown too long, too dense or too deeply nested to read in bounded time, or past what one document may have read: its text is kept as written.', example: 'Unexpected lists or quotes nested 80 deep, expected at most 32; its Markdown was not read, the text is kept as written'},
  'pmm/inferred-objective': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An objective whose number was lost, recognised from its statement.'},
  'pmm/unnumbered-objective': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'An objective whose number was lost, not inferred because repairs are off.'},
  'pmm/unknown-objective': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'An objective statement that matches none of the 23 official statements.'},
  'pmm/objective-mismatch': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'A statement printed under the number of another objective; the printed number is kept.'},
  'pmm/missing-objective': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'Fewer than the 23 objectives found in a handbook; the message lists those not found.'},
  'pmm/duplicate-row': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'A second "orientadas a AL" row for one objective; only the first is used.'},
  'pmm/reference-short-name': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An objective without a printed icon label: the reference short name is used.'},
  'pmm/reference-statement': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An objective without a printed statement: the official statement is used.'},
  'pmm/label-variant': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An objective printed with two different icon labels: the first is kept.'},
  'pmm/loose-prose': {severity: 'info', stage: 'parse', by: 'pmm', description: 'Prose before any heading of the handbook (an excerpt, or a page that is not a handbook): kept in `metadata.sections` for context, but not placed in a field, so it counts as unmapped.'},
  'pmm/unknown-criterion': {severity: 'info', stage: 'parse', by: 'pmm', description: 'A practice criterion that is not one of the Migration Network Hub criteria; kept as printed.'},
  'pmm-annex/empty-cell': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'An annex row without an example in its third cell.'},
  'pmm-annex/no-place': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An annex example without `Place (Country):` before its title.'},
  'pmm-annex/no-year': {severity: 'warning', stage: 'parse', by: 'pmm', description: 'An annex example whose title has no `(Year)`.'},
  'pmm-annex/no-link': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An annex example without `Enlace: …`.'},
  'pmm-annex/place-without-country': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An annex example\'s place whose parenthesis is not a country.'},
  'pmm-annex/country-from-title': {severity: 'info', stage: 'parse', by: 'pmm', description: 'An annex example without `(Country)` whose title names a country: read from the title (a repair).'},

  // solidarias
  'members/fuzzy-place': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'A misspelt member locality read as the gazetteer\'s name.'},
  'members/admin1-from-gazetteer': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'A member locality without its department or region: taken from the gazetteer.'},
  'members/no-gazetteer': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'Members in a country without reference places: names kept as written.'},
  'members/unknown-place': {severity: 'warning', stage: 'parse', by: 'solidarias', description: 'A member that is not a municipality or first-level division of its country.'},
  'date/from-text': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'A report without a date line or dateline: the first full date of the text is used.'},
  'date/conflict': {severity: 'warning', stage: 'parse', by: 'solidarias', description: 'The dateline and the date line give different dates.'},
  'date/invalid': {severity: 'warning', stage: 'parse', by: 'solidarias', description: 'A date whose day does not exist in its month.'},
  'country/conflict': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'Weaker evidence points to another country than the one kept.'},
  'country/several': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'Members in several countries and no dateline, office or issuing body naming one: the report\'s country is left empty.'},
  'members/country-from-report': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'Members named without a country of their own take the report\'s country.'},
  'date/relative': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'A date without a year (`el 18 de octubre del año pasado`) resolved against the publication date.'},
  'date/relative-unresolved': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'A date without a year and no publication date to resolve it against: left out.'},
  'news/unplaced-paragraph': {severity: 'info', stage: 'parse', by: 'solidarias', description: 'A paragraph of a release (a quote, background) that feeds no field: it stays unmapped.'},
  'commitments/empty': {severity: 'warning', stage: 'parse', by: 'solidarias', description: 'A commitments heading with no items after it.'},
  'initiative/missing': {severity: 'warning', stage: 'parse', by: 'solidarias', description: 'A report that never names its initiative: `Ciudades Solidarias` is assumed.'},
  'source-url/invalid': {severity: 'warning', stage: 'parse', by: 'solidarias', description: 'A `Source URL:` that is not an absolute URL.'},

  // factsheet
  'factsheet/version': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'A fact sheet of another version than this tool writes.'},
  'factsheet/unknown-section': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'A `##` section that the sheet\'s record type does not have; the suggestion names the nearest.'},
  'factsheet/duplicate-section': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'The same section twice in a sheet: the first is read.'},
  'factsheet/unexpected-content': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'Content a section does not take (an empty item, text where a list is expected).'},
  'factsheet/unknown-category': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'A task-list item of `Categoría` that is not one of the eight categories.'},
  'factsheet/unknown-sello-line': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'An item of `Líneas Sello` that is not one of the five lines.'},
  'factsheet/unknown-objective': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'An item of `Objetivos del PMM` that is not `Objetivo N` with N from 1 to 23.'},
  'factsheet/unknown-principle': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'An item of `Principios rectores` that is not one of the ten guiding principles.'},
  'factsheet/unknown-country': {severity: 'warning', stage: 'parse', by: 'factsheet', description: 'A `País` that is neither an ISO 3166-1 alpha-2 code nor a country name.'},
  'factsheet/invalid-value': {severity: 'error', stage: 'parse', by: 'factsheet', description: 'A field value of the wrong form (a date, a URL, a number, a code).'},
  'factsheet/missing-field': {severity: 'error', stage: 'parse', by: 'factsheet', description: 'A sheet without a field its record type cannot do without (an objective\'s number, a report\'s initiative).'},
  'factsheet/municipality-lookup': {severity: 'info', stage: 'parse', by: 'factsheet', description: 'A comuna written without its code: code and region taken from the official list.'},

  // catalog
  'label/glued': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A value glued to its label by a table copy (`Country of implementationColombia`), read apart.'},
  'catalog/navigation': {severity: 'info', stage: 'parse', by: 'catalog', description: 'Lines of site navigation above the practice (a list of other content, breadcrumbs), kept as page furniture.'},
  'catalog/unlabelled-summary': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A page without a `Summary`/`Resumen` label whose unlabelled text under the title is read as the summary.'},
  'catalog/sdg-target': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A number such as `10.7` among the GCM objectives: it is an SDG target, read as one (never GCM objective 10).'},
  'catalog/country-inferred': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A page without a country label: the country is inferred from the place or the title.'},
  'catalog/place-inferred': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A page without a place label: the locality is inferred from the title or the submitting government.'},
  'place/normalized': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A locality resolved to the gazetteer\'s spelling (`Lima Metropolitana` → `Lima`).'},
  'place/ambiguous': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A locality name that several places share; the one chosen is named.'},
  'place/unknown': {severity: 'info', stage: 'parse', by: 'catalog', description: 'A locality no gazetteer knows: kept as written, without first-level division.'},
  'catalog/unknown-objective': {severity: 'warning', stage: 'parse', by: 'catalog', description: 'An item among the GCM objectives that is neither an objective\'s number (1–23) nor its name.'},
  'catalog/objective-mismatch': {severity: 'warning', stage: 'parse', by: 'catalog', description: 'An objective number followed by the name of another objective; the number is kept.'},
  'catalog/unknown-principle': {severity: 'warning', stage: 'parse', by: 'catalog', description: 'An item among the guiding principles that is not one of the ten.'},
  'catalog/unknown-sdg': {severity: 'warning', stage: 'parse', by: 'catalog', description: 'An item among the SDGs that is neither a target (`10.7`) nor a goal from 1 to 17.'},
  'catalog/unknown-place': {severity: 'warning', stage: 'parse', by: 'catalog', description: 'A country or place label whose value is neither a country nor a known locality.'},
  'catalog/unlabelled-text': {severity: 'warning', stage: 'parse', by: 'catalog', description: 'Text of the page that no label explains.'},
  'catalog/extra-text': {severity: 'warning', stage: 'parse', by: 'catalog', description: 'More text under a label that takes one value (a date, a country); not read.'},

  // validate
  'validate/required-section': {severity: 'error', stage: 'validate', by: 'validate', description: 'A record has every section its format requires, with text. Ficha and fact sheet: title, `MUNICIPALIDAD` (comuna), `Breve descripción`, `Líneas Sello` (categories: `validate/category-checked`). Gobernanza: title. PMM annex practice: title and PMM objective. Practice-repository page: title and summary. PMM objective: number, short name, statement. Network report: initiative.', example: 'Unexpected practice `Festival Multicultural` without `Breve descripción`, expected a `Breve descripción` section with text'},
  'validate/category-checked': {severity: 'error', stage: 'validate', by: 'validate', description: 'A ficha or fact sheet has at least one category of the `Categoría` grid checked.', example: 'Unexpected category grid without a checked box, expected at least one of `Sociolaboral`, `Acogida/atención`, `Emprendimiento`, `Capacitaciones`, `Cooperativas`, `Intermediación laboral`, `NNA`, `Otra` checked'},
  'validate/missing-section': {severity: 'warning', stage: 'validate', by: 'validate', description: 'A record has the sections its format recommends. Ficha and fact sheet: `Departamento/Oficinas…`, `Grupo prioritario`, `Fechas de implementación` (text or month table), `Forma de financiamiento`, `Sostenibilidad en el tiempo`, `Elemento innovador/creativo…`. Gobernanza: municipality, description, responsible unit, start year. PMM annex practice: place, description, year, link. Practice-repository page: GCM objectives, dates, country. Network report: country, date.', example: 'Unexpected practice `Capacitación en Oficios` without `Forma de financiamiento`, expected a `Forma de financiamiento` section'},
  'validate/empty-section': {severity: 'warning', stage: 'validate', by: 'validate', description: 'A section whose label is present has text (a label followed only by blank lines, or by the next label, is empty). Required sections that are empty are `validate/required-section` errors.', example: 'Unexpected empty section `Forma de financiamiento`, expected text under the label'},
  'validate/template-text': {severity: 'error', stage: 'validate', by: 'validate', description: 'No placeholder of the blank sheet printed by `practices template` (text in «guillemets») is left in a submitted sheet.', example: 'Unexpected template text `«Qué se hace, con quién, para quién y con qué resultados»` in `Breve descripción`, expected the practice\'s own text'},
  'validate/months-order': {severity: 'error', stage: 'validate', by: 'validate', description: 'The months of a practice are ascending and not repeated (a hand-edited JSON record or fact sheet may break this; the shape of a sheet\'s month table is checked by the parser as `month-table/*`).', example: 'Unexpected months `[11, 4, 4]`, expected ascending months without repeats `[4, 11]`'},
  'validate/duplicate-practice': {severity: 'error', stage: 'validate', by: 'validate', description: 'The same practice (or network report), by id, is in two files of a run. Within one file a repeat is the `id/duplicate` warning; this error replaces that warning across files.', example: 'Unexpected practice `san-joaquin-festival-multicultural` in both `b.txt` and `a.txt` (line 212), expected each practice in one file'},
} as const satisfies Record<string, RuleInfo>

export type RuleId = keyof typeof RULES

export const RULE_IDS = Object.keys(RULES) as RuleId[]

export function ruleInfo(rule: string): RuleInfo | undefined {
  return Object.hasOwn(RULES, rule) ? RULES[rule as RuleId] : undefined
}

/** The severity `validate` gives `rule`: its gate severity, else its default. */
export function gateSeverity(rule: RuleId): Severity {
  const info: RuleInfo = RULES[rule]
  return info.gate ?? info.severity
}
