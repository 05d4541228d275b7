/**
 * The `console` examples in README.md are run in-process and must print what the README shows.
 * A line `…` in an example stands for any number of lines; `> /dev/null` drops stdout.
 * `--out out/` is redirected to a temporary folder.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from './helpers/cli.js'
import {ROOT} from './helpers/golden.js'

interface Example {
  command: string
  expected: string[]
}

function examples(markdown: string): Example[] {
  const out: Example[] = []
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    for (const part of block[1]!.split(/^(?=\$ )/m)) {
      const [command, ...expected] = part.replace(/\n$/, '').split('\n')
      out.push({command: command!.replace(/^\$ /, ''), expected})
    }
  }
  return out
}

function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!)
}

/** `expected` lines match `actual` lines, where a line `…` matches any run of lines. */
function matches(expected: string[], actual: string[]): boolean {
  if (expected.length === 0) return actual.length === 0
  const [head, ...rest] = expected
  if (head === '…') return actual.some((_, i) => matches(rest, actual.slice(i))) || matches(rest, [])
  return actual.length > 0 && actual[0] === head && matches(rest, actual.slice(1))
}

describe('README examples', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const all = examples(readme)
  it('has examples', () => expect(all.length).toBeGreaterThanOrEqual(5))
  for (const example of all) {
    it(example.command, async () => {
      let args = words(example.command)
      expect(args[0]).toBe('practices')
      const quietStdout = args.at(-2) === '>' && args.at(-1) === '/dev/null'
      if (quietStdout) args = args.slice(0, -2)
      let expected = example.expected
      const outIndex = args.indexOf('--out')
      if (outIndex >= 0 && args[outIndex + 1] === 'out/') {
        const dir = mkdtempSync(join(tmpdir(), 'practices-readme-')) + '/'
        args[outIndex + 1] = dir
        expected = expected.map((line) => line.replace(' out/', ` ${dir}`))
      }
      const result = await cli(args.slice(1))
      const text = (quietStdout ? '' : result.stdout) + result.stderr
      const actual = text.replace(/\n$/, '').split('\n')
      expect(matches(expected, actual), `README shows:\n${expected.join('\n')}\n\nthe tool printed:\n${actual.join('\n')}`).toBe(true)
    })
  }
})
