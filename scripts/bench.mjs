#!/usr/bin/env node
/**
 * `npm run bench`: start-up and throughput, measured, never asserted.
 *
 *   - start-up: median wall time of `node -e 0`, `practices --version`, `practices validate <one sheet>`
 *   - throughput: `practices parse --format jsonl` over (a) one large file made of the samples
 *     repeated and (b) a folder of many sheets; MB/s and peak RSS (maxRSS of the child).
 *   - a 40-page PDF (the ficha sample set in Helvetica, 55 lines a page): seconds to parse it.
 *
 * Options: --runs N (start-up repetitions, default 15), --mb N (size of the large file, default 20;
 * use 100 to check the "single 100 MB file" target), --files N (folder size, default 300).
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {simplePdf, wrap} from './lib/simple-pdf.mjs'

const {values} = parseArgs({options: {runs: {type: 'string', default: '15'}, mb: {type: 'string', default: '20'}, files: {type: 'string', default: '300'}}})
const root = new URL('../', import.meta.url).pathname
const bin = join(root, 'bin/practices.js')
const sample = join(root, 'fixtures/samples/ficha-sello-migrante-2023.txt')

function time(args) {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'ignore']})
  if (r.error) throw r.error
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function startup(label, args) {
  time(args) // warm the file cache
  const ms = median(Array.from({length: Number(values.runs)}, () => time(args)))
  return {label, ms}
}

const base = startup('node -e 0', ['-e', '0'])
const rows = [base, startup('practices --version', [bin, '--version']), startup('practices validate <one sheet>', [bin, 'validate', sample])]
console.log(`Start-up (median of ${values.runs} runs)`)
for (const r of rows) console.log(`  ${r.label.padEnd(34)} ${r.ms.toFixed(1).padStart(7)} ms  ${(r.ms / base.ms).toFixed(2)}x node -e 0`)

// Throughput: children report their own peak RSS.
const work = mkdtempSync(join(tmpdir(), 'practices-bench-'))
const samples = readdirSync(join(root, 'fixtures/samples')).map((f) => readFileSync(join(root, 'fixtures/samples', f), 'utf8'))
const fichas = samples[0] && readFileSync(sample, 'utf8')
const big = join(work, 'big-ficha.txt')
const target = Number(values.mb) * 1024 * 1024
const chunks = []
let size = 0
while (size < target) { chunks.push(fichas); size += Buffer.byteLength(fichas) }
writeFileSync(big, chunks.join('\n'))
const folder = join(work, 'corpus')
mkdirSync(folder)
for (let i = 0; i < Number(values.files); i++) writeFileSync(join(folder, `doc-${String(i).padStart(4, '0')}.txt`), samples[i % samples.length])

function throughput(label, input) {
  const bytes = statSync(input).isDirectory() ? readdirSync(input).reduce((n, f) => n + statSync(join(input, f)).size, 0) : statSync(input).size
  const script = `import {run} from ${JSON.stringify(join(root, 'dist/cli/index.js'))};
    const start = process.hrtime.bigint();
    const code = await run(['parse', ${JSON.stringify(input)}, '--format', 'jsonl', '--out', ${JSON.stringify(join(work, 'out.jsonl'))}, '--quiet'], {stdout: process.stdout, stderr: {write() {}}, stdin: process.stdin, env: {}});
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(JSON.stringify({code, ms, maxRSS: process.resourceUsage().maxRSS}))`
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', maxBuffer: 1 << 26})
  if (r.status !== 0) { console.log(`  ${label}: failed\n${r.stderr}`); return }
  const {code, ms, maxRSS} = JSON.parse(r.stdout.trim().split('\n').pop())
  const mb = bytes / 1024 / 1024
  console.log(`  ${label.padEnd(34)} ${mb.toFixed(1).padStart(6)} MB in ${(ms / 1000).toFixed(2).padStart(6)} s = ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s, peak RSS ${(maxRSS / 1024).toFixed(0)} MB (exit ${code})`)
}
console.log('Throughput (parse --format jsonl, one core)')
throughput(`one ${values.mb} MB file of fichas`, big)
throughput(`folder of ${values.files} sample documents`, folder)
// A 40-page PDF: the sample's text wrapped at 95 characters, 55 lines a page (marks as `X`).
const textLines = fichas.split('\n').flatMap((line) => (line.trim() ? wrap(line.replace(/<input[^>]*checked[^>]*>/g, 'X').replace(/<input[^>]*>/g, '').replace(/[\t✓]/g, ' '), 95) : ['']))
const pdfPages = Array.from({length: 40}, (_, p) => ({lines: Array.from({length: 55}, (_, k) => textLines[(p * 55 + k) % textLines.length]).map((text, k) => ({x: 56, y: 790 - k * 13.5, text: text.replace(/[^\x20-\xff]/g, ' ')})).filter((l) => l.text.trim())}))
const fortyPages = join(work, 'forty-pages.pdf')
writeFileSync(fortyPages, simplePdf(pdfPages, {size: 10}))
throughput('40-page PDF (read + parse)', fortyPages)
rmSync(work, {recursive: true, force: true})
