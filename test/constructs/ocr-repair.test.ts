import {beforeAll, describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {hunspellForms} from '../../src/constructs/hunspell-words.js'
import {capitalisedWords, dictionarySpeller, OcrRepairer, printedNames, spanishSpeller, spellerLoad, wordListSpeller, type Speller} from '../../src/constructs/ocr-repair.js'
import {encodeWordList, WordList} from '../../src/constructs/word-list.js'
import {ROOT} from '../helpers/golden.js'

let speller: Speller
beforeAll(async () => {
  speller = await spanishSpeller()
})

const repair = (text: string, names: string[] = []) => new OcrRepairer(speller, new Set(names)).repair(text)
const fixed = (word: string) => repair(word).text

describe('OCR repair of Spanish non-words', () => {
  it('turns an `ó` misread as `é` back into `ó`', () => {
    expect(fixed('accién')).toBe('acción')
    expect(fixed('Descripcién')).toBe('Descripción')
  })

  it('turns an `ó` misread as `d` back into `ó`, also inside the word', () => {
    expect(fixed('poblacidn')).toBe('población')
    expect(fixed('tedrico')).toBe('teórico')
    expect(fixed('andnima')).toBe('anónima')
  })

  it('turns `fi` back into `ñ`', () => {
    expect(fixed('disefiado')).toBe('diseñado')
  })

  it('turns two-letter damage (`dé`, `éo`) into `ó`', () => {
    expect(fixed('verificacidén')).toBe('verificación')
    expect(fixed('Fundaciéon')).toBe('Fundación')
  })

  it('restores a lost accent only when the word without it is not Spanish', () => {
    expect(fixed('traduccion')).toBe('traducción')
    expect(fixed('dias')).toBe('días')
    expect(fixed('Publica')).toBe('Publica')
    expect(fixed('transito')).toBe('transito')
  })

  it('repairs `N©` before a number into `N°`, and reports its columns', () => {
    const result = repair('Resolucion Exenta N© 0516')
    expect(result.text).toBe('Resolución Exenta N° 0516')
    expect(result.repairs.map((r) => [r.start, r.end, r.actual, r.expected])).toEqual([
      [0, 10, 'Resolucion', 'Resolución'],
      [18, 20, 'N©', 'N°'],
    ])
  })

  it('reports each change with its offsets in the original text', () => {
    const result = repair('la poblacidn migrante en lineas de accién')
    expect(result.text).toBe('la población migrante en lineas de acción')
    expect(result.repairs).toEqual([
      {start: 3, end: 12, actual: 'poblacidn', expected: 'población', confusion: '`ó` read as `d`'},
      {start: 35, end: 41, actual: 'accién', expected: 'acción', confusion: '`ó` read as `é`'},
    ])
  })
})

describe('what OCR repair leaves alone', () => {
  it('keeps a real word even when the context suggests a misread (`conté` for `contó`)', () => {
    expect(repair('Encuesta que conté con un grupo').repairs).toEqual([])
  })

  it('keeps proper names that are not dictionary words', () => {
    expect(repair('Municipalidad de Quilicura y Fundación Henry Dunant').repairs).toEqual([])
  })

  it('keeps words in capitals (titles, acronyms)', () => {
    expect(repair('RELACION DINAMICA ENTRE MIGRACION Y CIUDAD con el MIDESOC').repairs).toEqual([])
  })

  it('splits a glued conjunction only when the name is printed alone in the document', () => {
    const names = capitalisedWords(['Fundación Henry Dunant', 'por la Fundacion Henry Dunanty el MIDESOC'])
    expect(repair('Henry Dunanty el MIDESOC', [...names]).text).toBe('Henry Dunant y el MIDESOC')
    expect(repair('Henry Dunanty el MIDESOC').text).toBe('Henry Dunanty el MIDESOC')
  })

  it('keeps `N©` when it is part of a word', () => {
    expect(repair('XN© 12').repairs).toEqual([])
  })
})

describe('the Spanish dictionary', () => {
  it('is loaded once, from the word list the build wrote, and shared', async () => {
    expect(await spanishSpeller()).toBe(speller)
    expect(spellerLoad()).toMatchObject({from: 'word-list'})
    expect(spellerLoad()!.ms).toBeGreaterThan(0)
  })

  it('gives the answers of the speller built from dictionary-es, on every word form and variants of them', async () => {
    const {default: dictionary} = await import('dictionary-es')
    const forms = [...(await hunspellForms(dictionary))!]
    const built = await dictionarySpeller()
    const listed = await wordListSpeller(join(ROOT, 'dist/data/es-words.pwl'))
    expect(listed.maxLength).toBe(built.maxLength)
    expect(forms.length).toBeGreaterThan(600_000)
    expect(forms.filter((w) => !listed.correct(w))).toEqual([])
    // Every 13th form changed as OCR and typing change words: case, accents, one letter more or less.
    const variants = (w: string) => [w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.slice(0, -1), `${w}s`, `x${w}`,
      w.replace(/[aeiou]/, (v) => ({a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú'})[v]!), w.normalize('NFD').replace(/\p{M}/gu, ''), ` ${w} `, '']
    const differ: string[] = []
    for (let i = 0; i < forms.length; i += 13) for (const v of variants(forms[i]!)) if (listed.correct(v) !== built.correct(v)) differ.push(v)
    expect(differ).toEqual([])
  }, 60_000)

  it('is a sorted, front-coded list: every word found, nothing else, whatever its place in a block', () => {
    const words = ['b', 'a', 'ab', 'abc', 'abd', 'año', 'ba', 'bb', 'zeta', 'á', 'ä', 'ÿ', ...Array.from({length: 40}, (_, i) => `w${i}`)]
    const list = new WordList(encodeWordList(words))
    expect(list.count).toBe(words.length)
    expect(list.maxLength).toBe(4)
    for (const word of words) expect(list.has(word), word).toBe(true)
    for (const word of ['', 'aa', 'abb', 'abe', 'c', 'w40', 'w1x', 'zetas', 'ñ', 'Ā', 'a\u0000']) expect(list.has(word), word).toBe(false)
    expect(() => encodeWordList(['Ā'])).toThrow(/Latin-1/)
    expect(readFileSync(join(ROOT, 'dist/data/es-words.pwl')).subarray(0, 4).toString('latin1')).toBe('PWL1')
  })
})

describe('OCR repair on hostile input', () => {
  it('leaves a word longer than any dictionary word alone, without trying candidates', () => {
    const long = 'a'.repeat(5000)
    expect(repair(`la ${long} poblacidn`).repairs.map((r) => r.expected)).toEqual(['población'])
  })

  it('finds printed names with one scan of the document, as capitalisedWords does', () => {
    const lines = ['Fundación Henry Dunant', 'Dunanty y Quilicurae', 'ÁrbolX']
    const names = printedNames(lines)
    for (const name of ['Dunant', 'Henry', 'Fundación', 'Dunanty', 'Quilicura', 'Árbol', 'X']) expect(names.has(name), name).toBe(capitalisedWords(lines).has(name))
  })
})
