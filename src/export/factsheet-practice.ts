/**
 * The `##` sections of a practice fact sheet, in the order of the ACNUR + Sello Migrante sheet:
 *
 *   ## Categoría                      ## Fechas de implementación
 *   - [ ] Sociolaboral                | Ene | Feb | … | Dic |
 *   - [x] Acogida/atención            | :-: | :-: | … | :-: |
 *   …                                 |  ✓  |     | … |  ✓  |
 *   - [x] Otra: Regularización
 *                                     Enero a diciembre, una vez al mes.
 */
import {CATEGORIES} from '../vocab/categories.js'
import {GCM_OBJECTIVES} from '../vocab/data/gcm-objectives.js'
import {MONTH_MARK, ONGOING_WORDS, PLACE_COLUMNS, PRACTICE_SECTIONS, TITLES, YEAR_SINCE, type PracticeSectionId} from '../vocab/factsheet-labels.js'
import {guidingPrincipleLabel} from '../vocab/guiding-principles.js'
import {MONTH_ABBREVIATIONS, MONTHS} from '../vocab/months.js'
import {selloLineLabel} from '../vocab/sello-lines.js'
import type {Paragraph} from 'mdast'
import {municipalityPlaces, type Practice} from '../schema/records.js'
import {blocks, field, item, label as fieldLabel, link, list, listContent, paragraph, plainBlocks, section, strong, table, text, textContent, type Block, type FactsheetOptions} from './mdast.js'

export function practiceSections(p: Practice, options: FactsheetOptions): Block[] {
  const content: Record<PracticeSectionId, Block[] | null> = {
    municipality: p.municipality && [paragraph(text(p.municipality.name)), list([
      field(fieldLabel('code'), p.municipality.code ? [text(p.municipality.code)] : null),
      field(fieldLabel('region'), p.municipality.region ? [text(p.municipality.region)] : null),
    ])],
    departments: listContent(p.departments),
    categories: p.categories.length > 0 || p.categoryOther !== null || options.blank ? [categoryList(p)] : null,
    priorityGroup: textContent(p.priorityGroup),
    // The month table only when a month is marked (or for the blank template).
    schedule: p.months.length > 0 || p.schedule !== null || options.blank
      ? [...(p.months.length > 0 || options.blank ? [monthTable(p.months)] : []), ...(p.schedule === null ? [] : blocks(p.schedule))] : null,
    funding: textContent(p.funding),
    sustainability: textContent(p.sustainability),
    description: textContent(p.description),
    innovation: textContent(p.innovation),
    selloLines: p.selloLines.length === 0 ? null : [list(p.selloLines.map((s) => {
      const [first, ...rest] = s.rationale === '' ? [] : plainBlocks(s.rationale)
      return item([paragraph(strong(`${selloLineLabel(s.line)}:`), ...(first ? [text(' '), ...first.children] : [])), ...rest])
    }))],
    // A start that is also the printed year is said once, under `Año`: `Desde 2019`.
    startYear: p.startYear === null || p.startYear === p.year ? null : [paragraph(text(String(p.startYear)))],
    duration: textContent(p.duration),
    responsible: textContent(p.responsible),
    legalBasis: textContent(p.legalBasis),
    objectives: listContent(p.objectives),
    activities: listContent(p.activities),
    indicators: p.indicators.length === 0 ? null : [list(p.indicators.map((i) => item([
      ...plainBlocks(i.indicator),
      ...(i.verification === null ? [] : verification(i.verification)),
    ])))],
    results: textContent(p.results),
    place: p.place && [paragraph(text(p.place.name)), list([field(fieldLabel('country'), p.place.country ? [text(p.place.country)] : null)])],
    year: p.year === null ? null : [paragraph(text(p.startYear === p.year ? `${YEAR_SINCE} ${p.year}` : String(p.year)))],
    link: p.link && [paragraph(p.link.url ? link(p.link.url, p.link.text) : text(p.link.text))],
    pmmObjectives: p.pmmObjectives.length === 0 ? null : [list(p.pmmObjectives.map((n) => item([objectiveLine(n, options.objectiveHref?.(n))])))],
    practiceType: textContent(p.practiceType),
    endYear: p.endYear === null ? null : [paragraph(text(String(p.endYear)))],
    ongoing: p.ongoing === null ? null : [paragraph(text(p.ongoing ? ONGOING_WORDS.yes : ONGOING_WORDS.no))],
    guidingPrinciples: listContent(p.guidingPrinciples.map((id) => guidingPrincipleLabel(id))),
    sdgTargets: listContent(p.sdgTargets),
    partners: listContent(p.partners),
    places: placesTable(p),
  }
  return PRACTICE_SECTIONS.flatMap((s) => section(s.variants[0], content[s.id], options))
}

/**
 * The localities as a table (`| Localidad | País | Departamento o región |`); left out when they
 * are only the municipality above, which a reader takes as the one locality again.
 */
function placesTable(p: Practice): Block[] | null {
  if (p.places.length === 0 || JSON.stringify(p.places) === JSON.stringify(municipalityPlaces(p))) return null
  return [table([PLACE_COLUMNS.name, PLACE_COLUMNS.country, PLACE_COLUMNS.admin1],
    p.places.map((place) => [[text(place.name)], place.country ? [text(place.country)] : [], place.admin1 ? [text(place.admin1)] : []]))]
}

/** All eight categories as a task list; `Otra` carries `categoryOther` after a colon. */
function categoryList(p: Practice): Block {
  return list(CATEGORIES.map((c) => {
    const other = c.id === 'otra' && p.categoryOther !== null ? `: ${p.categoryOther}` : ''
    return item([paragraph(text(c.label + other))], p.categories.includes(c.id))
  }))
}

/** The twelve months (short names, so the table fits a page) as a centred one-row table, `✓` under each month of the practice. */
function monthTable(months: readonly number[]): Block {
  return table([...MONTH_ABBREVIATIONS], [MONTH_ABBREVIATIONS.map((_, i) => (months.includes(i + 1) ? [text(MONTH_MARK)] : []))], MONTH_ABBREVIATIONS.map(() => 'center'))
}

/** The verification paragraph of an indicator: `**Medio de verificación:** …` (first paragraph). */
function verification(value: string): Paragraph[] {
  const [first, ...rest] = plainBlocks(value)
  return [paragraph(strong(`${fieldLabel('verification')}:`), text(' '), ...first!.children), ...rest]
}

/** `Objetivo 1: Recopilar y utilizar datos exactos …`, `Objetivo 1` a link to its sheet when it has one. */
function objectiveLine(n: number, href: string | undefined): Paragraph {
  const name = `${TITLES.pmmObjective} ${n}`
  const statement = GCM_OBJECTIVES.find((o) => o.number === n)?.statement
  return paragraph(href ? link(href, name) : text(name), ...(statement ? [text(`: ${statement}`)] : []))
}
