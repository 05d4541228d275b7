/** `practices text FILE`: the numbered lines a document is read into, in-process. */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli} from '../helpers/cli.js'
import {ROOT} from '../helpers/golden.js'

describe('practices text', () => {
  it('prints a .docx as numbered lines, table rows with TABs', async () => {
    const {code, stdout} = await cli(['text', join(ROOT, 'fixtures/cases/ficha/office/month-november.docx')])
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(' 1 | Huerto comunitario intercultural')
    expect(lines).toContain(`${lines.findIndex((l) => l.includes('Enero\tFebrero')) + 2} | ${'\t'.repeat(10)}☒`)
  })

  it('prints each PDF line with its page, and furniture with --verbose', async () => {
    const {code, stdout, stderr} = await cli(['text', join(ROOT, 'fixtures/cases/ficha/office/wrapped-text.pdf'), '--verbose'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe(' 1 p1 | Escuela de español para vecinas y vecinos recién llegados a la comuna de Santiago')
    expect(stdout).toMatch(/\n\d+ p2 \| /)
    expect(stderr).toContain('pdf/page-furniture')
  })

  it('prints a text file as it is, numbered', async () => {
    const {code, stdout} = await cli(['text', '-'], {stdin: 'Título\n\nMUNICIPALIDAD\n'})
    expect(code).toBe(0)
    expect(stdout).toBe('1 | Título\n2 |\n3 | MUNICIPALIDAD\n4 |\n')
  })

  it('exits 1 with the reason for a file without text, 3 for a path that cannot be read', async () => {
    const scan = await cli(['text', join(ROOT, 'fixtures/cases/ficha/office/password.pdf')])
    expect(scan.code).toBe(1)
    expect(scan.stderr).toContain('read/encrypted')
    const missing = await cli(['text', join(ROOT, 'no-such-file.pdf')])
    expect(missing.code).toBe(3)
  })
})
