/**
 * Every construct is linear in its input: the inputs that once took seconds or crashed (deep
 * nesting, long runs of one token, many lines) cost about 8 times as much at 8 times the size.
 * Measured as a ratio between two sizes in the same test, never against a wall clock; a
 * quadratic cost gives ~64.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {appendToLines, factsheetWith, growth, insertLine, pmmWithCell, sample, SAMPLES, TOKENS} from './hostile.js'

/** Linear is ~8; noise on a busy machine stays well under this, a quadratic cost well above. */
const MAX_RATIO = 20
/**
 * A shared machine sometimes stalls one measurement (a ratio of 25 once in ~50 runs of a linear
 * case); measuring again tells that from a quadratic cost, which fails every time.
 */
const RETRIES = 2

const repeat = (token: string, n: number) => token.repeat(Math.max(1, Math.ceil(n / token.length)))
const line = (format: string, run: string): [string, string] => [sample(format).name, insertLine(sample(format).text, run)]
/** The sample named `name` (`news-pt.txt`) with `run` as a line of its own. */
const sampleNamed = (name: string) => SAMPLES.find((s) => s.name === name)!
const lineIn = (name: string, run: string): [string, string] => [name, insertLine(sampleNamed(name).text, run)]

/** The inputs issue 16 measured, each a function of its size in characters. */
const CASES: Record<string, (n: number) => [string, string]> = {
  'PMM cell, nested <div>': (n) => ['pmm.txt', pmmWithCell(`${repeat('<div>', n / 2)}x${repeat('</div>', n / 2)}`)],
  'PMM cell, nested <ol><li>': (n) => ['pmm.txt', pmmWithCell(`${repeat('<ol><li>', n)}x`)],
  'PMM cell, nested <span>': (n) => ['pmm.txt', pmmWithCell(`${repeat('<span>', n)}x`)],
  'PMM cell, <p> × n': (n) => ['pmm.txt', pmmWithCell(repeat('<p>', n))],
  'news, ** around a word': (n) => line('solidarias', `${repeat('**', n / 2)}palabra${repeat('**', n / 2)}`),
  'news, `cuatro mil` × n': (n) => line('solidarias', repeat('cuatro mil ', n)),
  'news, `5 de diciembre de` × n': (n) => line('solidarias', repeat('5 de diciembre de ', n)),
  'news, `1 ` × n': (n) => line('solidarias', repeat('1 ', n)),
  'news, `mil` on lines of their own': (n) => line('solidarias', repeat('mil\n', n)),
  'news, a different count on every line': (n) => line('solidarias', Array.from({length: Math.ceil(n / 14)}, (_, k) => `${k + 2} personas`).join('\n')),
  'news, member lists in one long sentence': (n) => line('solidarias', repeat('las comunas de Arica, Iquique y Calama firmaron, ', n)),
  'news, `«X Región Solidaria»` × n': (n) => line('solidarias', repeat('«Aysén Región Solidaria» ', n)),
  'news (Sello Migrante), comunas that received it': (n) => lineIn('news-sello.txt', repeat('las comunas de Arica y Calama recibieron el Sello Migrante, ', n)),
  'catalog, a line of `.` between two letters': (n) => lineIn('page-en.txt', `x${repeat('.', n)}x`),
  'catalog, a line of `: ` between two letters': (n) => lineIn('page.txt', `x${repeat(': ', n)}x`),
  'catalog, tabs after every line (labels, values, detection)': (n) => ['page.txt', appendToLines(sampleNamed('page.txt').text, '\t', n)],
  'fact sheet, nested `- `': (n) => ['sheet.md', factsheetWith(`${repeat('- ', n)}x`)],
  'fact sheet, spaces after a heading': (n) => ['sheet.md', factsheetWith('x', `## Breve descripción${repeat(' ', n)}x`)],
  'fact sheet, `**` × n': (n) => ['sheet.md', factsheetWith(repeat('**', n))],
  'fact sheet, `- [ ` × n': (n) => ['sheet.md', factsheetWith(repeat('- [ ', n))],
  'fact sheet, `[a](` × n': (n) => ['sheet.md', factsheetWith(repeat('[a](', n))],
  'fact sheet, lines of `a`': (n) => ['sheet.md', factsheetWith(repeat('*a\n', n))],
  'OCR slides, one long word': (n) => line('gobernanza', `Descripcion ${repeat('a', n)}`),
  'OCR slides, many lines in one segment': (n) => line('gobernanza', `Descripcion\n${repeat('palabra\n', n)}`),
  'OCR slides, `N© ` × n': (n) => line('gobernanza', repeat('N© ', n)),
  'detection, `<input ` × n': (n) => ['input.txt', repeat('<input ', n)],
  'ficha, a title line of spaces': (n) => line('ficha', `x${repeat(' ', n)}x`),
  'JSON, deep arrays': (n) => ['deep.json', `${repeat('[', n / 2)}${repeat(']', n / 2)}`],
}

describe('linear cost on hostile input', () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(name, {timeout: 60_000, retry: RETRIES}, async () => {
      const g = await growth(build)
      expect(g.ratio, JSON.stringify(g)).toBeLessThan(MAX_RATIO)
    })
  }

  it('holds for a run of any token, on one line, on lines of their own or after every line, in any format', async () => {
    const run = fc.record({sample: fc.constantFrom(...SAMPLES), token: fc.constantFrom(...TOKENS), shape: fc.constantFrom('run', 'wrapped', 'lines', 'every line')})
    await fc.assert(fc.asyncProperty(run, async ({sample: s, token, shape}) => {
      const g = await growth((n) => {
        if (shape === 'every line') return [s.name, appendToLines(s.text, token, n)]
        const body = shape === 'lines' ? repeat(`${token}\n`, n) : shape === 'wrapped' ? `x${repeat(token, n)}x` : repeat(token, n)
        return [s.name, insertLine(s.text, body)]
      }, 2)
      expect(g.ratio, `${s.name} ${JSON.stringify(token)} ${shape}: ${JSON.stringify(g)}`).toBeLessThan(MAX_RATIO)
    }), {numRuns: 4})
  }, 120_000)
})
