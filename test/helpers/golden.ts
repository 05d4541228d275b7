/**
 * Golden fixtures: `fixtures/{samples,cases}/**\/NAME.ext` → `fixtures/expected/{samples,cases}/**\/NAME.json`.
 * Expected files are rewritten only with `UPDATE=1` (and never when CI is set).
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {expect} from 'vitest'

export const ROOT = new URL('../../', import.meta.url).pathname
export const UPDATE = 'UPDATE' in process.env && !process.env.CI

/** Every input file under fixtures/samples and fixtures/cases (text, JSON, .docx and .pdf), as repo-relative paths. */
export function fixtureInputs(): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(dir, name)
      if (statSync(join(ROOT, path)).isDirectory()) walk(path)
      else if (!name.startsWith('.')) out.push(path)
    }
  }
  for (const dir of ['fixtures/samples', 'fixtures/cases']) if (existsSync(join(ROOT, dir))) walk(dir)
  return out
}

export function expectedPath(input: string, ext = '.json'): string {
  const path = join('fixtures/expected', relative('fixtures', input))
  // `x.docx` and `x.pdf` of one document both have expected output: `x.docx.json`, `x.pdf.json`.
  return /\.(?:docx|pdf)$/i.test(path) ? path + ext : path.replace(/\.[^./]+$/, ext)
}

/** Compares `actual` with the stored golden file, or writes it under UPDATE=1. */
export function matchGolden(relativePath: string, actual: string): void {
  const file = join(ROOT, relativePath)
  if (UPDATE) {
    mkdirSync(dirname(file), {recursive: true})
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing golden file ${relativePath}: run with UPDATE=1 to create it, then check it by hand`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
