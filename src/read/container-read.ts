/**
 * Reads a Word, PDF or OLE file into a SourceDocument (loaded only for such files: the zip and
 * PDF libraries cost nothing for text inputs). See container.ts for how a file gets here.
 */
import type {Messages} from '../diagnostics/diagnostic.js'
import type {Container} from './container.js'
import type {DecodeResult} from './decode.js'

const START = {line: 1, column: 1, endLine: 1, endColumn: 1}

export async function readContainer(container: Container, bytes: Uint8Array, path: string, messages: Messages): Promise<DecodeResult> {
  switch (container) {
    case 'zip': {
      const {readDocx} = await import('./docx/index.js')
      return readDocx(bytes, path, messages)
    }
    case 'pdf': {
      const {readPdf} = await import('./pdf/index.js')
      return readPdf(bytes, path, messages)
    }
    case 'ole':
      if (utf16Includes(bytes, 'EncryptedPackage')) {
        messages.report('read/encrypted', 'Unexpected password-protected Word file, expected a .docx without a password (remove it in Word: File › Info › Protect Document)', START)
      } else {
        messages.report('read/unsupported', 'Unexpected Word 97–2003 (.doc) or other OLE file, expected a .docx or a .pdf (open it in Word and save it as .docx)', START,
          {actual: 'ole'})
      }
      return {ok: false}
    case 'not-docx':
      messages.report('read/corrupt', 'Unexpected content in a file named .docx: it is not a ZIP archive, expected a Word document (a damaged or renamed file?)', START)
      return {ok: false}
    case 'not-pdf':
      messages.report('read/corrupt', 'Unexpected content in a file named .pdf: it does not start with `%PDF-`, expected a PDF document (a damaged or renamed file?)', START)
      return {ok: false}
  }
}

/** Whether `text` appears in `bytes` as UTF-16LE (stream names in an OLE directory). */
function utf16Includes(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle)
}
