#!/usr/bin/env node
/**
 * Sweep: for each format's sample and each token of a list, a run of the token inserted in the
 * sample at two sizes, in four shapes: one line of the token repeated (`run`), the same between
 * two letters (`wrap`: `x     …     x`), the token on lines of its own (`lines`), or the run spread
 * over the ends of every line of the sample (`each`, so that it lands in every field). Prints the time
 * at each size over the sample alone, slowest first. Each case runs in a child with a timeout.
 *
 *   node scripts/sweep.mjs [--small 20000] [--large 200000] [--timeout 20] [--shapes run,wrap,lines,each] [format …]
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'

const root = new URL('../', import.meta.url).pathname
export const TOKENS = [
  ' ', '\t', 'a', 'palabra ', '# ', '#', '## x ', '- ', '* ', '+ ', '> ', '1. ', '**', '*a ', '__', '_a ', '~~', '`', '``` ', '[', '[a](', '](', '[a][b', '![a', '<', '<a ', '<p>', '</p>', '<p>a</p>\t', '<div>', '</div>',
  '<ol><li>', '<span>', '<input ', '<input type="checkbox"/>\t', '<!-- ', '&', '&amp;', '\\', '|', '| a ', ':', ': ', '.', '. ', '..', '-', '– ', '(', ')', '()', '"', '“', '✓', '☐ ', '■ ',
  '1', '1 ', '12 ', '1.000 ', '1,5 ', '2023 ', '25/09/2024 ', '5 y ', '5 de diciembre de ', 'cuatro mil ', 'mil ', 'millones ', 'ciento ', 'y ', 'de ', 'de la ', 'más de ',
  'Municipalidad ', 'MUNICIPALIDAD\t', 'Año de inicio ', 'Descripción: ', 'Objetivo ', 'OBJETIVO 1 ', 'Línea ', 'Sello ', 'Grupo prioritario ', 'Enero\t', 'Santiago ', 'Puente Alto, ',
  'https://a.b/ ', 'www.a.com ', 'a@b.co ', 'Ao ', 'andnima ', 'N© ', 'rn', 'Ciudades Solidarias ', 'convenios ', '6 Convenios ', 'Comunicado ', 'Pacto Mundial ', 'PMM ',
  'ñ', 'á', '\u00a0', '\u200b', '😀', '\u0301', 'A', 'AB ', 'Ab ',
  // Portuguese and English news and practice-repository pages.
  'duas ', 'vinte e cinco ', 'milhões ', 'municípios ', 'de maio de ', '12 May 2023 ', 'Sábado, ', 'a las 10:30 ', 'el pasado martes ', 'ayer ',
  'Objective 1, ', 'Objetivo 16 ', '15 - ', 'SDG 10.7 ', 'ODS ', 'Updated on: ', 'Country: ', 'País: ', 'Partners: ', '2019 - Presente ', 'Porto Alegre/RS ',
  'Municipalidad de Quito ', 'Prefeitura de ', 'firmó ', 'se sumó ', 'aderiu ', 'Ciudad Solidaria de ', '«', '» ', 'Región Solidaria» ', 'Chile, ', 'Brasil; ', 'en Chile ', '(Perú) ',
  'ACNUR ', 'SANTIAGO, Chile – ', 'Mendoza ', 'y la ', ', como ',
]
/** Sample → [file name, path in the repository]. */
const SAMPLES = {
  ficha: ['ficha.txt', 'fixtures/samples/ficha-sello-migrante-2023.txt'],
  gobernanza: ['slides.txt', 'fixtures/samples/gobernanza-minrel-slides.txt'],
  pmm: ['pmm.txt', 'fixtures/samples/pmm-handbook-oim.txt'],
  solidarias: ['news.txt', 'fixtures/samples/solidarias-acnur-chile-2023.txt'],
  'solidarias-pt': ['news-pt.txt', 'fixtures/cases/solidarias/pt-acnur-cidades-solidarias-dateline.txt'],
  'solidarias-sello': ['news-sello.txt', 'fixtures/cases/solidarias/es-sello-migrante-recibio.txt'],
  factsheet: ['sheet.md', 'fixtures/expected/export/md/puente-alto-operativos-interinstitucionales-en-asentamientos-precarios.md'],
  catalog: ['page.txt', 'fixtures/cases/catalog/hub-practice-es.txt'],
  'catalog-en': ['page-en.txt', 'fixtures/cases/catalog/city-network-sheet-en.txt'],
  'catalog-pt': ['page-pt.txt', 'fixtures/cases/catalog/ficha-boa-pratica-pt.txt'],
  'catalog-form': ['form.txt', 'fixtures/cases/catalog/pledge-form-table-es.txt'],
}
export function sampleText(format) {
  return readFileSync(join(root, SAMPLES[format][1]), 'utf8')
}
/** The sample with `run` as a line in its middle (after 40% of its lines). */
export function withRun(format, run) {
  const lines = sampleText(format).split('\n')
  const at = Math.floor(lines.length * 0.4)
  return [...lines.slice(0, at), '', run, '', ...lines.slice(at)].join('\n')
}
/** The sample with `token` repeated after the text of each of its non-blank lines, `n` characters in all. */
export function withRuns(format, token, n) {
  const lines = sampleText(format).split('\n')
  const k = Math.ceil(n / token.length / Math.max(1, lines.filter((l) => l.trim()).length))
  return lines.map((line) => (line.trim() ? `${line} ${token.repeat(k)}x` : line)).join('\n')
}
export const fileName = (format) => SAMPLES[format][0]

const child = `
import {processBytes, IdRegistry} from ${JSON.stringify(join(root, 'dist/pipeline/index.js'))}
const {withRun, withRuns, fileName} = await import(${JSON.stringify(new URL(import.meta.url).href)})
const [format, token, small, large, shape] = JSON.parse(process.argv[1])
const time = async (n) => {
  const k = Math.ceil(n / token.length)
  const run = shape === 'lines' ? (token + '\\n').repeat(Math.ceil(n / (token.length + 1))) : shape === 'wrap' ? 'x' + token.repeat(k) + 'x' : token.repeat(k)
  const bytes = new TextEncoder().encode(shape === 'each' ? withRuns(format, token, n) : withRun(format, run))
  let best = Infinity, result
  for (let i = 0; i < 2; i++) {
    const start = process.hrtime.bigint()
    result = await processBytes(fileName(format), bytes, {repair: true}, new IdRegistry())
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
  }
  const crash = result.diagnostics.find((d) => d.rule === 'internal/crash')
  if (crash) throw new Error(crash.message)
  return best
}
await time(1000)
const base = await time(0)
const a = await time(small)
const b = await time(large)
console.log(JSON.stringify({base, a, b}))
`

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {small: {type: 'string', default: '20000'}, large: {type: 'string', default: '200000'}, timeout: {type: 'string', default: '20'}, shapes: {type: 'string', default: 'run,wrap,lines'}, jobs: {type: 'string', default: '2'}}})
  const formats = positionals.length ? positionals : Object.keys(SAMPLES)
  const shapes = values.shapes.split(',')
  const jobs = formats.flatMap((format) => shapes.flatMap((shape) => TOKENS.map((token) => ({format, token, shape}))))
  const rows = []
  const runOne = ({format, token, shape}) => new Promise((resolve) => {
    const p = spawn(process.execPath, ['--input-type=module', '-e', child, JSON.stringify([format, token, Number(values.small), Number(values.large), shape])])
    let out = '', err = ''
    p.stdout.on('data', (d) => { out += d })
    p.stderr.on('data', (d) => { err += d })
    const timer = setTimeout(() => p.kill('SIGKILL'), Number(values.timeout) * 1000)
    p.on('close', (code) => {
      clearTimeout(timer)
      let row
      if (code === 0) { const {base, a, b} = JSON.parse(out.trim().split('\n').pop()); row = {format, token, shape, a: a - base, b: b - base, ratio: (b - base) / Math.max(1, a - base), msB: b} }
      else row = {format, token, shape, ratio: Infinity, note: code === null ? 'timeout' : (err.match(/Error: (.*)/)?.[1] ?? `exit ${code}`).slice(0, 60)}
      rows.push(row)
      process.stderr.write('.')
      resolve()
    })
  })
  const queue = [...jobs]
  await Promise.all(Array.from({length: Number(values.jobs)}, async () => { while (queue.length) await runOne(queue.shift()) }))
  rows.sort((x, y) => (y.note ? Infinity : y.b) - (x.note ? Infinity : x.b))
  console.log()
  // The slowest, and any whose cost grew much faster than the input (a small quadratic one too).
  const steep = (r) => r.ratio > 3 * Number(values.large) / Number(values.small) && r.b > 50
  for (const r of rows.filter((r, i) => i < 40 || r.note || steep(r))) console.log(`${r.format.padEnd(11)} ${r.shape.padEnd(5)} ${JSON.stringify(r.token).padEnd(30)} ${r.note ?? `${r.a.toFixed(0)} → ${r.b.toFixed(0)} ms over the sample alone`}`)
}
