import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {expandInputs} from '../../src/read/inputs.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'practices-inputs-'))
  mkdirSync(join(dir, 'sub/deeper'), {recursive: true})
  mkdirSync(join(dir, '.hidden'))
  mkdirSync(join(dir, 'node_modules'))
  for (const file of ['b.txt', 'a.md', 'sub/c.txt', 'sub/deeper/d.json', 'sub/image.png', 'sub/e.docx', 'sub/f.pdf', '.hidden/e.txt', 'node_modules/f.txt']) {
    writeFileSync(join(dir, file), 'x')
  }
})

describe('expandInputs', () => {
  it('walks directories recursively, sorted, skipping hidden folders, node_modules and non-documents (taking .docx and .pdf)', async () => {
    const {inputs, problems} = await expandInputs([dir])
    expect(inputs.map((i) => i.path.slice(dir.length + 1))).toEqual(['a.md', 'b.txt', 'sub/c.txt', 'sub/deeper/d.json', 'sub/e.docx', 'sub/f.pdf'])
    expect(problems).toEqual([])
  })

  it('expands globs', async () => {
    const {inputs} = await expandInputs([join(dir, '**/*.txt')])
    expect(inputs.map((i) => i.path.slice(dir.length + 1))).toEqual(['b.txt', 'sub/c.txt'])
  })

  it('reads an explicitly named file whatever its extension', async () => {
    const {inputs} = await expandInputs([join(dir, 'sub/image.png')])
    expect(inputs).toHaveLength(1)
  })

  it('takes - as standard input', async () => {
    const {inputs} = await expandInputs(['-'])
    expect(inputs).toEqual([{path: '<stdin>', stdin: true}])
  })

  it('reports a missing path and a glob that matches nothing, and keeps the rest', async () => {
    const {inputs, problems} = await expandInputs([join(dir, 'missing.txt'), join(dir, '*.nothing'), join(dir, 'b.txt')])
    expect(inputs).toHaveLength(1)
    expect(problems.map((p) => p.message)).toEqual([
      `Cannot read \`${join(dir, 'missing.txt')}\`: no such file or directory`,
      `Unexpected pattern \`${join(dir, '*.nothing')}\` that matches no file, expected a file, directory or glob that exists`,
    ])
  })

  it('lists a file named twice only once', async () => {
    const {inputs} = await expandInputs([join(dir, 'b.txt'), dir])
    expect(inputs.filter((i) => i.path.endsWith('b.txt'))).toHaveLength(1)
  })

  it('names the files of a folder as path.join would, however the folder is written', async () => {
    const rel = relative(process.cwd(), dir)
    for (const written of [dir, `${dir}/`, `${dir}//`, rel, `./${rel}/`, `${rel}/sub/..`, `${rel}/./sub`]) {
      const {inputs} = await expandInputs([written])
      const expected = written.includes('sub') && !written.endsWith('..')
        ? ['c.txt', 'deeper/d.json', 'e.docx', 'f.pdf'].map((name) => join(written, name))
        : ['a.md', 'b.txt', 'sub/c.txt', 'sub/deeper/d.json', 'sub/e.docx', 'sub/f.pdf'].map((name) => join(written, name))
      expect(inputs.map((i) => i.path)).toEqual(expected)
    }
  })
})
