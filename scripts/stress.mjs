#!/usr/bin/env node
/**
 * Hostile inputs, timed: for each case a document is built around a run of n characters (deep
 * nesting, long runs, many lines), parsed in a child process (one per case and size, so a crash
 * or a hang stays there), and the time printed at each size with its ratio to the previous size
 * (~10 for a linear cost at 10x the size). Measured, never asserted; the property tests in
 * test/robustness/ check the same shapes as ratios.
 *
 *   node scripts/stress.mjs [--sizes 10000,100000,1000000] [--timeout 60] [case …]
 *
 * Needs `npm run build` (it runs dist/).
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'

const root = new URL('../', import.meta.url).pathname
const sample = (name) => readFileSync(join(root, 'fixtures/samples', name), 'utf8')
const repeat = (token, chars) => token.repeat(Math.max(1, Math.ceil(chars / token.length)))

/** name → (n characters) → [file name, text]. */
export const CASES = {
  'pmm-nested-div': (n) => ['pmm.txt', pmmCell(`${repeat('<div>', n / 2)}x${repeat('</div>', n / 2)}`)],
  'pmm-nested-ol': (n) => ['pmm.txt', pmmCell(`${repeat('<ol><li>', n)}x`)],
  'pmm-nested-span': (n) => ['pmm.txt', pmmCell(`${repeat('<span>', n)}x`)],
  'pmm-p-run': (n) => ['pmm.txt', pmmCell(repeat('<p>', n))],
  'news-bold-run': (n) => ['news.txt', news(`${repeat('**', n / 2)}palabra${repeat('**', n / 2)}`)],
  'news-cuatro-mil': (n) => ['news.txt', news(repeat('cuatro mil ', n))],
  'news-dates': (n) => ['news.txt', news(repeat('5 de diciembre de ', n))],
  'factsheet-nested-list': (n) => ['sheet.md', factsheet(`${repeat('- ', n)}x`)],
  'factsheet-heading-spaces': (n) => ['sheet.md', factsheet('x', `## Breve descripción${repeat(' ', n)}x`)],
  'factsheet-bold-run': (n) => ['sheet.md', factsheet(repeat('**', n))],
  'factsheet-task-run': (n) => ['sheet.md', factsheet(repeat('- [ ', n))],
  'ocr-long-word': (n) => ['slides.txt', `${sample('gobernanza-minrel-slides.txt')}\nDescripcion ${repeat('a', n)}\n`],
  'ocr-many-lines': (n) => ['slides.txt', `${sample('gobernanza-minrel-slides.txt')}\nDescripcion\n${repeat('palabra\n', n)}`],
  'input-run': (n) => ['input.txt', repeat('<input ', n)],
  'ficha-input-run': (n) => ['ficha.txt', `${sample('ficha-sello-migrante-2023.txt')}\n${repeat('<input ', n)}\n`],
}

function pmmCell(cell) {
  const text = sample('pmm-handbook-oim.txt')
  return text.replace(/^( <p>1 DATOS<\/p> <p>[^\n]*?<\/p>\t<p>[^\n]*?<\/p>\t)[^\n]*$/m, (_, head) => head + cell)
}
function news(line) {
  return `${sample('solidarias-acnur-chile-2023.txt')}\n${line}\n`
}
function factsheet(body, heading = '## Breve descripción') {
  const md = readFileSync(join(root, 'fixtures/expected/export/md/puente-alto-operativos-interinstitucionales-en-asentamientos-precarios.md'), 'utf8')
  return md.replace('## Forma de financiamiento', `${heading}\n\n${body}\n\n## Forma de financiamiento`)
}

const child = `
import {processBytes, IdRegistry} from ${JSON.stringify(join(root, 'dist/pipeline/index.js'))}
const [name, n] = [process.argv[1], Number(process.argv[2])]
const {CASES} = await import(${JSON.stringify(new URL(import.meta.url).href)})
const [file, text] = CASES[name](n)
const bytes = new TextEncoder().encode(text)
const start = process.hrtime.bigint()
const result = await processBytes(file, bytes, {repair: true}, new IdRegistry())
const ms = Number(process.hrtime.bigint() - start) / 1e6
const crash = result.diagnostics.find((d) => d.rule === 'internal/crash')
console.log(JSON.stringify({ms, format: result.format, records: result.records.length, crash: crash?.message}))
`

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values, positionals} = parseArgs({allowPositionals: true, options: {sizes: {type: 'string', default: '10000,100000,1000000'}, timeout: {type: 'string', default: '60'}}})
  const sizes = values.sizes.split(',').map(Number)
  for (const name of positionals.length ? positionals : Object.keys(CASES)) {
    const cells = []
    let previous = null
    for (const n of sizes) {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', child, name, String(n)], {encoding: 'utf8', timeout: Number(values.timeout) * 1000, maxBuffer: 1 << 26})
      if (r.error || r.status !== 0) { cells.push(r.error ? `> ${values.timeout} s` : `failed: ${r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.status}`); break }
      const out = JSON.parse(r.stdout.trim().split('\n').pop())
      if (out.crash) { cells.push(`crash (${out.crash.slice(0, 60)})`); break }
      cells.push(`${out.ms.toFixed(0)} ms${previous ? ` (x${(out.ms / previous).toFixed(1)})` : ''} [${out.format}]`)
      previous = out.ms
    }
    console.log(`${name.padEnd(26)} ${cells.join('  |  ')}`)
  }
}
