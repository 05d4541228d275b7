/** A file of OCR slides whose later parts need what the first part printed (`PartRules.carry`). */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ROOT} from './golden.js'

/**
 * The slides sample, then three copies without the page header (their slides take the country the
 * first one names) that name `Renca`, not `Quilicura`; then a slide where `Quilicura` is glued to
 * `y` (printed on its own only in the first part), and one without a comuna (its country is the
 * header's).
 */
export function carriedSlides(): Buffer {
  const sample = readFileSync(join(ROOT, 'fixtures/samples/gobernanza-minrel-slides.txt')).toString()
  const headless = sample.split('\n').map((line) => (/BUENAS PRACTICAS|GOBERNANZA MIGRATORIA/.test(line) ? '' : line.replaceAll('Quilicura', 'Renca'))).join('\n')
  const glued = 'PROGRAMA DE ACOGIDA EN LA COMUNA\nAno de inicio 2016\nMinisterio y Unidad(es) responsable(s)\nMunicipalidad de Quilicuray Ministerio del Interior\n'
  const regional = 'PROGRAMA REGIONAL DE ACOGIDA\nAno de inicio 2017\nMinisterio y Unidad(es) responsable(s)\nGobierno Regional\n'
  return Buffer.from([sample, headless, headless, headless, glued, regional].join('\n'))
}
