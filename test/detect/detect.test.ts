import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {detect} from '../../src/detect/detect.js'
import {Messages} from '../../src/diagnostics/diagnostic.js'
import {decode} from '../../src/read/decode.js'
import {ROOT} from '../helpers/golden.js'
import {toCp1252, toCrlf} from '../helpers/encode.js'

const SEEDS = {
  'ficha-sello-migrante-2023.txt': 'ficha',
  'gobernanza-minrel-slides.txt': 'gobernanza',
  'pmm-handbook-oim.txt': 'pmm',
  'solidarias-acnur-chile-2023.txt': 'solidarias',
  'solidarias-minex-guatemala-2024.txt': 'solidarias',
} as const

function detectBytes(bytes: Uint8Array) {
  const decoded = decode(bytes, 'x.txt', new Messages('x.txt'))
  if (!decoded.ok) throw new Error('not decoded')
  return detect(decoded.doc)
}

describe('format detection', () => {
  for (const [file, format] of Object.entries(SEEDS)) {
    const text = readFileSync(join(ROOT, 'fixtures/samples', file), 'utf8')
    it(`detects ${file} as ${format}`, () => {
      const detection = detectBytes(new TextEncoder().encode(text))
      expect(detection.format).toBe(format)
      expect(detection.evidence[0]).toMatch(new RegExp(`^${format}: `))
    })
    it(`detects ${file} with CRLF line endings`, () => {
      expect(detectBytes(new TextEncoder().encode(toCrlf(text))).format).toBe(format)
    })
    it(`detects ${file} encoded as Windows-1252`, () => {
      expect(detectBytes(toCp1252(text)).format).toBe(format)
    })
  }

  it('recognises OCR-damaged labels through folding (`Ano de inicio`, `Ao de inicio`)', () => {
    const d = detectBytes(new TextEncoder().encode('PROGRAMA X\nAo de inicio 2014\nMedio de verificacidn 1: actas\n'))
    expect(d.format).toBe('gobernanza')
  })

  it('gives no format for unrelated text, with zero evidence', () => {
    const d = detectBytes(new TextEncoder().encode('Lista de compras\nleche\npan\n'))
    expect(d).toMatchObject({format: null, score: 0, evidence: []})
  })

  it('shows the evidence with weights, strongest format first', () => {
    const d = detectBytes(new TextEncoder().encode('Título\n\nMUNICIPALIDAD\nARICA\n\nLíneas Sello\n'))
    expect(d.format).toBe('ficha')
    expect(d.evidence).toEqual(['ficha: `MUNICIPALIDAD` line (+3)', 'ficha: `Líneas Sello` section (+4)'])
  })
})
