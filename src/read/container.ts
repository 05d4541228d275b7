/**
 * Which reader a file needs, from its first bytes (so a renamed file works), then its name:
 *
 *   PK\x03\x04 …        a ZIP: a Word file if it holds a Word document (else `read/binary`)
 *   %PDF-               a PDF (within the first 1 KB, as readers allow)
 *   D0 CF 11 E0 …       an OLE file: a Word 97–2003 .doc, or a password-protected .docx
 *
 * A file named `.docx`/`.pdf` that is none of these gets an error in words rather than being
 * decoded as text. Kept tiny: it runs for every input, before any reader is loaded.
 */
export type Container = 'zip' | 'pdf' | 'ole' | 'not-docx' | 'not-pdf'

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF_SEARCH = 1024

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false
  return true
}

export function sniffContainer(bytes: Uint8Array, path: string): Container | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) return 'zip'
  if (startsWith(bytes, OLE)) return 'ole'
  const limit = Math.min(bytes.length - PDF.length, PDF_SEARCH)
  for (let at = bytes.indexOf(0x25); at >= 0 && at <= limit; at = bytes.indexOf(0x25, at + 1)) {
    if (startsWith(bytes, PDF, at)) return 'pdf'
  }
  const ext = /\.(docx|docm|pdf)$/i.exec(path)?.[1]?.toLowerCase()
  if (bytes.length > 0 && ext) return ext === 'pdf' ? 'not-pdf' : 'not-docx'
  return null
}
