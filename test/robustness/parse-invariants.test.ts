/**
 * Whatever the input, parsing keeps its promises: it never throws, every diagnostic lies inside
 * its file, every non-blank line is placed or listed as unmapped, records are valid and their
 * ids unique. Checked on mutated samples of every format and on generated deep nesting and long
 * runs (fast-check, a bounded number of runs each).
 */
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {IdRegistry} from '../../src/pipeline/index.js'
import {appendToLines, expectInvariants, factsheetWith, insertLine, mutatedSample, parse, pmmWithCell, sample, SAMPLES, TOKENS} from './hostile.js'

describe('parse invariants', () => {
  it('hold on mutated samples of every format', async () => {
    await fc.assert(fc.asyncProperty(mutatedSample, async ({name, text}) => {
      expectInvariants(await parse(name, text), text)
    }), {numRuns: 60})
  }, 60_000)

  it('hold on mutated samples parsed in one run (ids unique across the run)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mutatedSample, {minLength: 2, maxLength: 4}), async (docs) => {
      const ids = new IdRegistry()
      const seen = new Set<string>()
      for (const {name, text} of docs) {
        const result = await parse(name, text, ids)
        expectInvariants(result, text)
        for (const record of result.records) {
          if (seen.has(record.id)) throw new Error(`id ${record.id} given twice in one run`)
          seen.add(record.id)
        }
      }
    }), {numRuns: 10})
  }, 60_000)

  it('hold on any bytes (random binary, UTF-16, Windows-1252)', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({maxLength: 2000}), fc.constantFrom('x.txt', 'x.md', 'x.json', 'x.jsonl'), async (bytes, name) => {
      expectInvariants(await parse(name, bytes), bytes)
    }), {numRuns: 60})
  }, 60_000)

  /** Deep nesting in every place that reads a tree: HTML cells, Markdown, JSON. */
  const SHAPES: ReadonlyArray<[format: string, build: (depth: number) => string]> = [
    ['pmm', (d) => pmmWithCell(`${'<div>'.repeat(d)}x${'</div>'.repeat(d)}`)],
    ['pmm', (d) => pmmWithCell(`${'<ol><li>'.repeat(d)}x`)],
    ['pmm', (d) => pmmWithCell(`${'<span>'.repeat(d)}x`)],
    ['pmm', (d) => pmmWithCell(`${'<b><i>'.repeat(d)}x<p>y`)],
    ['solidarias', (d) => insertLine(sample('solidarias').text, `${'**'.repeat(d)}palabra${'**'.repeat(d)}`)],
    ['solidarias', (d) => insertLine(sample('solidarias').text, `${'['.repeat(d)}a${'](b)'.repeat(d)}`)],
    ['solidarias', (d) => insertLine(sample('solidarias').text, `${'_'.repeat(d)}a${'_'.repeat(d)}`)],
    ['factsheet', (d) => factsheetWith(`${'- '.repeat(d)}x`)],
    ['factsheet', (d) => factsheetWith(`${'> '.repeat(d)}x`)],
    ['factsheet', (d) => factsheetWith(Array.from({length: Math.min(d, 400)}, (_, k) => `${'  '.repeat(k)}- x`).join('\n'))],
    ['factsheet', (d) => factsheetWith(`${'*'.repeat(d)}x${'*'.repeat(d)}`)],
    ['json', (d) => `${'['.repeat(d)}${']'.repeat(d)}`],
    ['json', (d) => `{"records": ${'{"a": '.repeat(d)}1${'}'.repeat(d)}}`],
  ]
  const nesting = fc.record({depth: fc.integer({min: 1, max: 6000}), shape: fc.constantFrom(...SHAPES)})

  it('hold on deep nesting (HTML cells, Markdown lists, quotes and emphasis, JSON)', async () => {
    await fc.assert(fc.asyncProperty(nesting, async ({depth, shape: [format, build]}) => {
      const text = build(depth)
      expectInvariants(await parse(format === 'json' ? 'deep.json' : SAMPLES.find((s) => s.format === format)!.name, text), text)
    }), {numRuns: 25})
  }, 60_000)

  it('hold on long runs of one token, on one line, on lines of their own or after every line, in every format', async () => {
    const run = fc.record({
      sample: fc.constantFrom(...SAMPLES),
      token: fc.constantFrom(...TOKENS),
      count: fc.integer({min: 1, max: 20_000}),
      shape: fc.constantFrom('line', 'lines', 'every line'),
    })
    await fc.assert(fc.asyncProperty(run, async ({sample: s, token, count, shape}) => {
      const input = shape === 'every line' ? appendToLines(s.text, token, count * token.length)
        : insertLine(s.text, shape === 'lines' ? `${token}\n`.repeat(Math.min(count, 4000)) : token.repeat(count))
      expectInvariants(await parse(s.name, input), input)
    }), {numRuns: 30})
  }, 60_000)
})
