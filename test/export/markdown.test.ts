import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Heading, List, Nodes, Root, Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {MarkdownExport, renderFactsheet} from '../../src/export/markdown.js'
import {FileNames, MAX_FILE_NAME} from '../../src/export/slug.js'
import type {AnyRecord} from '../../src/schema/records.js'
import {allRecords, governancePractice, networkReport, pmmObjective, practice} from './fixtures.js'

const tree = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
const text = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '')
const all = (node: Nodes, type: string): Nodes[] => [...(node.type === type ? [node] : []), ...('children' in node ? node.children.flatMap((c) => all(c, type)) : [])]
const headings = (markdown: string) => tree(markdown).children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map(text)

async function exportMd(records: AnyRecord[]) {
  const dir = mkdtempSync(join(tmpdir(), 'practices-md-'))
  const md = new MarkdownExport(dir)
  for (const record of records) await md.add(record)
  await md.finish()
  return dir
}

describe('Markdown fact sheets', () => {
  it('starts every sheet with the fact sheet marker', async () => {
    for (const record of allRecords()) expect((await renderFactsheet(record)).split('\n')[0]).toBe(`<!-- practices:factsheet v1 ${record.type} -->`)
  })

  it('shows the sections in the order of the source sheet, with Spanish labels', async () => {
    expect(headings(await renderFactsheet(practice()))).toEqual([
      'Municipalidad', 'Departamento/Oficinas municipales que participan', 'Categoría', 'Grupo prioritario',
      'Fechas de implementación', 'Forma de financiamiento', 'Sostenibilidad en el tiempo', 'Breve descripción',
      'Elemento innovador/creativo del proyecto o actividad', 'Líneas Sello', 'Objetivos del PMM',
    ])
    expect(headings(await renderFactsheet(governancePractice()))).toEqual([
      'Breve descripción', 'Año de inicio', 'Duración', 'Ministerio y unidad(es) responsable(s)', 'Sustento legal',
      'Principal(es) objetivo(s)', 'Principal(es) actividad(es)', 'Indicadores y medios de verificación', 'Logros/resultados',
    ])
    expect(headings(await renderFactsheet(pmmObjective()))).toEqual(['Objetivo', 'Ideas clave del compromiso'])
    expect(headings(await renderFactsheet(networkReport()))).toEqual(['Cifras', 'Compromisos', 'Miembros', 'Etiquetas'])
  })

  it('lists all 8 categories as a task list, `Otra` with its text', async () => {
    const list = all(tree(await renderFactsheet(practice())), 'list').find((l) => (l as List).children[0]!.checked !== null) as List
    expect(list.children.map((item) => [item.checked, text(item)])).toEqual([
      [false, 'Sociolaboral'], [true, 'Acogida/atención'], [false, 'Emprendimiento'], [false, 'Capacitaciones'],
      [false, 'Cooperativas'], [false, 'Intermediación laboral'], [true, 'NNA'], [true, 'Otra: Regularización'],
    ])
    expect(await renderFactsheet(practice())).toContain('- [x] Acogida/atención\n- [ ] Emprendimiento\n')
  })

  it('shows the 12 months as a table with short names (it fits a page) and a mark under each month of the practice', async () => {
    const table = all(tree(await renderFactsheet(practice({months: [1, 11]}))), 'table')[0] as Table
    expect(table.children[0]!.children.map(text)).toEqual(['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic'])
    expect(table.children[1]!.children.map(text)).toEqual(['✓', '', '', '', '', '', '', '', '', '', '✓', ''])
  })

  it('shows no month table when no month is marked, only the dates as text', async () => {
    const markdown = await renderFactsheet(practice({months: [], schedule: 'Según demanda.'}))
    expect(all(tree(markdown), 'table')).toEqual([])
    expect(markdown).toContain('## Fechas de implementación\n\nSegún demanda.\n')
  })

  it('gives each Sello line with its rationale, and links the source file with its line range', async () => {
    const markdown = await renderFactsheet(practice())
    expect(markdown).toContain('- **Políticas locales y trabajo colaborativo:** ya que se establecen acciones colaborativas.\n')
    expect(markdown).toContain('- **Fuente:** [fixtures/samples/ficha-sello-migrante-2023.txt](fixtures/samples/ficha-sello-migrante-2023.txt), líneas 15–52 (formato `ficha`)\n')
    const stdin = await renderFactsheet(practice({source: {format: 'ficha', path: '<stdin>', startLine: 1, endLine: 3}}))
    expect(stdin).toContain('- **Fuente:** `<stdin>`, líneas 1–3 (formato `ficha`)\n')
  })

  it('writes a numbered list that ends a paragraph as a Markdown list (pandoc and browsers show a list)', async () => {
    const description = 'El proyecto tiene tres líneas de acción:\n1. sesiones socio deportivas\n2. escuela de liderazgo\n3. redes territoriales'
    const markdown = await renderFactsheet(practice({description}))
    expect(markdown).toContain('El proyecto tiene tres líneas de acción:\n\n1. sesiones socio deportivas\n2. escuela de liderazgo\n3. redes territoriales\n')
    const list = all(tree(markdown), 'list').find((l) => (l as List).ordered) as List
    expect(list.children.map(text)).toEqual(['sesiones socio deportivas', 'escuela de liderazgo', 'redes territoriales'])
    // A year that starts a line is no list, nor is one numbered line, nor numbers that do not count up.
    for (const plain of ['Hitos:\n2019. Se formaliza', 'Una línea:\n1. sola', 'Puntos:\n1. uno\n3. tres']) {
      expect(all(tree(await renderFactsheet(practice({description: plain}))), 'list').filter((l) => (l as List).ordered)).toEqual([])
    }
  })

  it('says a start year that is also the printed year once: `## Año` `Desde 2019`', async () => {
    const markdown = await renderFactsheet(practice({startYear: 2019, year: 2019}))
    expect(headings(markdown)).not.toContain('Año de inicio')
    expect(markdown).toContain('## Año\n\nDesde 2019\n')
    const both = await renderFactsheet(practice({startYear: 2018, year: 2019}))
    expect(both).toContain('## Año de inicio\n\n2018\n')
    expect(both).toContain('## Año\n\n2019\n')
  })

  it('shows a `<script>` in the input as text, never as HTML', async () => {
    const markdown = await renderFactsheet(practice({title: '<script>alert(1)</script>', description: 'a <img src=x onerror=alert(1)> b'}))
    const parsed = tree(markdown)
    expect(all(parsed, 'html').map(text)).toEqual(['<!-- practices:factsheet v1 practice -->'])
    expect(text(parsed.children.find((n) => n.type === 'heading')!)).toBe('<script>alert(1)</script>')
    expect(markdown).toContain('# \\<script>alert(1)\\</script>')
  })

  it('keeps Markdown in the input from breaking the sheet', async () => {
    const markdown = await renderFactsheet(practice({description: '## Categoría\n- [x] Sociolaboral'}))
    expect(headings(markdown).filter((h) => h === 'Categoría')).toHaveLength(1)
  })

  it('writes one file per record plus index.md linking them', async () => {
    const dir = await exportMd(allRecords())
    const files = readdirSync(dir).sort()
    expect(files).toEqual([...allRecords().map((r) => `${r.id}.md`), 'index.md'].sort())
    const index = readFileSync(join(dir, 'index.md'), 'utf8')
    expect(index.split('\n')[0]).toBe('<!-- practices:index v1 -->')
    const links = all(tree(index), 'link').map((l) => (l as {url: string}).url)
    expect(links.sort()).toEqual(files.filter((f) => f !== 'index.md'))
    expect(index).toContain('| [Operativos interinstitucionales en asentamientos precarios](puente-alto-operativos-interinstitucionales.md) | Puente Alto')
  })

  it('links a practice\'s objectives to their sheets, lists the citing practices on each objective sheet, and links the source file from the sheet\'s folder', async () => {
    const objective = pmmObjective({id: 'pmm-objective-7', number: 7})
    const cited = practice({id: 'a-practice', title: 'Práctica A', pmmObjectives: [7, 15]})
    const dir = await exportMd([objective, cited])
    const sheet = readFileSync(join(dir, 'a-practice.md'), 'utf8')
    expect(sheet).toContain('- [Objetivo 7](pmm-objective-7.md): Abordar y reducir las vulnerabilidades en la migración\n')
    // No sheet for objective 15 in this export: plain text, no dead link.
    expect(sheet).toMatch(/^- Objetivo 15: /m)
    // The cited path is relative to where the run is; the link, to the sheet's folder.
    expect(sheet).toContain(`- **Fuente:** [fixtures/samples/ficha-sello-migrante-2023.txt](${relative(dir, join(process.cwd(), 'fixtures/samples/ficha-sello-migrante-2023.txt'))}), líneas 15–52`)
    const objectiveSheet = readFileSync(join(dir, 'pmm-objective-7.md'), 'utf8')
    expect(objectiveSheet).toContain('## Prácticas que citan este objetivo\n\n- [Práctica A](a-practice.md)\n')
  })

  it('writes a safe file name for a record id `../../x`', async () => {
    const dir = await exportMd([practice({id: '../../x', title: '../../x'})])
    expect(readdirSync(dir).sort()).toEqual(['index.md', 'x.md'])
  })
})

describe('fact sheet file names', () => {
  it('has no separators, no `..`, at most 80 characters, and is unique', () => {
    const names = new FileNames(['index'])
    const taken = ['../../etc/passwd', '..\\..\\win', 'a/b', '..', '', 'index', 'CON', 'Operativos, ¿2023?', 'x'.repeat(300), 'x'.repeat(300), 'Ñandú']
      .map((t) => names.take(t))
    expect(taken).toEqual([
      'etc-passwd.md', 'win.md', 'a-b.md', 'untitled.md', 'untitled-2.md', 'index-2.md', 'con-ficha.md', 'operativos-2023.md',
      `${'x'.repeat(77)}.md`, `${'x'.repeat(75)}-2.md`, 'nandu.md',
    ])
    for (const name of taken) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/)
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME)
    }
    expect(new Set(taken).size).toBe(taken.length)
  })

  it('gives a repeated name the smallest free suffix, whatever other names took', () => {
    const names = new FileNames()
    // `Programa 3` takes `programa-3` before the third `Programa` asks for it.
    const taken = ['Programa', 'Programa', 'Programa 3', 'Programa', 'Programa', 'Programa 6', 'Programa', 'Programa 2']
      .map((t) => names.take(t))
    expect(taken).toEqual(['programa.md', 'programa-2.md', 'programa-3.md', 'programa-4.md', 'programa-5.md', 'programa-6.md', 'programa-7.md', 'programa-2-2.md'])
    // A long name keeps its suffix within the length: 999 copies count up without a gap.
    const long = Array.from({length: 1_000}, () => names.take('y'.repeat(200)))
    expect(long.at(-1)).toBe(`${'y'.repeat(72)}-1000.md`)
    expect(new Set(long).size).toBe(1_000)
  })
})
