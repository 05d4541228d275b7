/**
 * pdfjs (v5, legacy build for Node), loaded on the first PDF: quiet (no console warnings), and
 * offline (character maps and standard-font data from the pdfjs-dist package folder, no
 * network, no font faces, no eval). Each page gives its text items and checkbox form fields.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>

let pdfjs: Promise<Pdfjs> | undefined

/** Imports pdfjs once; its Node polyfill check may warn on the console, which is silenced. */
export function loadPdfjs(): Promise<Pdfjs> {
  return (pdfjs ??= (async () => {
    const warn = console.warn, log = console.log
    console.warn = () => {}
    console.log = () => {}
    try {
      const module = await import('pdfjs-dist/legacy/build/pdf.mjs')
      module.GlobalWorkerOptions.workerSrc ||= pathToFileURL(join(packageDir(), 'legacy/build/pdf.worker.mjs')).href
      return module
    } finally {
      console.warn = warn
      console.log = log
    }
  })())
}

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
}

export type OpenProblem = {kind: 'encrypted'} | {kind: 'corrupt'; detail: string}

export async function openPdf(bytes: Uint8Array): Promise<{doc: PdfDocument} | OpenProblem> {
  const lib = await loadPdfjs()
  const dir = packageDir()
  const task = lib.getDocument({
    // pdfjs takes ownership of (and may detach) the buffer it gets: give it a copy.
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    cMapUrl: `${join(dir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(dir, 'standard_fonts')}/`,
    stopAtErrors: false,
  })
  // Without this, an encrypted file waits for a password forever.
  task.onPassword = () => { void task.destroy() }
  try {
    return {doc: await task.promise}
  } catch (error) {
    const name = (error as Error)?.name ?? ''
    if (name === 'PasswordException' || /password/i.test((error as Error)?.message ?? '')) return {kind: 'encrypted'}
    return {kind: 'corrupt', detail: pdfMessage(error)}
  }
}

function pdfMessage(error: unknown): string {
  const message = (error as Error)?.message ?? String(error)
  if (/Invalid PDF structure|InvalidPDF/i.test(message)) return 'its structure is damaged (a truncated or incomplete file?)'
  if (/no pdf header|not a pdf/i.test(message)) return 'it has no PDF header'
  if (/destroyed|Worker was terminated/i.test(message)) return 'it could not be opened (password-protected?)'
  return message.replace(/\.$/, '')
}

/** A piece of text on a page, in PDF units (points, origin at the bottom left). */
export interface TextItem {
  text: string
  /** Left end of the baseline. */
  x: number
  y: number
  width: number
  /** Font size (height of the em square). */
  size: number
  /** A checkbox form field drawn as a mark, not text of the page. */
  field?: boolean
}

/** The page's horizontal text items (rotated text is counted, not returned), and its checkbox fields. */
export async function pageItems(doc: PdfDocument, number: number): Promise<{items: TextItem[]; rotated: number; height: number}> {
  const page = await doc.getPage(number)
  const [, , , height] = page.view as [number, number, number, number]
  const content = await page.getTextContent()
  const items: TextItem[] = []
  let rotated = 0
  for (const item of content.items) {
    if (!('str' in item) || !/\S/.test(item.str)) continue
    const [a, b, c, d, x, y] = item.transform as [number, number, number, number, number, number]
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) { rotated++; continue }
    items.push({text: item.str, x, y, width: item.width, size: Math.abs(d) || item.height || 10})
  }
  for (const annotation of await page.getAnnotations({intent: 'display'}) as Array<Record<string, unknown>>) {
    if (annotation.subtype !== 'Widget' || annotation.fieldType !== 'Btn' || !annotation.checkBox) continue
    const [x0, y0, x1, y1] = annotation.rect as [number, number, number, number]
    const value = annotation.fieldValue
    const checked = typeof value === 'string' && value !== '' && value !== 'Off'
    const size = Math.max(4, Math.min(y1 - y0, 24))
    items.push({text: checked ? '☒' : '☐', x: x0, y: y0 + (y1 - y0 - size) / 2 + size * 0.2, width: x1 - x0, size, field: true})
  }
  page.cleanup()
  return {items, rotated, height}
}
