#!/usr/bin/env node
/**
 * Parse throughput per format, as CPU time (the machine may be busy: CPU seconds hold where wall
 * time does not), next to a plain read + split + regex line scan of the same corpus measured in
 * the same process: `parse --format jsonl` MB per CPU-second, and the ratio scan / parse.
 *
 * Corpora, made from fixtures/samples: a folder of many one-document files of every format, one
 * large file of each format (fichas, PMM handbook, OCR slides, news release, fact sheets), a
 * folder of OCR slide files.
 *
 *   node scripts/throughput.mjs [--mb 20] [--files 2000] [--root DIR] [--profile DIR] [corpus …]
 *
 * `--root`: another build of practices to measure (a checkout with its own dist/), on the same
 * corpora. `--profile`: write a CPU profile of each parse there (node --cpu-prof).
 * Needs `npm run build`.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'

const {values, positionals} = parseArgs({allowPositionals: true, options: {
  mb: {type: 'string', default: '20'}, files: {type: 'string', default: '2000'}, root: {type: 'string'}, profile: {type: 'string'}, keep: {type: 'boolean', default: false},
}})
const here = new URL('../', import.meta.url).pathname
const root = resolve(values.root ?? here)
const samples = join(here, 'fixtures/samples')
const read = (name) => readFileSync(join(samples, name), 'utf8')
const factsheet = readFileSync(join(here, 'fixtures/expected/export/md/puente-alto-operativos-interinstitucionales-en-asentamientos-precarios.md'), 'utf8')

const work = mkdtempSync(join(tmpdir(), 'practices-throughput-'))
const target = Number(values.mb) * 1024 * 1024
/** One file of `text` repeated to `target` bytes, pieces joined by `separator`. */
function big(name, text, separator = '\n') {
  const path = join(work, name)
  const times = Math.max(1, Math.round(target / Buffer.byteLength(text + separator)))
  writeFileSync(path, Array.from({length: times}, () => text).join(separator))
  return path
}
function folder(name, texts, count) {
  const dir = join(work, name)
  mkdirSync(dir)
  for (let i = 0; i < count; i++) {
    const [ext, text] = texts[i % texts.length]
    writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.${ext}`), text)
  }
  return dir
}

const mixed = [
  ['txt', read('ficha-sello-migrante-2023.txt')], ['txt', read('gobernanza-minrel-slides.txt')], ['txt', read('pmm-handbook-oim.txt')],
  ['txt', read('solidarias-acnur-chile-2023.txt')], ['txt', read('solidarias-minex-guatemala-2024.txt')], ['md', factsheet],
]
const CORPORA = {
  'folder of mixed documents': () => folder('mixed', mixed, Number(values.files)),
  'one file of fichas': () => big('fichas.txt', read('ficha-sello-migrante-2023.txt')),
  'one PMM handbook file': () => big('pmm.txt', read('pmm-handbook-oim.txt')),
  'one file of OCR slides': () => big('slides.txt', read('gobernanza-minrel-slides.txt')),
  'one news release file': () => big('news.txt', read('solidarias-acnur-chile-2023.txt')),
  'one file of fact sheets': () => big('sheets.md', factsheet),
  'folder of OCR slide files': () => folder('slides', [['txt', read('gobernanza-minrel-slides.txt')]], 300),
}

/** In a child: the scan, then the parse, each as CPU milliseconds. */
const child = (input, profile) => `
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
const input = ${JSON.stringify(input)}
const files = statSync(input).isDirectory() ? readdirSync(input).sort().map((f) => join(input, f)) : [input]
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
// A plain line scanner: read, split, a few regular expressions a line.
let start = cpu(), hits = 0
for (let round = 0; round < 3; round++) for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split(/\\r?\\n/)) {
    if (!/\\S/.test(line)) continue
    if (/^\\s*[A-ZÁÉÍÓÚÑ][^:]{0,40}:/.test(line)) hits++
    if (/\\b(?:19|20)\\d{2}\\b/.test(line)) hits++
    if (/municipalidad|objetivo|descripci/i.test(line)) hits++
  }
}
const scan = (cpu() - start) / 3
const {run} = await import(${JSON.stringify(join(root, 'dist/cli/index.js'))})
start = cpu()
const code = await run(['parse', input, '--format', 'jsonl', '--out', ${JSON.stringify(join(work, 'out.jsonl'))}, '--quiet'], {stdout: process.stdout, stderr: {write() {}}, stdin: process.stdin, env: {}})
const parse = cpu() - start
console.log(JSON.stringify({code, scan, parse, hits, maxRSS: process.resourceUsage().maxRSS}))
`

const names = positionals.length ? positionals : Object.keys(CORPORA)
console.log(`${root === here ? 'this checkout' : root}: parse --format jsonl, CPU time, one process`)
for (const name of names) {
  const input = CORPORA[name]()
  const bytes = statSync(input).isDirectory() ? readdirSync(input).reduce((n, f) => n + statSync(join(input, f)).size, 0) : statSync(input).size
  const args = values.profile ? [`--cpu-prof`, `--cpu-prof-dir=${join(values.profile, name.replace(/\W+/g, '-'))}`] : []
  const r = spawnSync(process.execPath, [...args, '--input-type=module', '-e', child(input)], {encoding: 'utf8', maxBuffer: 1 << 26})
  if (r.status !== 0) { console.log(`  ${name}: failed\n${r.stderr}`); continue }
  const {code, scan, parse, maxRSS} = JSON.parse(r.stdout.trim().split('\n').pop())
  const mb = bytes / 1024 / 1024
  console.log(`  ${name.padEnd(28)} ${mb.toFixed(1).padStart(6)} MB  parse ${(mb / (parse / 1000)).toFixed(1).padStart(6)} MB/CPU-s  scan ${(mb / (scan / 1000)).toFixed(0).padStart(4)} MB/CPU-s  scan/parse ${(parse / scan).toFixed(1).padStart(5)}x  peak RSS ${(maxRSS / 1024).toFixed(0)} MB  (exit ${code})`)
}
if (!values.keep) rmSync(work, {recursive: true, force: true})
