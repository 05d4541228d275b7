/** Records built by hand for the exporter tests: one of each type, with every field filled. */
import {emptyPractice, type NetworkReport, type PmmObjective, type Practice} from '../../src/schema/records.js'

export function practice(overrides: Partial<Practice> = {}): Practice {
  return {
    ...emptyPractice({format: 'ficha', path: 'fixtures/samples/ficha-sello-migrante-2023.txt', startLine: 15, endLine: 52}),
    id: 'puente-alto-operativos-interinstitucionales',
    title: 'Operativos interinstitucionales en asentamientos precarios',
    country: 'CL',
    municipality: {name: 'Puente Alto', code: '13201', region: 'Metropolitana de Santiago'},
    departments: ['Unidad de Migrantes - DIDECO', 'Oficina de Gestión Territorial'],
    categories: ['acogida-atencion', 'nna', 'otra'],
    categoryOther: 'Regularización',
    priorityGroup: 'Niñas, niños y adolescentes que viven en asentamientos precarios.',
    months: [1, 2, 3, 11, 12],
    schedule: 'Enero a diciembre, una vez al mes.',
    funding: 'Recursos propios de la municipalidad; "estudiantes en práctica".',
    sustainability: 'Se ejecuta de manera periódica.',
    description: 'La municipalidad ha generado una coordinación interna y externa.\n\nEn específico, realizan un operativo territorial al mes,\ncentrado en NNA.',
    innovation: 'Se destaca la coordinación tanto interna como externa.',
    selloLines: [
      {line: 'politicas-locales', rationale: 'ya que se establecen acciones colaborativas.'},
      {line: 'acceso-informacion', rationale: ''},
    ],
    pmmObjectives: [7, 15],
    places: [{name: 'Puente Alto', country: 'CL', admin1: 'Metropolitana de Santiago'}],
    language: 'es',
    ...overrides,
  }
}

export function governancePractice(overrides: Partial<Practice> = {}): Practice {
  return {
    ...emptyPractice({format: 'gobernanza', path: 'fixtures/samples/gobernanza-minrel-slides.txt', startLine: 6, endLine: 28}),
    id: 'quilicura-primera-consulta-a-migrantes-y-refugiados',
    title: 'PRIMERA CONSULTA A MIGRANTES Y REFUGIADOS',
    country: 'CL',
    startYear: 2015,
    duration: 'Dos días.',
    responsible: 'Oficina de Migrantes y Refugiados, Municipalidad de Quilicura',
    legalBasis: 'Ordenanza municipal N° 12',
    description: 'Encuesta anónima y voluntaria.',
    objectives: ['Configurar el universo teórico de población migrante'],
    activities: ['Aplicación de encuesta', 'Traducción'],
    indicators: [
      {indicator: 'generación de reporte de resultados', verification: 'ejemplares impresos de resultado'},
      {indicator: 'número de encuestas', verification: null},
    ],
    results: 'Reporte publicado.',
    ...overrides,
  }
}

export function annexPractice(overrides: Partial<Practice> = {}): Practice {
  return {
    ...emptyPractice({format: 'pmm', path: 'fixtures/samples/pmm-handbook-oim.txt', startLine: 307, endLine: 307}),
    id: 'valparaiso-mejora-en-el-acceso-a-la-atencion-en-salud',
    title: 'Mejora en el acceso a la atención en salud intercultural de migrantes residentes',
    country: 'CL',
    place: {name: 'Valparaíso', country: 'CL'},
    year: 2018,
    link: {text: 'Mejora en el acceso a la atención en salud intercultural', url: 'https://www.un.org/es/example'},
    description: 'Los tres ejes relacionados con esta buena práctica.',
    pmmObjectives: [15],
    places: [{name: 'Valparaíso', country: 'CL', admin1: null}],
    startYear: 2016,
    endYear: 2018,
    ongoing: false,
    language: 'es',
    ...overrides,
  }
}

/** A practice read from a repository page, with every repository field filled. */
export function repositoryPractice(overrides: Partial<Practice> = {}): Practice {
  return {
    ...emptyPractice({format: 'catalog', path: 'pages/hub-lima.txt', startLine: 8, endLine: 62}),
    id: 'lima-casa-de-acogida',
    title: 'Casa de Acogida para Personas Migrantes',
    country: 'PE',
    municipality: {name: 'Lima', code: null, region: 'Lima'},
    priorityGroup: 'Personas migrantes y refugiadas en situación de vulnerabilidad.',
    schedule: '2019 - Presente',
    startYear: 2019,
    description: 'Alojamiento temporal y orientación legal.',
    results: '4.500 personas atendidas.',
    pmmObjectives: [15, 16, 7],
    place: {name: 'Lima', country: 'PE'},
    ongoing: true,
    practiceType: 'Programa/proyecto',
    guidingPrinciples: ['people-centred', 'human-rights'],
    sdgTargets: ['10.7'],
    partners: ['Municipalidad Metropolitana de Lima', '=OIM'],
    places: [{name: 'Lima', country: 'PE', admin1: 'Lima'}, {name: 'Callao', country: 'PE', admin1: 'Callao'}],
    sourceUrl: 'https://migrationnetwork.un.org/practice/casa-de-acogida',
    language: 'es',
    ...overrides,
  }
}

export function pmmObjective(overrides: Partial<PmmObjective> = {}): PmmObjective {
  return {
    type: 'pmm-objective', id: 'pmm-objective-1',
    source: {format: 'pmm', path: 'fixtures/samples/pmm-handbook-oim.txt', startLine: 302, endLine: 302},
    number: 1, shortName: 'DATOS',
    statement: 'Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica.',
    keyIdeas: 'Mejorar la colaboración entre las dependencias estatales.',
    localActions: null,
    ...overrides,
  }
}

export function networkReport(overrides: Partial<NetworkReport> = {}): NetworkReport {
  return {
    type: 'network-report', id: 'ciudades-solidarias-gt-2024-09-25',
    source: {format: 'solidarias', path: 'fixtures/samples/solidarias-minex-guatemala-2024.txt', startLine: 1, endLine: 56},
    initiative: 'Ciudades Solidarias', country: 'GT', date: '2024-09-25',
    figures: [{value: 19, label: 'municipios'}, {value: 2, label: 'gobernaciones departamentales'}],
    commitments: ['Incorporar las necesidades de la población refugiada.'],
    members: [{name: 'San Benito', admin1: 'Petén', country: 'GT'}, {name: 'Livingston', admin1: null, country: 'GT'}],
    tags: ['migración', 'Acnur'],
    sourceUrl: 'http://209.126.109.93/comunicado/autoridades-del-minex',
    ...overrides,
  }
}

export const allRecords = () => [practice(), governancePractice(), annexPractice(), repositoryPractice(), pmmObjective(), networkReport()]
