#!/usr/bin/env node
/**
 * `npm run bench`: start-up, throughput, peak memory and `--jobs` speed-up, measured, never
 * asserted. Every corpus is built in a temporary folder from `fixtures/samples/*`:
 *
 *   mixed      a folder of many one-document files (copies of the samples)
 *   ocr        a folder of OCR slide files (the gobernanza sample)
 *   <format>   one large file per format (its sample repeated); the OCR slides once more
 *              as JSON (`gobernanza-json`)
 *   single     one 100 MB file of fichas
 *   per-file   2000 one-sheet files against the same sheets in one file: the cost of a file
 *   1 GB       a 1 GB folder of reports (only with BENCH_LARGE=1)
 *
 * Each corpus is run through `practices parse --format jsonl --out FILE --quiet --jobs 1` (one
 * with `--format json`) in a
 * child process (wall time with start-up, CPU time, and the child's peak RSS from
 * `process.resourceUsage()`), and through a plain read + split + regex line scan of the same
 * files (its own time, without Node's start-up), in the same run: the machine is shared and
 * absolute times drift, so the ratio is the figure to compare. Folders are also parsed with
 * `--jobs 2` (speed-up = wall time with 1 thread / with 2), against what two independent
 * one-thread processes on the two halves of the folder gain at the same time (the machine's
 * ceiling for this work); the 1 GB folder also with the default `--jobs`. So is the 100 MB file
 * and the 5 MB file of OCR slides (their parts on two threads), against two processes on their
 * two halves written as two files.
 *
 * Options: --bin PATH (another build's bin/practices.js, to compare), --runs N (start-up
 * repetitions, default 11), --files N (mixed folder, default 2000), --mb N (large files,
 * default 20), --single-mb N (default 100), --only NAME[,NAME] (corpora to run), --markdown
 * (print the table as Markdown, for the README). BENCH_LARGE=1 adds the 1 GB folder.
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {
  bin: {type: 'string'}, runs: {type: 'string', default: '11'}, files: {type: 'string', default: '2000'},
  mb: {type: 'string', default: '20'}, 'single-mb': {type: 'string', default: '100'}, only: {type: 'string'},
  markdown: {type: 'boolean', default: false},
}})
const root = new URL('../', import.meta.url).pathname
const bin = values.bin ?? join(root, 'bin/practices.js')
const samplesDir = join(root, 'fixtures/samples')
const SAMPLES = Object.fromEntries(readdirSync(samplesDir).map((f) => [f.split('-')[0], readFileSync(join(samplesDir, f))]))
const MB = 1024 * 1024
/** A run that takes longer is stopped and shown as such. */
const TIMEOUT = 600_000
const work = mkdtempSync(join(tmpdir(), 'practices-bench-'))
process.on('exit', () => rmSync(work, {recursive: true, force: true}))

// The child writes its own resource usage when it exits (worker threads included: RSS is per process).
const probe = join(work, 'probe.mjs')
writeFileSync(probe, `import {writeFileSync} from 'node:fs'
process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_USAGE, JSON.stringify({maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000})) })\n`)

function measure(args) {
  const usage = join(work, 'usage.json')
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--import', probe, ...args], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: {...process.env, BENCH_USAGE: usage, CI: '1'}, maxBuffer: 1 << 28, timeout: TIMEOUT})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return {ms, cpu: ms, rssMB: NaN, status: null, stderr: `killed after ${(ms / 1000).toFixed(0)} s (${r.signal ?? 'timeout'})`}
  if (r.error) throw r.error
  const {maxRSS, cpu} = JSON.parse(readFileSync(usage, 'utf8'))
  return {ms, cpu, rssMB: maxRSS / 1024, status: r.status, stderr: r.stderr}
}

// ---- start-up
function wall(args) {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, {stdio: 'ignore'})
  if (r.error) throw r.error
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const startupRows = []
const oneSheet = join(root, 'fixtures/cases/ficha/one-sheet-per-file/01-puente-alto.txt')
function startup() {
  const commands = [['node -e 0', ['-e', '0']], ['practices --version', [bin, '--version']], ['practices validate <one sheet>', [bin, 'validate', oneSheet]]]
  for (const [, args] of commands) wall(args) // warm the file cache
  // Interleaved, so drift of the machine's load hits every command alike.
  const times = commands.map(() => [])
  for (let i = 0; i < Number(values.runs); i++) commands.forEach(([, args], k) => times[k].push(wall(args)))
  const base = median(times[0])
  console.log(`Start-up (median of ${values.runs} runs, interleaved)`)
  commands.forEach(([label], k) => {
    const ms = median(times[k])
    startupRows.push({label, ms, ratio: ms / base})
    console.log(`  ${label.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x node -e 0`)
  })
}

// ---- corpora
function repeatTo(bytes, size) {
  const chunks = []
  let total = 0
  while (total < size) { chunks.push(bytes, Buffer.from('\n')); total += bytes.length + 1 }
  return Buffer.concat(chunks)
}
/** `count` files in sub-folders of at most 1000 (and at least two sub-folders, for `halves`). */
function folderOf(name, count, pick) {
  const dir = join(work, name)
  const per = Math.min(1000, Math.ceil(count / 2))
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / per)).padStart(3, '0'))
    if (i % per === 0) mkdirSync(sub, {recursive: true})
    const [label, bytes] = pick(i)
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}-${label}.txt`), bytes)
  }
  return dir
}
function fileOf(name, bytes) {
  const path = join(work, name)
  writeFileSync(path, bytes)
  return path
}
const mixedKeys = Object.keys(SAMPLES).sort()
const size = Number(values.mb) * MB
const corpora = [
  {name: 'mixed', label: `folder of ${values.files} mixed documents`, jobs: true, make: () => folderOf('mixed', Number(values.files), (i) => [mixedKeys[i % mixedKeys.length], SAMPLES[mixedKeys[i % mixedKeys.length]]])},
  {name: 'ocr', label: 'folder of 300 OCR slide files', jobs: true, make: () => folderOf('ocr', 300, () => ['gobernanza', SAMPLES.gobernanza])},
  {name: 'ficha', label: `one ${values.mb} MB file of fichas`, make: () => fileOf('ficha.txt', repeatTo(SAMPLES.ficha, size))},
  {name: 'pmm', label: `one ${values.mb} MB PMM file`, make: () => fileOf('pmm.txt', repeatTo(SAMPLES.pmm, size))},
  {name: 'gobernanza', label: `one ${values.mb / 4} MB file of OCR slides`, jobs: true, make: () => fileOf('gobernanza.txt', repeatTo(SAMPLES.gobernanza, size / 4))},
  // JSON holds a document's diagnostics until its end (they follow its records): OCR slides have one every two lines.
  {name: 'gobernanza-json', label: `the same, \`--format json\``, format: 'json', make: () => fileOf('gobernanza.txt', repeatTo(SAMPLES.gobernanza, size / 4))},
  {name: 'solidarias', label: 'one 1 MB news report', make: () => fileOf('solidarias.txt', repeatTo(SAMPLES.solidarias, MB))},
  {name: 'factsheet', label: `one ${values.mb} MB file of fact sheets`, make: () => fileOf('factsheet.md', repeatTo(factsheets(), size))},
  {name: 'single', label: `one ${values['single-mb']} MB file of fichas`, jobs: true, make: () => fileOf('single.txt', repeatTo(SAMPLES.ficha, Number(values['single-mb']) * MB))},
  ...(process.env.BENCH_LARGE === '1' ? [{name: 'large', label: '1 GB folder of reports', jobs: true, make: () => folderOf('large', Math.ceil(1024 * MB / 16_000), (i) => [mixedKeys[i % mixedKeys.length], SAMPLES[mixedKeys[i % mixedKeys.length]]])}] : []),
]
/**
 * What two threads can gain on this corpus on this machine now: two independent one-thread
 * processes, each parsing half of the folder's sub-folders (or of the file's lines, written as a
 * file of its own) at the same time. Returns their wall time (ms); `--jobs 2` is read against it.
 */
async function halves(input, out) {
  const parts = statSync(input).isDirectory() ? folderHalves(input) : fileHalves(input)
  const start = process.hrtime.bigint()
  await Promise.all(parts.map((dirs, k) => new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'parse', ...dirs, '--format', 'jsonl', '--out', `${out}.${k}`, '--quiet', '--jobs', '1'], {stdio: 'ignore', env: {...process.env, CI: '1'}})
    child.on('exit', resolve)
  })))
  for (const k of [0, 1]) rmSync(`${out}.${k}`, {force: true})
  if (!statSync(input).isDirectory()) for (const [file] of parts) rmSync(file, {force: true})
  return Number(process.hrtime.bigint() - start) / 1e6
}

function folderHalves(dir) {
  const subs = readdirSync(dir).map((d) => join(dir, d)).sort()
  return [subs.filter((_, i) => i % 2 === 0), subs.filter((_, i) => i % 2 === 1)]
}

/** A file's two halves, cut at the line break nearest its middle, as two files. */
function fileHalves(file) {
  const bytes = readFileSync(file)
  const cut = bytes.indexOf(0x0a, bytes.length >> 1) + 1
  return [bytes.subarray(0, cut), bytes.subarray(cut)].map((half, k) => [fileOf(`half-${k}.txt`, half)])
}

/** The samples' records as Markdown fact sheets, in one file (as `export --format md` writes them). */
function factsheets() {
  const out = join(work, 'md')
  const r = spawnSync(process.execPath, [bin, 'export', samplesDir, '--format', 'md', '--out', out], {stdio: 'ignore'})
  if (r.status !== 0 && r.status !== 1) throw new Error('export --format md failed')
  return Buffer.concat(readdirSync(out).filter((f) => f !== 'index.md').sort().map((f) => Buffer.concat([readFileSync(join(out, f)), Buffer.from('\n')])))
}

function bytesOf(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.size
  return readdirSync(path, {recursive: true}).reduce((n, f) => n + (statSync(join(path, f)).isFile() ? statSync(join(path, f)).size : 0), 0)
}

// A plain read + split + regex line scan of the same files: the yardstick.
const scanner = join(work, 'scan.mjs')
writeFileSync(scanner, `import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
const start = process.hrtime.bigint()
const input = process.argv[2]
const files = statSync(input).isDirectory() ? readdirSync(input, {recursive: true}).map((f) => join(input, f)).filter((f) => statSync(f).isFile()).sort() : [input]
const LABEL = /^\\s*(?:municipalidad|breve descripci|objetivo|categor)/i, YEAR = /\\b(?:19|20)\\d\\d\\b/, TAG = /<[a-z]+[^>]*>/
let hits = 0
for (const file of files) for (const line of readFileSync(file, 'utf8').split(/\\r\\n|\\r|\\n/)) if (LABEL.test(line) || YEAR.test(line) || TAG.test(line)) hits++
writeFileSync(process.argv[3], JSON.stringify({ms: Number(process.hrtime.bigint() - start) / 1e6, hits}))\n`)

async function throughput(corpus, rows) {
  const input = corpus.make()
  const mb = bytesOf(input) / MB
  // The scan's own time (without Node's start-up): the speed of reading and scanning alone.
  const scanOut = join(work, 'scan.json')
  measure([scanner, input, scanOut])
  const scan = JSON.parse(readFileSync(scanOut, 'utf8'))
  const out = join(work, 'out.jsonl')
  const parse = (jobs) => measure([bin, 'parse', input, '--format', corpus.format ?? 'jsonl', '--out', out, '--quiet', ...(jobs ? ['--jobs', String(jobs)] : [])])
  const one = parse(1)
  const two = corpus.jobs ? parse(2) : null
  const pair = corpus.jobs ? await halves(input, out) : null
  // The default (--jobs chosen by the run) for the 1 GB folder: what a user gets.
  const auto = corpus.name === 'large' ? parse(0) : null
  rmSync(input, {recursive: true, force: true})
  rmSync(out, {force: true})
  const rate = mb / (one.ms / 1000)
  const scanRate = mb / (scan.ms / 1000)
  const row = {label: corpus.label, mb, rate, cpuRate: mb / (one.cpu / 1000), ratio: rate / scanRate, rss: one.rssMB,
    speedup: two ? one.ms / two.ms : null, rss2: two?.rssMB ?? null, pairSpeedup: pair ? one.ms / pair : null, exit: one.status, autoRss: auto?.rssMB ?? null, autoRate: auto ? mb / (auto.ms / 1000) : null}
  rows.push(row)
  console.log(`  ${row.label.padEnd(34)} ${mb.toFixed(1).padStart(7)} MB ${rate.toFixed(1).padStart(6)} MB/s (${row.cpuRate.toFixed(1)} per CPU-s) ` +
    `= ${(row.ratio * 100).toFixed(1).padStart(5)}% of scan (${scanRate.toFixed(0)} MB/s), peak RSS ${row.rss.toFixed(0)} MB` +
    `${two ? `, --jobs 2: ${row.speedup.toFixed(2)}x (RSS ${two.rssMB.toFixed(0)} MB; two processes on halves: ${row.pairSpeedup.toFixed(2)}x)` : ''}` +
    `${auto ? `, default --jobs: ${row.autoRate.toFixed(1)} MB/s, RSS ${auto.rssMB.toFixed(0)} MB` : ''} [exit ${one.status}]`)
  if (one.status === null || one.status > 1) console.log(one.stderr.split('\n').slice(-5).join('\n'))
}

/**
 * What two threads can gain on this machine now: the same pure computation on one thread, then
 * split over two. A shared or throttled machine gives well under 2x; `--jobs 2` is read against it.
 */
function ceiling() {
  const script = join(work, 'ceiling.mjs')
  writeFileSync(script, `import {Worker} from 'node:worker_threads'
const code = 'const {parentPort, workerData} = require("worker_threads"); let x = 0; for (let i = 0; i < workerData; i++) x = (x * 31 + i) % 1000003; parentPort.postMessage(x)'
const run = (n, each) => Promise.all(Array.from({length: n}, () => new Promise((res) => { const w = new Worker(code, {eval: true, workerData: each}); w.on('message', () => { w.terminate(); res() }) })))
let t = Date.now(); await run(1, 3e8); const one = Date.now() - t
t = Date.now(); await run(2, 1.5e8); const two = Date.now() - t
console.log(JSON.stringify(one / two))\n`)
  const r = spawnSync(process.execPath, [script], {encoding: 'utf8'})
  return Number(r.stdout.trim())
}

/**
 * What each file costs beyond its bytes: the same N one-sheet fichas as N files of a folder and
 * as one file, parsed on one thread; the difference per file is the cost of finding, opening,
 * reading, detecting and reporting a file of its own (CPU time, so a loaded machine does not move it).
 */
function perFile(count = 2000) {
  const sheet = readFileSync(join(root, 'fixtures/cases/ficha/one-sheet-per-file/02-el-bosque.txt'))
  const folder = folderOf('per-file', count, () => ['ficha', sheet])
  const file = fileOf('per-file.txt', Buffer.concat(Array.from({length: count}, () => [sheet, Buffer.from('\n')]).flat()))
  const out = join(work, 'out.jsonl')
  const parse = (input) => measure([bin, 'parse', input, '--format', 'jsonl', '--out', out, '--quiet', '--jobs', '1'])
  const many = parse(folder), one = parse(file)
  rmSync(folder, {recursive: true, force: true})
  rmSync(file, {force: true})
  rmSync(out, {force: true})
  const row = {count, perFileMs: (many.ms - one.ms) / count, perFileCpu: (many.cpu - one.cpu) / count, folderMs: many.ms, fileMs: one.ms}
  console.log(`Per file: ${count} one-sheet files ${many.ms.toFixed(0)} ms (CPU ${many.cpu.toFixed(0)} ms), the same sheets in one file ${one.ms.toFixed(0)} ms (CPU ${one.cpu.toFixed(0)} ms): ` +
    `${row.perFileMs.toFixed(3)} ms wall, ${row.perFileCpu.toFixed(3)} ms CPU per file`)
  return row
}

console.log(`practices bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, ${bin}`)
const before = ceiling()
console.log(`Two threads on this machine now: ${before.toFixed(2)}x one (a pure computation split in two)`)
startup()
const only = values.only ? new Set(values.only.split(',')) : null
const rows = []
console.log('Throughput: parse --format jsonl --out FILE (child process; scan = read + split + regex over the same files)')
for (const corpus of corpora) if (!only || only.has(corpus.name)) await throughput(corpus, rows)
const files = !only || only.has('per-file') ? perFile() : null
const after = ceiling()
console.log(`Two threads on this machine now: ${after.toFixed(2)}x one (again, after the corpora)`)
if (values.markdown) {
  console.log(`\nTwo threads give ${Math.min(before, after).toFixed(2)}–${Math.max(before, after).toFixed(2)}× one thread on this machine during the run (a pure computation split in two).`)
  console.log('\n| start-up | median | × `node -e 0` |\n|---|---:|---:|')
  for (const r of startupRows) console.log(`| \`${r.label}\` | ${r.ms.toFixed(0)} ms | ${r.ratio.toFixed(2)}× |`)
  if (files) console.log(`\nPer file (${files.count} one-sheet files against the same sheets in one file): ${files.perFileMs.toFixed(2)} ms wall, ${files.perFileCpu.toFixed(2)} ms CPU.`)
  console.log('\n| corpus | size | MB/s (1 thread) | × scan | peak RSS | `--jobs 2` speed-up (peak RSS) | two processes on halves |\n|---|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    const size = r.mb >= 10 ? r.mb.toFixed(0) : r.mb.toFixed(1)
    console.log(`| ${r.label} | ${size} MB | ${r.rate.toFixed(1)} | ${r.ratio.toFixed(2)}× | ${r.rss.toFixed(0)} MB | ${r.speedup ? `${r.speedup.toFixed(2)}× (${r.rss2.toFixed(0)} MB)` : '—'} | ${r.pairSpeedup ? `${r.pairSpeedup.toFixed(2)}×` : '—'} |`)
  }
}
