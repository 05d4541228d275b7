/**
 * The labels of every record field, in one table: how documents print each field, per language
 * (`es`, `en`, `pt`), and where a format prints it in other words (`byFormat`: the fact sheets
 * this tool writes, the ministry slide template, practice-repository pages per language), plus the
 * named parts of a repository page that go to metadata. The first
 * spelling of a list is the canonical one: validate messages, the blank template and the fact
 * sheets use it; the others are accepted when reading. Matching folds case and accents and
 * tolerates small typos (src/constructs/label-match.ts).
 *
 * Formats read their labels from here; only what is structure rather than wording (a slide label
 * split over two lines, the ficha's `MUNICIPALIDAD` anchor) stays with the format.
 */

export type Language = 'es' | 'en' | 'pt'

/** Spellings of a label, the canonical one first. */
export type Spellings = readonly [string, ...string[]]

/** Spellings per language. */
export interface LanguageSpellings {
  readonly es: Spellings
  readonly en?: Spellings
  readonly pt?: Spellings
}

export interface FieldLabels extends LanguageSpellings {
  /**
   * Where a format prints the field in other words: one list (its first spelling is that
   * format's own), or lists per language (practice-repository pages in es/en/pt).
   */
  readonly byFormat?: Readonly<Record<string, Spellings | LanguageSpellings>>
}

export const FIELD_LABELS = {
  title: {es: ['Título de la práctica'], en: ['Title', 'Title of the practice', 'Practice title', 'Name of the practice', 'Name of the good practice', 'Title of the good practice', 'Name of the initiative', 'Project name', 'Project title', 'Name of the pledge', 'Pledge title', 'Name of practice', 'Practice name'], pt: ['Título', 'Título da prática', 'Nome da prática', 'Nome da boa prática', 'Título da boa prática', 'Nome da iniciativa', 'Nome do projeto', 'Nome do programa', 'Nome da experiência'], byFormat: {catalog: {es: ['Título', 'Título de la práctica', 'Nombre de la práctica', 'Nombre de la buena práctica', 'Nombre de la iniciativa', 'Nombre del proyecto', 'Nombre del programa', 'Título del compromiso', 'Nombre del compromiso', 'Nombre de la experiencia', 'Título de la experiencia'], en: ['Title', 'Title of the practice', 'Practice title', 'Name of the practice', 'Name of the good practice', 'Title of the good practice', 'Name of the initiative', 'Project name', 'Project title', 'Name of the pledge', 'Pledge title', 'Name of practice', 'Practice name'], pt: ['Título', 'Título da prática', 'Nome da prática', 'Nome da boa prática', 'Título da boa prática', 'Nome da iniciativa', 'Nome do projeto', 'Nome do programa', 'Nome da experiência']}}},
  municipality: {es: ['MUNICIPALIDAD'], byFormat: {factsheet: ['Municipalidad', 'Municipio', 'Comuna']}},
  departments: {
    es: [
      'Departamento/Oficinas municipales que participan', 'Departamentos/Oficinas municipales que participan',
      'Departamento u oficinas municipales que participan', 'Departamentos u oficinas municipales que participan',
      'Oficinas municipales que participan', 'Departamentos participantes',
    ],
    byFormat: {factsheet: ['Departamento/Oficinas municipales que participan', 'Departamentos', 'Oficinas municipales que participan']},
  },
  categories: {es: ['Categoría', 'Categorías']},
  categoryOther: {es: ['Otra:']},
  priorityGroup: {es: ['Grupo prioritario', 'Grupos prioritarios', 'Población prioritaria'], en: ['Target group', 'Target groups', 'Target population', 'Beneficiaries', 'Key beneficiaries', 'Main beneficiaries', 'Direct beneficiaries', 'Who benefits', 'Target audience', 'Beneficiary population'], pt: ['Público-alvo', 'Público alvo', 'Beneficiários', 'População beneficiada', 'População beneficiária', 'Grupo-alvo', 'Grupo prioritário', 'Beneficiários diretos', 'População-alvo'], byFormat: {factsheet: ['Grupo prioritario', 'Grupos prioritarios'], catalog: {es: ['Grupo meta', 'Grupo objetivo', 'Grupos objetivo', 'Población objetivo', 'Población beneficiaria', 'Población destinataria', 'Beneficiarios', 'Beneficiarias', 'Beneficiarios clave', 'Principales beneficiarios', 'Grupo destinatario', 'Público objetivo', 'Destinatarios', 'Grupo prioritario', 'Beneficiarios directos', 'Personas beneficiarias', 'Población meta'], en: ['Target group', 'Target groups', 'Target population', 'Beneficiaries', 'Key beneficiaries', 'Main beneficiaries', 'Direct beneficiaries', 'Who benefits', 'Target audience', 'Beneficiary population'], pt: ['Público-alvo', 'Público alvo', 'Beneficiários', 'População beneficiada', 'População beneficiária', 'Grupo-alvo', 'Grupo prioritário', 'Beneficiários diretos', 'População-alvo']}}},
  schedule: {es: ['Fechas de implementación', 'Fecha de implementación', 'Fechas de ejecución'], byFormat: {factsheet: ['Fechas de implementación', 'Fechas']}},
  months: {es: ['Meses de implementación']},
  funding: {es: ['Forma de financiamiento', 'Formas de financiamiento', 'Financiamiento'], en: ['Funding', 'Funding source', 'Source of funding', 'Sources of funding', 'Financing', 'Budget', 'Donors', 'Funded by'], pt: ['Financiamento', 'Fonte de financiamento', 'Fontes de financiamento', 'Orçamento'], byFormat: {factsheet: ['Forma de financiamiento', 'Financiamiento'], catalog: {es: ['Financiamiento', 'Financiación', 'Fuente de financiamiento', 'Fuentes de financiamiento', 'Forma de financiamiento', 'Presupuesto'], en: ['Funding', 'Funding source', 'Source of funding', 'Sources of funding', 'Financing', 'Budget', 'Donors', 'Funded by'], pt: ['Financiamento', 'Fonte de financiamento', 'Fontes de financiamento', 'Orçamento']}}},
  sustainability: {es: ['Sostenibilidad en el tiempo', 'Sostenibilidad'], en: ['Sustainability'], pt: ['Sustentabilidade'], byFormat: {catalog: {es: ['Sostenibilidad', 'Sostenibilidad de la práctica'], en: ['Sustainability'], pt: ['Sustentabilidade']}}},
  description: {es: ['Breve descripción', 'Descripción'], en: ['Summary', 'Description', 'Brief description', 'Short description', 'Description of the practice', 'Practice description', 'Description of the good practice', 'Overview', 'About the practice', 'Abstract', 'Description of the pledge', 'Please describe the pledge', 'The Pitch', 'General description', 'Executive summary'], pt: ['Resumo', 'Descrição', 'Breve descrição', 'Descrição da prática', 'Descrição da boa prática', 'Sobre a prática', 'Apresentação', 'Descrição geral'], byFormat: {gobernanza: ['Descripción'], catalog: {es: ['Resumen', 'Descripción', 'Breve descripción', 'Descripción breve', 'Descripción de la práctica', 'Descripción de la buena práctica', 'Resumen de la práctica', 'Acerca de la práctica', 'Sobre la práctica', 'Descripción del compromiso', 'Sírvase describir el compromiso', 'Presentación', 'Descripción general', 'Resumen ejecutivo'], en: ['Summary', 'Description', 'Brief description', 'Short description', 'Description of the practice', 'Practice description', 'Description of the good practice', 'Overview', 'About the practice', 'Abstract', 'Description of the pledge', 'Please describe the pledge', 'The Pitch', 'General description', 'Executive summary'], pt: ['Resumo', 'Descrição', 'Breve descrição', 'Descrição da prática', 'Descrição da boa prática', 'Sobre a prática', 'Apresentação', 'Descrição geral']}}},
  innovation: {
    es: ['Elemento innovador/creativo del proyecto o actividad', 'Elemento innovador/creativo', 'Elemento innovador'],
    en: ['Innovation', 'Innovative elements', 'Innovative aspects', 'Innovative approach', 'What makes it innovative', 'Innovative features'],
    pt: ['Inovação', 'Caráter inovador', 'Elementos inovadores', 'Aspectos inovadores'],
    byFormat: {factsheet: ['Elemento innovador/creativo del proyecto o actividad', 'Elemento innovador', 'Elemento innovador/creativo'],
      catalog: {es: ['Innovación', 'Elementos innovadores', 'Elemento innovador', 'Carácter innovador', 'Aspectos innovadores'], en: ['Innovation', 'Innovative elements', 'Innovative aspects', 'Innovative approach', 'What makes it innovative', 'Innovative features'], pt: ['Inovação', 'Caráter inovador', 'Elementos inovadores', 'Aspectos inovadores']},
    },
  },
  selloLines: {es: ['Líneas Sello', 'Líneas del Sello', 'Líneas Sello Migrante', 'Líneas de acción del Sello'], byFormat: {factsheet: ['Líneas Sello', 'Líneas del Sello Migrante']}},
  startYear: {es: ['Año de inicio'], en: ['Start year'], pt: ['Ano de início'], byFormat: {catalog: {es: ['Fechas'], en: ['Dates'], pt: ['Datas']}}},
  duration: {es: ['Duración'], en: ['Duration'], pt: ['Duração'], byFormat: {catalog: {es: ['Duración'], en: ['Duration'], pt: ['Duração']}}},
  responsible: {
    es: ['Unidad(es) responsable(s)', 'Unidad responsable', 'Responsable', 'Responsables'],
    en: ['Implementing entity', 'Implementing organization', 'Implementing organisation', 'Implementing agency', 'Lead organization', 'Lead organisation', 'Lead entity', 'Lead agency', 'Lead implementer', 'Main implementer', 'Submitting entity', 'Responsible entity', 'Implemented by', 'Submitted by', 'Organization', 'Organisation', 'Official Name of Signatory', 'Signatory', 'Name of entity submitting the pledge'],
    pt: ['Entidade responsável', 'Organização responsável', 'Instituição responsável', 'Órgão responsável', 'Instituição proponente', 'Implementado por', 'Responsável', 'Proponente', 'Governo local'],
    byFormat: {
      gobernanza: ['Ministerio y Unidad(es) responsable(s)'],
      factsheet: ['Ministerio y unidad(es) responsable(s)', 'Responsable', 'Responsables', 'Unidad responsable'],
      catalog: {es: ['Entidad responsable', 'Organización responsable', 'Institución responsable', 'Organismo responsable', 'Entidad implementadora', 'Organización implementadora', 'Entidad ejecutora', 'Institución ejecutora', 'Entidad proponente', 'Implementado por', 'Presentado por', 'Responsable', 'Responsables', 'Signatario', 'Nombre del Estado o agente que presenta el compromiso (sírvase indicar el sitio web, si lo hay)', 'Nombre del Estado o agente que presenta el compromiso'], en: ['Implementing entity', 'Implementing organization', 'Implementing organisation', 'Implementing agency', 'Lead organization', 'Lead organisation', 'Lead entity', 'Lead agency', 'Lead implementer', 'Main implementer', 'Submitting entity', 'Responsible entity', 'Implemented by', 'Submitted by', 'Organization', 'Organisation', 'Official Name of Signatory', 'Signatory', 'Name of entity submitting the pledge'], pt: ['Entidade responsável', 'Organização responsável', 'Instituição responsável', 'Órgão responsável', 'Instituição proponente', 'Implementado por', 'Responsável', 'Proponente', 'Governo local']},
    },
  },
  legalBasis: {es: ['Sustento legal', 'Base legal', 'Marco legal', 'Marco normativo'], en: ['Legal basis', 'Legal framework', 'Policy framework'], pt: ['Marco legal', 'Marco normativo', 'Base legal', 'Legislação'], byFormat: {catalog: {es: ['Marco legal', 'Marco normativo', 'Marco jurídico', 'Base legal', 'Normativa'], en: ['Legal basis', 'Legal framework', 'Policy framework'], pt: ['Marco legal', 'Marco normativo', 'Base legal', 'Legislação']}}},
  objectives: {es: ['Principal(es) objetivo(s)', 'Objetivos', 'Principales objetivos'], en: ['Aim', 'Aims', 'Aim of the Good Practice', 'Aim of the practice', 'Objective', 'Objectives', 'Objective of the practice', 'Objectives of the practice', 'Main objectives', 'Purpose', 'Goals of the practice'], pt: ['Objetivo', 'Objetivos', 'Objetivo da prática', 'Objetivos da prática', 'Objetivo geral', 'Objetivos específicos', 'Propósito'], byFormat: {catalog: {es: ['Objetivo', 'Objetivos', 'Objetivo de la práctica', 'Objetivos de la práctica', 'Objetivo general', 'Objetivos específicos', 'Objetivo principal', 'Objetivos principales', 'Propósito'], en: ['Aim', 'Aims', 'Aim of the Good Practice', 'Aim of the practice', 'Objective', 'Objectives', 'Objective of the practice', 'Objectives of the practice', 'Main objectives', 'Purpose', 'Goals of the practice'], pt: ['Objetivo', 'Objetivos', 'Objetivo da prática', 'Objetivos da prática', 'Objetivo geral', 'Objetivos específicos', 'Propósito']}}},
  activities: {es: ['Principal(es) actividad(es)', 'Actividades', 'Principales actividades'], en: ['Activities', 'Key activities', 'Main activities', 'Actions', 'Key elements', 'Components', 'Methodology', 'Implementation', 'The Process'], pt: ['Atividades', 'Principais atividades', 'Ações', 'Ações principais', 'Componentes', 'Metodologia', 'Implementação'], byFormat: {catalog: {es: ['Actividades', 'Principales actividades', 'Actividades principales', 'Acciones', 'Acciones principales', 'Elementos clave', 'Componentes', 'Metodología', 'Implementación'], en: ['Activities', 'Key activities', 'Main activities', 'Actions', 'Key elements', 'Components', 'Methodology', 'Implementation', 'The Process'], pt: ['Atividades', 'Principais atividades', 'Ações', 'Ações principais', 'Componentes', 'Metodologia', 'Implementação']}}},
  indicators: {es: ['Indicadores', 'Indicadores y medios de verificación'], byFormat: {factsheet: ['Indicadores y medios de verificación', 'Indicadores']}},
  results: {es: ['Logros/resultados', 'Logros', 'Resultados'], en: ['Results', 'Key results', 'Main results', 'Results achieved', 'Outcomes', 'Key outcomes', 'Impact', 'Impacts', 'Expected Impact', 'The Impact', 'Achievements', 'Results and impact', 'Outcomes and impact'], pt: ['Resultados', 'Principais resultados', 'Resultados alcançados', 'Impacto', 'Impactos', 'Conquistas', 'Resultados e impactos'], byFormat: {catalog: {es: ['Resultados', 'Resultados clave', 'Principales resultados', 'Resultados obtenidos', 'Resultados alcanzados', 'Resultados esperados', 'Logros', 'Impacto', 'Impactos', 'Resultados e impacto', 'Logros y resultados'], en: ['Results', 'Key results', 'Main results', 'Results achieved', 'Outcomes', 'Key outcomes', 'Impact', 'Impacts', 'Expected Impact', 'The Impact', 'Achievements', 'Results and impact', 'Outcomes and impact'], pt: ['Resultados', 'Principais resultados', 'Resultados alcançados', 'Impacto', 'Impactos', 'Conquistas', 'Resultados e impactos']}}},
  place: {es: ['Lugar'], en: ['Location', 'Locations', 'City', 'Cities', 'Name of the city', 'City/Municipality', 'Municipality', 'Municipalities', 'Place', 'Locality', 'Local authority'], pt: ['Local:', 'Localidade', 'Cidade', 'Cidades', 'Nome da cidade', 'Município', 'Municípios', 'Município/UF', 'Localização'], byFormat: {catalog: {es: ['Local:', 'Localidad', 'Localidades', 'Ciudad', 'Ciudades', 'Nombre de la ciudad', 'Ciudad/Municipio', 'Municipio', 'Municipios', 'Municipalidad', 'Comuna', 'Lugar', 'Lugar de implementación', 'Ubicación', 'Localización'], en: ['Location', 'Locations', 'City', 'Cities', 'Name of the city', 'City/Municipality', 'Municipality', 'Municipalities', 'Place', 'Locality', 'Local authority'], pt: ['Local:', 'Localidade', 'Cidade', 'Cidades', 'Nome da cidade', 'Município', 'Municípios', 'Município/UF', 'Localização']}}},
  year: {es: ['Año']},
  link: {es: ['Enlace', 'Link']},
  pmmObjectives: {es: ['Objetivos del PMM', 'Objetivos del Pacto Mundial para la Migración'], en: ['GCM Objectives', 'GCM Objective', 'GCM Objective(s)', 'Primary GCM Objectives', 'Primary GCM Objective', 'Secondary GCM Objectives', 'Secondary GCM Objective', 'GCM objectives addressed', 'GCM objectives supported', 'Related GCM objectives', 'Global Compact for Migration objectives', 'Objectives of the Global Compact for Migration', 'GCM Thematic Cluster Areas', 'Please select the main three GCM objectives the pledge is/are meant to support'], pt: ['Objetivos do PMM', 'Objetivos do Pacto Global para a Migração', 'Objetivos do Pacto Global', 'Objetivos do Pacto Mundial para a Migração', 'Objetivos do GCM'], byFormat: {catalog: {es: ['Objetivos del PMM', 'Objetivo del PMM', 'Objetivos principales del PMM', 'Objetivos primarios del PMM', 'Objetivos secundarios del PMM', 'Objetivos PMM', 'Objetivos del PMM relacionados', 'Objetivos del Pacto Mundial para la Migración', 'Objetivos del Pacto Mundial', 'Objetivos del GCM', 'Sírvase indicar el (los) objetivo(s) del Pacto Mundial para la Migración que este compromiso pretende promover'], en: ['GCM Objectives', 'GCM Objective', 'GCM Objective(s)', 'Primary GCM Objectives', 'Primary GCM Objective', 'Secondary GCM Objectives', 'Secondary GCM Objective', 'GCM objectives addressed', 'GCM objectives supported', 'Related GCM objectives', 'Global Compact for Migration objectives', 'Objectives of the Global Compact for Migration', 'GCM Thematic Cluster Areas', 'Please select the main three GCM objectives the pledge is/are meant to support'], pt: ['Objetivos do PMM', 'Objetivos do Pacto Global para a Migração', 'Objetivos do Pacto Global', 'Objetivos do Pacto Mundial para a Migração', 'Objetivos do GCM']}}},
  country: {es: ['País'], en: ['Country', 'Countries', 'Country(ies)', 'Country/ies', 'Country of implementation', 'Countries of implementation', 'Countries and areas', 'Implementing country'], pt: ['País', 'Países', 'País de implementação'], byFormat: {catalog: {es: ['País', 'Países', 'País(es)', 'País(es) de implementación', 'País de implementación', 'Países de implementación', 'País de ejecución'], en: ['Country', 'Countries', 'Country(ies)', 'Country/ies', 'Country of implementation', 'Countries of implementation', 'Countries and areas', 'Implementing country'], pt: ['País', 'Países', 'País de implementação']}}},
  number: {es: ['Número', 'Número de objetivo']},
  shortName: {es: ['Nombre corto', 'Ícono']},
  statement: {es: ['Objetivo', 'Enunciado']},
  keyIdeas: {es: ['Ideas clave del compromiso', 'Ideas clave']},
  localActions: {es: ['Acciones pertinentes orientadas a AL', 'Acciones orientadas a AL', 'Acciones pertinentes orientadas a autoridades locales']},
  initiative: {es: ['Iniciativa']},
  date: {es: ['Fecha']},
  figures: {es: ['Cifras', 'Cifras destacadas']},
  commitments: {es: ['Compromisos', 'Principales compromisos']},
  members: {es: ['Miembros', 'Localidades miembro', 'Localidades']},
  tags: {es: ['Etiquetas', 'Temas']},
  sourceUrl: {es: ['URL de la fuente', 'Fuente en línea', 'URL'], en: ['Website', 'Web site', 'Link', 'Links', 'More information', 'Source', 'Source URL', 'URL'], pt: ['Site', 'Página', 'Link', 'Links', 'Mais informações', 'Fonte'], byFormat: {catalog: {es: ['Sitio web', 'Página web', 'Enlace', 'Enlaces', 'Más información', 'Fuente', 'URL'], en: ['Website', 'Web site', 'Link', 'Links', 'More information', 'Source', 'Source URL', 'URL'], pt: ['Site', 'Página', 'Link', 'Links', 'Mais informações', 'Fonte']}}},
  practiceType: {es: ['Tipo de práctica'], en: ['Type of practice', 'Practice type', 'Type of initiative', 'Type of intervention', 'Nature of the pledge'], pt: ['Tipo de prática', 'Tipo de iniciativa', 'Tipo de intervenção'], byFormat: {catalog: {es: ['Tipo de práctica', 'Tipo de iniciativa', 'Tipo de intervención', 'Naturaleza del compromiso', 'Naturaleza del compromiso (sírvase seleccionar)'], en: ['Type of practice', 'Practice type', 'Type of initiative', 'Type of intervention', 'Nature of the pledge'], pt: ['Tipo de prática', 'Tipo de iniciativa', 'Tipo de intervenção']}}},
  endYear: {es: ['Año de término', 'Año de finalización', 'Año de fin']},
  ongoing: {es: ['En curso', 'Vigente']},
  guidingPrinciples: {es: ['Principios rectores del PMM', 'Principios rectores'], en: ['GCM Guiding Principles', 'GCM Guiding Principle', 'Guiding Principles', 'Guiding principles of the Global Compact for Migration', 'Cross-cutting themes', 'Please indicate which GCM Guiding Principle is/are particularly relevant for the pledge'], pt: ['Princípios orientadores', 'Princípios orientadores do PMM', 'Princípios orientadores do Pacto Global', 'Princípios norteadores'], byFormat: {catalog: {es: ['Principios Rectores del Pacto Mundial para la Migración', 'Principios rectores', 'Principios rectores del PMM', 'Principios rectores del Pacto Mundial', 'Temas transversales', 'Sírvase indicar el (los) principio(s) rector(es) del Pacto Mundial para la Migración que resulta(n) especialmente pertinente(s) para este compromiso'], en: ['GCM Guiding Principles', 'GCM Guiding Principle', 'Guiding Principles', 'Guiding principles of the Global Compact for Migration', 'Cross-cutting themes', 'Please indicate which GCM Guiding Principle is/are particularly relevant for the pledge'], pt: ['Princípios orientadores', 'Princípios orientadores do PMM', 'Princípios orientadores do Pacto Global', 'Princípios norteadores']}}},
  sdgTargets: {es: ['Metas de los ODS', 'Metas ODS', 'ODS'], en: ['Sustainable Development Goals (SDGs)', 'Sustainable Development Goals', 'SDGs', 'SDG', 'SDG targets', 'SDG target', 'Related SDGs', 'Related Sustainable Development Goals', 'SDG targets addressed', '2030 Agenda migration-relevant and related target Labels'], pt: ['Objetivos de Desenvolvimento Sustentável (ODS)', 'Objetivos de Desenvolvimento Sustentável', 'ODS', 'Metas dos ODS', 'Metas ODS'], byFormat: {catalog: {es: ['Objetivos de Desarrollo Sostenible (ODS)', 'Objetivos de Desarrollo Sostenible', 'ODS', 'Metas de los ODS', 'Metas ODS', 'ODS relacionados', 'ODS vinculados', 'Metas de los Objetivos de Desarrollo Sostenible'], en: ['Sustainable Development Goals (SDGs)', 'Sustainable Development Goals', 'SDGs', 'SDG', 'SDG targets', 'SDG target', 'Related SDGs', 'Related Sustainable Development Goals', 'SDG targets addressed', '2030 Agenda migration-relevant and related target Labels'], pt: ['Objetivos de Desenvolvimento Sustentável (ODS)', 'Objetivos de Desenvolvimento Sustentável', 'ODS', 'Metas dos ODS', 'Metas ODS']}}},
  partners: {es: ['Socios', 'Aliados', 'Organizaciones asociadas'], en: ['Partners', 'Implementing partners', 'Partner organizations', 'Partner organisations', 'Key partners', 'Main partners', 'Partnerships', 'Other partners', 'Participating States and Actors', 'Stakeholders involved', 'Collaborating organizations', 'Partner institutions', 'Strategic partners'], pt: ['Parceiros', 'Parcerias', 'Instituições parceiras', 'Organizações parceiras', 'Entidades parceiras', 'Atores envolvidos', 'Parceiros estratégicos', 'Instituições envolvidas'], byFormat: {catalog: {es: ['Socios', 'Socios implementadores', 'Socios de implementación', 'Aliados', 'Aliados estratégicos', 'Alianzas', 'Organizaciones asociadas', 'Entidades asociadas', 'Entidades participantes', 'Instituciones participantes', 'Organizaciones participantes', 'Actores involucrados', 'Otros socios', 'Socios estratégicos', 'Entidades aliadas', 'Instituciones aliadas'], en: ['Partners', 'Implementing partners', 'Partner organizations', 'Partner organisations', 'Key partners', 'Main partners', 'Partnerships', 'Other partners', 'Participating States and Actors', 'Stakeholders involved', 'Collaborating organizations', 'Partner institutions', 'Strategic partners'], pt: ['Parceiros', 'Parcerias', 'Instituições parceiras', 'Organizações parceiras', 'Entidades parceiras', 'Atores envolvidos', 'Parceiros estratégicos', 'Instituições envolvidas']}}},
  places: {es: ['Localidades', 'Lugares']},
  language: {es: ['Idioma', 'Lengua']},
  // Named parts of a practice-repository page (`catalog`) that no record field holds: kept in
  // the document's metadata.
  dates: {es: ['Fechas', 'Fecha', 'Año:', 'Años:', 'Período de implementación', 'Periodo de implementación', 'Período de ejecución', 'Periodo de ejecución', 'Fechas de implementación', 'Vigencia', 'Plazo'], en: ['Dates', 'Date:', 'Year:', 'Years:', 'Year(s):', 'Implementation period', 'Period of implementation', 'Implementation dates', 'Timeframe', 'Time frame', 'Timeframe of the pledge', 'Period:', 'Years of implementation'], pt: ['Datas', 'Data:', 'Ano:', 'Anos:', 'Período de implementação', 'Período de execução', 'Vigência', 'Prazo']},
  startDate: {es: ['Inicio:', 'Fecha de inicio', 'Año de inicio', 'Desde:'], en: ['Start:', 'Start date', 'Starting date', 'Start of Project', 'Start of the project', 'Beginning date', 'Start year', 'Year of start', 'Since:', 'Launch date'], pt: ['Início:', 'Data de início', 'Ano de início']},
  endDate: {es: ['Fin:', 'Fecha de finalización', 'Fecha de término', 'Fecha de fin', 'Término:', 'Hasta:', 'Año de término', 'Año de finalización'], en: ['End:', 'End date', 'End of Project', 'End of the project', 'Completion date', 'End year', 'Until:'], pt: ['Fim:', 'Término:', 'Data de término', 'Data de conclusão', 'Data final', 'Ano de término']},
  admin1: {es: ['Departamento:', 'Provincia:', 'Estado:'], en: ['State:', 'Province:', 'Department:'], pt: ['Estado:', 'UF:']},
  otherCountry: {es: ['Otro país de implementación', 'Otros países'], en: ['Other country of implementation', 'Other countries'], pt: ['Outro país de implementação', 'Outros países']},
  geographicScope: {es: ['Alcance geográfico', 'Ámbito geográfico', 'Ámbito de implementación', 'Nivel de implementación', 'Alcance'], en: ['Geographic Scope', 'Geographical scope', 'Geographical Relevance', 'Scope', 'Level of implementation'], pt: ['Abrangência', 'Abrangência geográfica', 'Âmbito geográfico', 'Escala']},
  context: {es: ['Contexto', 'Antecedentes', 'Justificación', 'Contexto y justificación', 'Problema', 'Problemática'], en: ['Context', 'Background', 'Rationale', 'Context and rationale', 'Problem', 'The Problem', 'Challenge addressed'], pt: ['Contexto', 'Justificativa', 'Contexto e justificativa', 'Problema', 'Antecedentes']},
  lessons: {es: ['Lecciones aprendidas', 'Desafíos', 'Retos', 'Dificultades', 'Obstáculos', 'Recomendaciones', 'Desafíos y lecciones aprendidas'], en: ['Lessons learned', 'Lessons learnt', 'Challenges', 'Challenges and lessons learned', 'Recommendations', 'Key learnings'], pt: ['Lições aprendidas', 'Desafios', 'Dificuldades', 'Recomendações']},
  replicability: {es: ['Replicabilidad', 'Replicabilidad y escalabilidad', 'Potencial de réplica'], en: ['Replicability', 'Replicability and scalability', 'Scalability', 'Potential for replication'], pt: ['Replicabilidade', 'Potencial de replicação']},
  thematic: {es: ['Área temática', 'Áreas temáticas', 'Tema', 'Temas', 'Etiquetas', 'Palabras clave', 'Categoría', 'Categorías', 'Dimensión', 'Sector'], en: ['Thematic area', 'Thematic areas', 'Topic', 'Topics', 'Theme', 'Themes', 'Tags', 'Keywords', 'Category', 'Categories', 'Sector'], pt: ['Área temática', 'Áreas temáticas', 'Tema', 'Temas', 'Palavras-chave', 'Categoria', 'Dimensão', 'Dimensão de governança']},
  contact: {es: ['Contacto', 'Persona de contacto', 'Nombres y apellidos', 'Puesto que ocupa', 'Cargo:', 'Correo electrónico', 'Dirección de correo electrónico', 'Teléfono'], en: ['Contact', 'Contact person', 'Contact information', 'Full name', 'Position:', 'Email', 'E-mail', 'Email Address', 'Secondary contact person', 'Secondary email', 'Phone'], pt: ['Contato', 'Pessoa de contato', 'E-mail', 'Telefone', 'Cargo:']},
  mayor: {es: ['Alcalde', 'Alcaldesa', 'Intendente', 'Intendenta'], en: ['Mayor'], pt: ['Prefeito', 'Prefeita']},
  population: {es: ['Población:', 'Tamaño de la población', 'Rango de tamaño demográfico', 'Número de habitantes'], en: ['Range of Demographic Size', 'Population:', 'Population size', 'Demographic size'], pt: ['População:', 'Número de habitantes', 'Porte do município']},
  delegation: {es: ['Delegación'], en: ['Delegation'], pt: ['Delegação']},
  published: {es: ['Actualizado el', 'Última actualización', 'Fecha de publicación', 'Publicado el', 'Publicado:', 'Fecha de envío'], en: ['Updated on', 'Last updated', 'Date Shared', 'Published:', 'Publication date', 'Date published', 'Posted on'], pt: ['Atualizado em', 'Última atualização', 'Data de publicação', 'Publicado em']},
  submission: {es: ['Tipo de compromiso', 'Tipo de compromiso (sírvase seleccionar)', 'Número de envío', 'Creado:', 'Completado:', 'Modificado:', 'Idioma:'], en: ['Submission Number', 'Submission ID', 'Submission UUID', 'Submission URI', 'Created:', 'Completed:', 'Changed:', 'Remote IP address', 'Language:', 'Is draft', 'Flagged:', 'Pledging entity', 'Type of pledge', 'Type of pledge (please select)', 'Name of the matched pledge', 'ID of the matched pledge', 'Is the country of the pledging entity a GCM Champion country?', 'Is this a mirror pledge (pledge is also relevant to the Global Compact on Refugees) ?'], pt: ['Tipo de compromisso', 'Criado:', 'Idioma:']},
  attachments: {es: ['Anexos', 'Documentos', 'Adjuntos', 'Documentos de apoyo'], en: ['Attachments', 'Attachment', 'Supporting documents', 'Documents', 'Files'], pt: ['Anexos', 'Documentos']},
  // Parts of a record written as items of a fact sheet.
  id: {es: ['Identificador', 'Id']},
  source: {es: ['Fuente']},
  code: {es: ['Código', 'Código CUT']},
  region: {es: ['Región', 'Departamento'], en: ['Region', 'Regions', 'Subregion', 'Sub-region', 'Region of implementation'], pt: ['Região', 'Regiões', 'Sub-região'], byFormat: {catalog: {es: ['Regiones', 'Región', 'Subregión', 'Subregiones', 'Región de implementación'], en: ['Region', 'Regions', 'Subregion', 'Sub-region', 'Region of implementation'], pt: ['Região', 'Regiões', 'Sub-região']}}},
  indicator: {es: ['Indicador']},
  verification: {es: ['Medio de verificación', 'Verificación']},
} as const satisfies Record<string, FieldLabels>

export type LabelledField = keyof typeof FIELD_LABELS

/** The sections of a good-practice sheet (ficha), in the order the sheet prints them. */
export const SHEET_SECTIONS = [
  'departments', 'categories', 'priorityGroup', 'schedule', 'funding', 'sustainability',
  'description', 'innovation', 'selloLines',
] as const satisfies readonly LabelledField[]

function entry(field: string): FieldLabels | undefined {
  return Object.hasOwn(FIELD_LABELS, field) ? (FIELD_LABELS as Record<string, FieldLabels>)[field] : undefined
}

/** Every spelling of `field` as `format` prints it (its own words, else the language's). */
export function labelVariants(field: string, format?: string | null, language: Language = 'es'): Spellings {
  const labels = entry(field)
  if (!labels) return [field]
  const own = format ? labels.byFormat?.[format] : undefined
  const spellings = own === undefined ? labels : isList(own) ? {es: own} : own
  return spellings[language] ?? spellings.es
}

/** The spellings of `field` per language as `format` prints it (its own, else the field's). */
export function formatSpellings(field: LabelledField, format: string): LanguageSpellings {
  const labels: FieldLabels = FIELD_LABELS[field]
  const own = labels.byFormat?.[format]
  if (own === undefined) return labels
  return isList(own) ? {es: own} : own
}

function isList(value: Spellings | LanguageSpellings): value is Spellings {
  return Array.isArray(value)
}

/** The canonical label of `field` as `format` prints it (`Breve descripción`), or the field name. */
export function fieldLabel(field: string, format?: string | null, language: Language = 'es'): string {
  return labelVariants(field, format, language)[0]
}

/** `{id, variants}` specs for label matching, one per field, in the order given. */
export function labelSpecs<F extends LabelledField>(fields: readonly F[], format?: string, language: Language = 'es'): Array<{id: F; variants: Spellings}> {
  return fields.map((id) => ({id, variants: labelVariants(id, format, language)}))
}

/** Every spelling of every field, in every language and format: `[spelling, field]`. */
export function allLabelSpellings(): Array<readonly [string, LabelledField]> {
  const all = (s: LanguageSpellings) => [...s.es, ...(s.en ?? []), ...(s.pt ?? [])]
  return (Object.entries(FIELD_LABELS) as Array<[LabelledField, FieldLabels]>).flatMap(([field, labels]) => [
    ...all(labels), ...Object.values(labels.byFormat ?? {}).flatMap((own) => (isList(own) ? own : all(own))),
  ].map((spelling) => [spelling, field] as const))
}
