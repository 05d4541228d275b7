/** The README's formats and rules tables are generated; regenerate with `UPDATE=1 npx vitest run test/readme-tables.test.ts`. */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {ROOT} from './helpers/golden.js'
import {regenerate} from './helpers/readme-tables.js'

it('README tables match the format registry and the rule catalogue', () => {
  const path = join(ROOT, 'README.md')
  const readme = readFileSync(path, 'utf8')
  const fresh = regenerate(readme)
  if ('UPDATE' in process.env && !process.env.CI) writeFileSync(path, fresh)
  else expect(readme, 'README tables drifted: run UPDATE=1 npx vitest run test/readme-tables.test.ts').toBe(fresh)
})
