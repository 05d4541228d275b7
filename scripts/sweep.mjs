#!/usr/bin/env node
/**
 * Sweep: for each format's sample and each token of a list, a run of the token inserted in the
 * sample at two sizes, in three shapes: one line of the token repeated (`run`), the same between
 * two letters (`wrap`: `x     …     x`), the token on lines of its own (`lines`). Prints the time
 * at each size over the sample alone, slowest first. Each case runs in a child with a timeout.
 *
 *   node scripts/sweep.mjs [--small 20000] [--large 200000] [--timeout 20] [--shapes run,wrap,lines] [format …]
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
]
const SAMPLES = {
  ficha: ['ficha.txt', 'ficha-sello-migrante-2023.txt'],
  gobernanza: ['slides.txt', 'gobernanza-minrel-slides.txt'],
  pmm: ['pmm.txt', 'pmm-handbook-oim.txt'],
  solidarias: ['news.txt', 'solidarias-acnur-chile-2023.txt'],
  factsheet: ['sheet.md', null],
}
export function sampleText(format) {
  const [, name] = SAMPLES[format]
  return name ? readFileSync(join(root, 'fixtures/samples', name), 'utf8')
    : readFileSync(join(root, 'fixtures/expected/export/md/puente-alto-operativos-interinstitucionales-en-asentamientos-precarios.md'), 'utf8')
}
/** The sample with `run` as a line in its middle (after 40% of its lines). */
export function withRun(format, run) {
  const lines = sampleText(format).split('\n')
  const at = Math.floor(lines.length * 0.4)
  return [...lines.slice(0, at), '', run, '', ...lines.slice(at)].join('\n')
}
export const fileName = (format) => SAMPLES[format][0]

const child = `
import {processBytes, IdRegistry} from ${JSON.stringify(join(root, 'dist/pipeline/index.js'))}
const {withRun, fileName} = await import(${JSON.stringify(new URL(import.meta.url).href)})
const [format, token, small, large, shape] = JSON.parse(process.argv[1])
const time = async (n) => {
  const k = Math.ceil(n / token.length)
  const run = shape === 'lines' ? (token + '\\n').repeat(Math.ceil(n / (token.length + 1))) : shape === 'wrap' ? 'x' + token.repeat(k) + 'x' : token.repeat(k)
  const bytes = new TextEncoder().encode(withRun(format, run))
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
  for (const r of rows.filter((r, i) => i < 40 || r.note)) console.log(`${r.format.padEnd(11)} ${r.shape.padEnd(5)} ${JSON.stringify(r.token).padEnd(30)} ${r.note ?? `${r.a.toFixed(0)} → ${r.b.toFixed(0)} ms over the sample alone`}`)
}
