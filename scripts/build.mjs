#!/usr/bin/env node
/**
 * Build: `tsc` emits the library (dist/**, with types), then esbuild bundles the command line into
 * dist/bin/ — a few chunks instead of ~200 modules, so start-up does not pay to resolve and
 * compile each file. Dependencies stay in node_modules; lazily imported parsers and commands stay
 * lazy (code splitting).
 */
import {execFileSync} from 'node:child_process'
import {rmSync} from 'node:fs'
import {build} from 'esbuild'

const root = new URL('../', import.meta.url)
rmSync(new URL('dist', root), {recursive: true, force: true})
execFileSync(process.execPath, [new URL('scripts/gen-validator.mjs', root).pathname], {stdio: 'inherit'})
execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'})
await build({
  absWorkingDir: root.pathname,
  entryPoints: {cli: 'src/cli/index.ts', worker: 'src/pipeline/worker.ts'},
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
})
