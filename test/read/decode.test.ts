import {describe, expect, it} from 'vitest'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {decode, utf8Lines} from '../../src/read/decode.js'

function decodeBytes(bytes: number[] | Uint8Array | string) {
  const messages = new Messages('doc.txt')
  const input = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes)
  const result = decode(input, 'doc.txt', messages)
  return {result, diagnostics: messages.list, doc: result.ok ? result.doc : undefined}
}

describe('decode', () => {
  it('reads plain UTF-8 with LF, one entry per original line', () => {
    const {doc, diagnostics} = decodeBytes('MUNICIPALIDAD\nPUENTE ALTO\n')
    expect(doc?.lines).toEqual(['MUNICIPALIDAD', 'PUENTE ALTO', ''])
    expect(doc?.encoding).toBe('utf-8')
    expect(doc?.eol).toBe('lf')
    expect(doc?.bom).toBe(false)
    expect(diagnostics).toEqual([])
  })

  it('strips a UTF-8 BOM without shifting columns of the first line', () => {
    const {doc} = decodeBytes([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Categoría\tx')])
    expect(doc?.bom).toBe(true)
    expect(doc?.lines[0]).toBe('Categoría\tx')
  })

  it('splits CRLF and lone CR line endings like LF, keeping line numbers', () => {
    expect(decodeBytes('a\r\nb\r\nc').doc?.lines).toEqual(['a', 'b', 'c'])
    expect(decodeBytes('a\r\nb\r\nc').doc?.eol).toBe('crlf')
    expect(decodeBytes('a\rb\rc').doc?.lines).toEqual(['a', 'b', 'c'])
    expect(decodeBytes('a\rb\rc').doc?.eol).toBe('cr')
    expect(decodeBytes('a\r\nb\nc').doc?.eol).toBe('mixed')
  })

  it('decodes bytes that are not UTF-8 as Windows-1252 and reports where', () => {
    // "Año\nDescripción" in Windows-1252: ñ = 0xF1, ó = 0xF3
    const {doc, diagnostics} = decodeBytes([0x41, 0xf1, 0x6f, 0x0a, 0x44, 0x65, 0x73, 0x63, 0x72, 0x69, 0x70, 0x63, 0x69, 0xf3, 0x6e])
    expect(doc?.lines).toEqual(['Año', 'Descripción'])
    expect(doc?.encoding).toBe('windows-1252')
    expect(diagnostics).toEqual([{
      severity: 'info', rule: 'read/windows-1252',
      message: 'Unexpected byte `0xF1` (not UTF-8), decoded 2 line(s) as Windows-1252',
      file: 'doc.txt', line: 1, column: 2, endLine: 1, endColumn: 3, actual: '0xF1', expected: 'ñ',
    }])
  })

  it('keeps valid UTF-8 lines as UTF-8 in a file with a few Windows-1252 lines', () => {
    const utf8Line = new TextEncoder().encode('Línea UTF-8\r\n')
    const {doc} = decodeBytes([...utf8Line, 0x4e, 0xba, 0x20, 0x31])
    expect(doc?.lines).toEqual(['Línea UTF-8', 'Nº 1'])
    expect(doc?.eol).toBe('crlf')
  })

  it('decodes Windows-1252 specials such as the euro sign and curly quotes', () => {
    const {doc} = decodeBytes([0x80, 0x20, 0x93, 0x68, 0x6f, 0x6c, 0x61, 0x94])
    expect(doc?.lines).toEqual(['€ “hola”'])
  })

  it('reads UTF-16 with a byte order mark', () => {
    const body = Buffer.from('Año\nx', 'utf16le')
    const {doc} = decodeBytes([0xff, 0xfe, ...body])
    expect(doc?.lines).toEqual(['Año', 'x'])
    expect(doc?.encoding).toBe('utf-16le')
  })

  it('rejects binary input (NUL bytes) with an error', () => {
    const {result, diagnostics} = decodeBytes([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])
    expect(result.ok).toBe(false)
    expect(diagnostics[0]).toMatchObject({severity: 'error', rule: 'read/binary', line: 1, column: 1})
    expect(diagnostics[0]?.message).toBe('Unexpected binary content (NUL byte at offset 4), expected a text document')
  })

  it('reads UTF-16 without a byte order mark (LE and BE), with an info saying so', () => {
    const le = decodeBytes(Buffer.from('Año de inicio\n2015', 'utf16le'))
    expect(le.doc?.lines).toEqual(['Año de inicio', '2015'])
    expect(le.diagnostics).toMatchObject([{severity: 'info', rule: 'read/utf-16', message: 'Unexpected UTF-16LE text without a byte-order mark, decoded it as UTF-16LE'}])
    const be = decodeBytes(Buffer.from('Año de inicio\n2015', 'utf16le').swap16())
    expect(be.doc?.lines).toEqual(['Año de inicio', '2015'])
    expect(be.doc?.encoding).toBe('utf-16be')
  })

  it('rejects binary content without NUL bytes (more than 1% control characters), keeps text with a stray one', () => {
    const binary = decodeBytes(Uint8Array.from({length: 300}, (_, i) => (i % 10 === 0 ? 0x01 : 0x41)))
    expect(binary.result.ok).toBe(false)
    expect(binary.diagnostics[0]).toMatchObject({rule: 'read/binary', message: 'Unexpected binary content (control byte `0x01` at offset 0; 30 of the first 300 bytes are control characters), expected a text document'})
    const text = decodeBytes(`${'Breve descripción de la práctica. '.repeat(20)}\u0007fin\f\u001b[0m`)
    expect(text.result.ok).toBe(true)
  })

  it('rejects empty and white-space-only input with an error', () => {
    expect(decodeBytes([]).diagnostics).toMatchObject([{severity: 'error', rule: 'read/empty', message: 'Unexpected empty file, expected a document with text'}])
    expect(decodeBytes(' \n\t\r\n').result.ok).toBe(false)
    expect(decodeBytes(' \n\t\r\n').diagnostics[0]?.rule).toBe('read/empty')
  })
})

describe('utf8Lines', () => {
  // What decoding the whole text and splitting it gives (a BOM kept, as a line's own text).
  const whole = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
  const PIECES = ['a', 'Año', ' ', '✓', '–', '𝄞', '\n', '\r', '\r\n', '\n\n', '\uFEFF'].map((p) => [...Buffer.from(p)])
  const BAD = [[0xf1], [0xe2, 0x9c], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80]]

  it('gives the lines of the whole text split at LF, CRLF and lone CR, or null when it is not UTF-8', () => {
    let seed = 7
    const random = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n
    for (let run = 0; run < 2_000; run++) {
      const bytes: number[] = []
      for (let k = random(30); k > 0; k--) bytes.push(...PIECES[random(PIECES.length)]!)
      if (run % 5 === 0) bytes.splice(random(bytes.length + 1), 0, ...BAD[random(BAD.length)]!)
      const input = Uint8Array.from(bytes)
      let expected: string[] | null
      try {
        expected = whole.decode(input).split(/\r\n|\r|\n/)
      } catch {
        expected = null
      }
      expect(utf8Lines(input), JSON.stringify(bytes)).toEqual(expected)
    }
  })

  it('reads a view into a larger buffer, and an empty one as one empty line', () => {
    const bytes = Buffer.from('xx\nAño ✓\r\nfin\ryy')
    expect(utf8Lines(bytes.subarray(3, bytes.length - 2))).toEqual(['Año ✓', 'fin', ''])
    expect(utf8Lines(new Uint8Array(0))).toEqual([''])
  })
})
