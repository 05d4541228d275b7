/**
 * The practice tables: `practices.csv` (one row per practice, nested objects flattened as
 * `municipality_name`, `municipality_code`, …, the source last) and one long table per list
 * field, keyed by `practice_id`.
 *
 *   practices.csv            id, title, country, municipality_name, …, source_end_line
 *   practice_months.csv      practice_id, month
 */
import type {Practice} from '../schema/records.js'
import {CATEGORY_IDS} from '../vocab/categories.js'
import {GUIDING_PRINCIPLE_IDS} from '../vocab/guiding-principles.js'
import {LANGUAGE_IDS} from '../vocab/languages.js'
import {SELLO_LINE_IDS} from '../vocab/sello-lines.js'
import {col, COUNTRY, listTable, MONTHS, OBJECTIVES, SDG_TARGET, sourceColumns, table, unique, type TableSpec} from './table-spec.js'

export const PRACTICE_TABLES: readonly TableSpec[] = [
  table<Practice, Practice>('practice', {
    name: 'practices', description: 'One row per good practice', primaryKey: ['id'],
    columns: [
      col('id', 'string', 'Stable record id', (p) => p.id, {required: true}),
      col('title', 'string', 'Title of the practice', (p) => p.title),
      col('country', 'string', 'ISO 3166-1 alpha-2 country code', (p) => p.country, {pattern: COUNTRY}),
      col('municipality_name', 'string', 'Official name of the municipality (comuna)', (p) => p.municipality?.name ?? null),
      col('municipality_code', 'string', 'Chilean CUT code of the comuna (5 digits, kept as text)', (p) => p.municipality?.code ?? null, {pattern: '^\\d{5}$'}),
      col('municipality_region', 'string', 'Region (Chile) or department (Guatemala)', (p) => p.municipality?.region ?? null),
      col('category_other', 'string', 'Text of the `Otra` category', (p) => p.categoryOther),
      col('priority_group', 'string', 'Grupo prioritario', (p) => p.priorityGroup),
      col('schedule', 'string', 'Dates of implementation, as text', (p) => p.schedule),
      col('start_year', 'integer', 'Año de inicio', (p) => p.startYear),
      col('end_year', 'integer', 'Year the practice ended or is planned to end', (p) => p.endYear),
      col('ongoing', 'boolean', '`true` when the source says the practice is still running (`Presente`, `en curso`, no closing date); `false` when it says it ended', (p) => p.ongoing),
      col('funding', 'string', 'Forma de financiamiento', (p) => p.funding),
      col('sustainability', 'string', 'Sostenibilidad en el tiempo', (p) => p.sustainability),
      col('description', 'string', 'Breve descripción', (p) => p.description),
      col('innovation', 'string', 'Elemento innovador/creativo', (p) => p.innovation),
      col('duration', 'string', 'Duración', (p) => p.duration),
      col('responsible', 'string', 'Ministerio y unidad(es) responsable(s)', (p) => p.responsible),
      col('legal_basis', 'string', 'Sustento legal', (p) => p.legalBasis),
      col('results', 'string', 'Logros/resultados', (p) => p.results),
      col('place_name', 'string', 'Place of a PMM annex example', (p) => p.place?.name ?? null),
      col('place_country', 'string', 'Country of that place (ISO 3166-1 alpha-2)', (p) => p.place?.country ?? null, {pattern: COUNTRY}),
      col('year', 'integer', 'Year of a PMM annex example', (p) => p.year),
      col('link_text', 'string', 'Text of the link (Enlace)', (p) => p.link?.text ?? null),
      col('link_url', 'string', 'URL of the link', (p) => p.link?.url ?? null),
      col('practice_type', 'string', 'Type of practice, as the repository writes it (e.g. `Policy (including law, public measure)`)', (p) => p.practiceType),
      col('source_url', 'string', 'Web address of the page the practice was read from', (p) => p.sourceUrl),
      col('language', 'string', 'Language of the source (ISO 639-1)', (p) => p.language, {enum: LANGUAGE_IDS}),
      ...sourceColumns<Practice>(),
    ],
    rows: (p) => [p],
  }),
  listTable<Practice>('practice', 'practice_departments', 'practice_id', 'practices', 'department', 'Municipal department or office that takes part', (p) => p.departments),
  table<Practice, {id: string; category: string}>('practice', {
    name: 'practice_categories', description: 'Categories checked on the sheet', primaryKey: ['practice_id', 'category'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('category', 'string', 'Category id (`acogida-atencion` = Acogida/atención, `nna` = niñas, niños y adolescentes, …)', (r) => r.category, {required: true, enum: CATEGORY_IDS}),
    ],
    rows: (p) => unique(p.categories).map((category) => ({id: p.id, category})),
  }),
  table<Practice, {id: string; month: number}>('practice', {
    name: 'practice_months', description: 'Months of implementation (1 = January)', primaryKey: ['practice_id', 'month'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('month', 'integer', 'Month number, 1–12', (r) => r.month, {required: true, enum: MONTHS}),
    ],
    rows: (p) => unique(p.months).map((month) => ({id: p.id, month})),
  }),
  table<Practice, {id: string; line: string; rationale: string}>('practice', {
    name: 'practice_sello_lines', description: 'Sello Migrante action lines the practice stands out in, with the rationale', primaryKey: ['practice_id', 'line'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('line', 'string', 'Sello line id', (r) => r.line, {required: true, enum: SELLO_LINE_IDS}),
      col('rationale', 'string', 'Why the practice stands out in this line', (r) => r.rationale),
    ],
    rows: (p) => p.selloLines.map((s) => ({id: p.id, ...s})),
  }),
  table<Practice, {id: string; objective: number}>('practice', {
    name: 'practice_pmm_objectives', description: 'Global Compact for Migration objectives the practice illustrates', primaryKey: ['practice_id', 'objective'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('objective', 'integer', 'Objective number, 1–23', (r) => r.objective, {required: true, enum: OBJECTIVES}),
    ],
    rows: (p) => unique(p.pmmObjectives).map((objective) => ({id: p.id, objective})),
  }),
  table<Practice, {id: string; principle: string}>('practice', {
    name: 'practice_guiding_principles', description: 'Guiding principles of the Global Compact for Migration the practice follows', primaryKey: ['practice_id', 'principle'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('principle', 'string', 'Guiding principle id (`people-centred`, `human-rights`, `whole-of-society`, …)', (r) => r.principle, {required: true, enum: GUIDING_PRINCIPLE_IDS}),
    ],
    rows: (p) => unique(p.guidingPrinciples).map((principle) => ({id: p.id, principle})),
  }),
  table<Practice, {id: string; target: string}>('practice', {
    name: 'practice_sdg_targets', description: 'Sustainable Development Goal targets the practice contributes to', primaryKey: ['practice_id', 'target'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('target', 'string', 'SDG target, goal and target number (`10.7`)', (r) => r.target, {required: true, pattern: SDG_TARGET}),
    ],
    rows: (p) => unique(p.sdgTargets).map((target) => ({id: p.id, target})),
  }),
  table<Practice, {id: string; position: number; name: string; country: string | null; admin1: string | null}>('practice', {
    name: 'practice_places', description: 'Localities in the scope of the practice', primaryKey: ['practice_id', 'position'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('position', 'integer', 'Order in the source, from 1', (r) => r.position, {required: true}),
      col('name', 'string', 'Name of the locality (the gazetteer\'s spelling when it is known)', (r) => r.name, {required: true}),
      col('country', 'string', 'ISO 3166-1 alpha-2 country code', (r) => r.country, {pattern: COUNTRY}),
      col('admin1', 'string', 'First-level division (region, department, state)', (r) => r.admin1),
    ],
    rows: (p) => p.places.map((place, n) => ({id: p.id, position: n + 1, ...place})),
  }),
  listTable<Practice>('practice', 'practice_partners', 'practice_id', 'practices', 'partner', 'Partner organisation', (p) => p.partners),
  listTable<Practice>('practice', 'practice_objectives', 'practice_id', 'practices', 'objective', 'Principal(es) objetivo(s)', (p) => p.objectives),
  listTable<Practice>('practice', 'practice_activities', 'practice_id', 'practices', 'activity', 'Principal(es) actividad(es)', (p) => p.activities),
  table<Practice, {id: string; position: number; indicator: string; verification: string | null}>('practice', {
    name: 'practice_indicators', description: 'Indicators and their means of verification', primaryKey: ['practice_id', 'position'], parent: {field: 'practice_id', resource: 'practices'},
    columns: [
      col('practice_id', 'string', 'Id of the practice in practices.csv', (r) => r.id, {required: true}),
      col('position', 'integer', 'Order in the source, from 1', (r) => r.position, {required: true}),
      col('indicator', 'string', 'Indicador', (r) => r.indicator, {required: true}),
      col('verification', 'string', 'Medio de verificación', (r) => r.verification),
    ],
    rows: (p) => p.indicators.map((i, n) => ({id: p.id, position: n + 1, ...i})),
  }),
]
