#!/usr/bin/env node
/**
 * Build: `tsc` emits the library (dist/**, with types), the OCR repair's word list is written
 * (dist/data/es-words.pwl, scripts/gen-ocr-words.mjs) and so is the record validators' code
 * cache (dist/data/record-validator.cache, scripts/gen-validator-cache.mjs), then esbuild bundles
 * the command line into dist/bin/ — a few chunks instead of ~200 modules, so start-up does not
 * pay to resolve and compile each file. Lazily imported parsers and commands stay lazy (code splitting).
 */
import {execFileSync} from 'node:child_process'
import {rmSync} from 'node:fs'
import {build} from 'esbuild'

const root = new URL('../', import.meta.url)
rmSync(new URL('dist', root), {recursive: true, force: true})
execFileSync(process.execPath, [new URL('scripts/gen-validator.mjs', root).pathname], {stdio: 'inherit'})
execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'})
// The OCR repair's word list, from the library just compiled (dist/data/es-words.pwl).
execFileSync(process.execPath, [new URL('scripts/gen-ocr-words.mjs', root).pathname], {cwd: root, stdio: 'inherit'})
// The record validators' code cache (dist/data/record-validator.cache), from the library just compiled.
execFileSync(process.execPath, [new URL('scripts/gen-validator-cache.mjs', root).pathname], {cwd: root, stdio: 'inherit'})
await build({
  absWorkingDir: root.pathname,
  entryPoints: {cli: 'src/cli/index.ts', worker: 'src/pipeline/worker.ts'},
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small libraries every run needs are bundled; the heavy or lazily used ones stay in
  // node_modules (dictionary-es also finds its files through import.meta.url).
  external: [
    'zod', 'cheerio', 'parse5', 'parse5-htmlparser2-tree-adapter', 'unified', 'remark-parse', 'remark-stringify', 'remark-gfm', 'nspell', 'dictionary-es',
    'csv-stringify', 'pdfjs-dist', 'pdfjs-dist/*', 'ajv', 'ajv/*', 'ajv-formats', 'ajv-formats/*', 'jsonc-parser', 'i18n-iso-countries', 'i18n-iso-countries/*',
  ],
  // Bundled CommonJS (commander) calls require() for Node built-ins.
  banner: {js: "import {createRequire as __practicesRequire} from 'node:module'; const require = __practicesRequire(import.meta.url);"},
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [lazyBuiltin('child_process', /commander/), chalkWithoutDetection()],
})

/**
 * chalk detects the terminal's colours when it loads (with `tty`, which loads `net`); this CLI
 * decides the colour level itself (src/cli/color.ts) and always passes it to `new Chalk({level})`,
 * so chalk gets its detection-free variant.
 */
function chalkWithoutDetection() {
  return {
    name: 'chalk-without-detection',
    setup(b) {
      b.onResolve({filter: /^#supports-color$/}, () => ({path: new URL('node_modules/chalk/source/vendor/supports-color/browser.js', root).pathname}))
    },
  }
}

/**
 * commander requires `node:child_process` (with `net`, `dgram` …) when it loads, for executable
 * subcommands this CLI never has: `importer` gets it only when a property is read (start-up time).
 */
function lazyBuiltin(name, importer) {
  return {
    name: `lazy-${name}`,
    setup(b) {
      b.onResolve({filter: new RegExp(`^(node:)?${name}$`)}, (args) => (importer.test(args.importer) ? {path: name, namespace: 'lazy-builtin'} : undefined))
      b.onLoad({filter: /.*/, namespace: 'lazy-builtin'}, (args) => ({
        contents: `module.exports = new Proxy({}, {get: (_, key) => require('node:${args.path}')[key]})`,
        loader: 'js',
      }))
    },
  }
}
