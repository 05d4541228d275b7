/**
 * The fact-sheet reader skips remark for the simple Markdown the exporter writes
 * (simple-fragment.ts). Whatever it reads must be exactly what remark + GFM read, positions
 * included; anything else it must leave to remark (null).
 */
import fc from 'fast-check'
import type {Nodes} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {simpleFragment} from '../../src/formats/factsheet/simple-fragment.js'

const processor = unified().use(remarkParse).use(remarkGfm)

/** remark's nodes without `offset`-free differences: the tree as data. */
function remarkNodes(text: string): unknown {
  return strip(processor.parse(text).children as Nodes[])
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (v !== undefined && k !== 'data') out[k] = strip(v)
    return out
  }
  return value
}

function simple(text: string): unknown {
  const lines = text.split('\n')
  const fragment = simpleFragment(lines, {start: 1, end: lines.length})
  return fragment === null ? null : strip(fragment.nodes)
}

const word = fc.constantFrom('Objetivo', 'migrantes', 'año', 'niñas', 'x', '7', '2022', 'Sí', 'a.b', 'uno,', 'dos;', '(ver)', 'Quilicura')
const link = fc.tuple(fc.array(word, {minLength: 1, maxLength: 3}), fc.constantFrom('pmm-objective-7.md', 'https://example.org/a', 'a_b.md', 'x.md#y'))
  .map(([text, url]) => `[${text.join(' ')}](${url})`)
const inlinePiece = fc.oneof(
  {weight: 6, arbitrary: word},
  {weight: 1, arbitrary: word.map((w) => `**${w}**`)},
  {weight: 1, arbitrary: word.map((w) => `_${w}_`)},
  {weight: 1, arbitrary: word.map((w) => `\`${w}\``)},
  {weight: 2, arbitrary: link},
  {weight: 1, arbitrary: fc.constantFrom('*', '_', '[', ']', '(', ')', '\\*', '<', '|', ':', '1.', '-', '#', 'www.x.org', '[id]: u', '[ ]', '[x]')},
)
const inlineText = fc.array(inlinePiece, {minLength: 1, maxLength: 6}).map((parts) => parts.join(' '))
const block = fc.oneof(
  inlineText,
  fc.array(inlineText, {minLength: 2, maxLength: 3}).map((lines) => lines.join('\n')),
  fc.array(fc.tuple(fc.constantFrom('- ', '- [x] ', '- [ ] '), inlineText), {minLength: 1, maxLength: 4}).map((items) => items.map(([m, t]) => m + t).join('\n')),
  fc.array(fc.tuple(fc.constantFrom('1. ', '2. ', '1) ', '10. '), inlineText), {minLength: 1, maxLength: 4})
    .map((items) => items.map(([m, t], i) => `${i === 0 ? m : m.replace(/^\d+/, String(Number(m.match(/^\d+/)![0]) + i))}${t}`).join('\n')),
  fc.tuple(fc.integer({min: 1, max: 3}), inlineText).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.constantFrom('| A | B |\n| :-: | --- |\n| ✓ |  |', '| Localidad | País |\n| --- | --- |\n| [Quito](q.md) | EC |'),
)
const fragment = fc.array(block, {minLength: 1, maxLength: 4}).map((blocks) => blocks.join('\n\n') + '\n')

describe('fact sheet fragments read without remark', () => {
  it('are read as remark reads them, or left to remark', () => {
    let read = 0
    fc.assert(fc.property(fragment, (text) => {
      const mine = simple(text)
      if (mine !== null) read++
      if (mine !== null) expect(mine).toEqual(remarkNodes(text))
    }), {numRuns: 1500})
    // Most generated fragments are simple enough to be read without remark.
    expect(read).toBeGreaterThan(500)
  })

  it('cover what the exporter writes: link items, ordered lists after a paragraph', () => {
    for (const text of [
      '- [Objetivo 7](pmm-objective-7.md): Abordar y reducir las vulnerabilidades en la migración\n',
      'Estrategia para promover la integración.\n\n1. sesiones socio deportivas\n2. escuela de liderazgo\n',
    ]) {
      expect(simple(text)).toEqual(remarkNodes(text))
    }
  })
})
