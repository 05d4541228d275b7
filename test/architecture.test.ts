/**
 * The structure docs/architecture.md describes: no import cycles between files (checked by madge,
 * type-only and lazy `import()` edges included), and stages that import only the stages below
 * them, so that a format, a rule or an exporter can be added without touching what lies under it.
 */
import {join, relative} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from './helpers/golden.js'

/** Folders of src/, lowest first: each may import only folders listed before it. */
const STAGES = [
  'text', 'vocab', 'diagnostics', 'schema', 'normalize', 'constructs', 'read', 'formats', 'detect',
  'pipeline', 'validate', 'export', 'template', 'cli',
]

interface MadgeResult {
  obj(): Record<string, string[]>
  circular(): string[][]
}

async function graph(): Promise<MadgeResult> {
  // madge ships no types.
  const {default: madge} = (await import('madge' as string)) as {default: (path: string, config: object) => Promise<MadgeResult>}
  return madge(join(ROOT, 'src'), {fileExtensions: ['ts'], tsConfig: join(ROOT, 'tsconfig.json'), excludeRegExp: [/generated/]})
}

const stageOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '(entry)')

describe('architecture', () => {
  let result: MadgeResult
  beforeAll(async () => { result = await graph() }, 60_000)

  it('has no import cycles in src/', () => {
    expect(result.circular()).toEqual([])
  })

  it('the library entry (src/index.ts) reaches no part of the command line', () => {
    const graph = result.obj()
    const reached = new Set<string>()
    const stack = ['index.ts']
    while (stack.length > 0) {
      const file = stack.pop()!
      if (reached.has(file)) continue
      reached.add(file)
      stack.push(...(graph[file] ?? []))
    }
    expect(reached.has('api.ts')).toBe(true)
    expect([...reached].filter((file) => file.startsWith('cli/'))).toEqual([])
  })

  it('imports only downwards between stages', () => {
    const upward: string[] = []
    for (const [file, imports] of Object.entries(result.obj())) {
      const from = stageOf(file)
      if (from === '(entry)') continue
      expect(STAGES, `src/${from}/ is not a known stage`).toContain(from)
      for (const target of imports) {
        const to = stageOf(target)
        if (to !== from && STAGES.indexOf(to) > STAGES.indexOf(from)) upward.push(`${relative('.', file)} → ${target}`)
      }
    }
    expect(upward).toEqual([])
  })
})
