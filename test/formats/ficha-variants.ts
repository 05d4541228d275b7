/**
 * The seed ficha document rewritten the ways real files differ: other checkbox marks, CRLF +
 * BOM, Windows-1252 bytes, one sheet per file. ficha.test.ts checks that the fixture files
 * under fixtures/cases/ficha/ are exactly these rewrites (and writes them under UPDATE=1).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT} from '../helpers/golden.js'

export const SEED = 'fixtures/samples/ficha-sello-migrante-2023.txt'
export const seedText = (): string => readFileSync(join(ROOT, SEED), 'utf8')

const CHECKED = /<input checked="" type="checkbox"\/>/g
const UNCHECKED = /<input type="checkbox"\/>/g

/** ☒ for checked boxes and ✓ marks, ☐ for unchecked boxes. */
export function withBallotBoxes(text: string): string {
  return text.replace(CHECKED, '☒').replace(UNCHECKED, '☐').replace(/✓/g, '☒')
}

/** GFM task items in the grid (`- [x] NNA`), `[x]` / `[ ]` cells in the month rows. */
export function withGfmTasks(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^<input checked="" type="checkbox"\/>\t(?=\p{L})/u, '- [x] ').replace(/^<input type="checkbox"\/>\t(?=\p{L})/u, '- [ ] '))
    .join('\n')
    .replace(CHECKED, '[x]').replace(UNCHECKED, '[ ]').replace(/✓/g, '[x]')
}

/** `<input type='checkbox' checked='checked' />`: other attribute order and quoting. */
export function withQuotedInputs(text: string): string {
  return text.replace(CHECKED, "<input type='checkbox' checked='checked' />").replace(UNCHECKED, "<input type='checkbox' />")
}

/** UTF-8 BOM and CRLF line ends. */
export function withCrlfBom(text: string): Uint8Array {
  return new TextEncoder().encode('\uFEFF' + text.replace(/\n/g, '\r\n'))
}

/**
 * Windows-1252 bytes (Node's TextEncoder only writes UTF-8, so latin1 via Buffer: the seed's
 * accented letters are the same code points in both). ✓ has no Windows-1252 byte: written `x`.
 */
export function withWindows1252(text: string): Uint8Array {
  const ascii = text.replace(/✓/g, 'x')
  if (/[^\u0000-\u00ff]/.test(ascii)) throw new Error('text has characters outside Windows-1252/latin1')
  return new Uint8Array(Buffer.from(ascii, 'latin1'))
}

/** First line (1-based) of each sheet's title in the seed, checked by hand. */
export const SEED_SHEET_STARTS = [13, 77, 155, 223, 292, 362, 429] as const
export const SEED_SHEET_FILES = [
  '01-puente-alto.txt', '02-el-bosque.txt', '03-recoleta.txt', '04-san-joaquin-festival.txt',
  '05-san-joaquin-escuela.txt', '06-quinta-normal.txt', '07-arica.txt',
] as const

/** One file per sheet; the introduction stays with the first sheet. */
export function splitSheets(text: string): Array<{name: string; text: string}> {
  const lines = text.split('\n')
  return SEED_SHEET_FILES.map((name, k) => {
    const from = k === 0 ? 0 : SEED_SHEET_STARTS[k]! - 1
    const to = k + 1 < SEED_SHEET_STARTS.length ? SEED_SHEET_STARTS[k + 1]! - 1 : lines.length
    return {name, text: lines.slice(from, to).join('\n')}
  })
}

/** Every generated fixture: repo-relative path → bytes. */
export function seedVariants(): Map<string, Uint8Array> {
  const text = seedText()
  const utf8 = (s: string) => new TextEncoder().encode(s)
  const out = new Map<string, Uint8Array>([
    ['fixtures/cases/ficha/marks-ballot-boxes.txt', utf8(withBallotBoxes(text))],
    ['fixtures/cases/ficha/marks-gfm-tasks.md', utf8(withGfmTasks(text))],
    ['fixtures/cases/ficha/marks-quoted-inputs.txt', utf8(withQuotedInputs(text))],
    ['fixtures/cases/ficha/crlf-bom.txt', withCrlfBom(text)],
    ['fixtures/cases/ficha/windows-1252.txt', withWindows1252(text)],
  ])
  for (const sheet of splitSheets(text)) out.set(`fixtures/cases/ficha/one-sheet-per-file/${sheet.name}`, utf8(sheet.text))
  return out
}
