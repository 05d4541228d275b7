/**
 * The labels of practice-repository pages (UN Migration Network Hub practice pages and pledge
 * forms, city-network, UNESCO, ILO and GFMD good-practice catalogues), per field, with their
 * spellings per language. A field is a record field (`description`, `pmmObjectives` …) or a
 * named part of the page kept in `metadata` (`contact`, `submission` …; see CATALOG_METADATA).
 *
 * Spellings are as printed; matching folds case and accents and tolerates small typos
 * (src/constructs/label-match.ts). A spelling that ends in `:` is a label only with its colon
 * (or a tab, or a value after it on the line): alone on a line, `Local`, `Start` or `Data` is
 * more likely a value (a geographic scope, a word, GCM objective 1 in English).
 * The same spelling may stand in two languages (`Objetivo`: es, pt).
 */

export interface LabelsByLanguage {
  es: readonly string[]
  en: readonly string[]
  pt: readonly string[]
}

export const CATALOG_LABELS = {
  title: {
    es: ['Título', 'Título de la práctica', 'Nombre de la práctica', 'Nombre de la buena práctica', 'Nombre de la iniciativa', 'Nombre del proyecto', 'Nombre del programa', 'Título del compromiso', 'Nombre del compromiso', 'Nombre de la experiencia', 'Título de la experiencia'],
    en: ['Title', 'Title of the practice', 'Practice title', 'Name of the practice', 'Name of the good practice', 'Title of the good practice', 'Name of the initiative', 'Project name', 'Project title', 'Name of the pledge', 'Pledge title', 'Name of practice', 'Practice name'],
    pt: ['Título', 'Título da prática', 'Nome da prática', 'Nome da boa prática', 'Título da boa prática', 'Nome da iniciativa', 'Nome do projeto', 'Nome do programa', 'Nome da experiência'],
  },
  description: {
    es: ['Resumen', 'Descripción', 'Breve descripción', 'Descripción breve', 'Descripción de la práctica', 'Descripción de la buena práctica', 'Resumen de la práctica', 'Acerca de la práctica', 'Sobre la práctica', 'Descripción del compromiso', 'Sírvase describir el compromiso', 'Presentación', 'Descripción general', 'Resumen ejecutivo'],
    en: ['Summary', 'Description', 'Brief description', 'Short description', 'Description of the practice', 'Practice description', 'Description of the good practice', 'Overview', 'About the practice', 'Abstract', 'Description of the pledge', 'Please describe the pledge', 'The Pitch', 'General description', 'Executive summary'],
    pt: ['Resumo', 'Descrição', 'Breve descrição', 'Descrição da prática', 'Descrição da boa prática', 'Sobre a prática', 'Apresentação', 'Descrição geral'],
  },
  objectives: {
    es: ['Objetivo', 'Objetivos', 'Objetivo de la práctica', 'Objetivos de la práctica', 'Objetivo general', 'Objetivos específicos', 'Objetivo principal', 'Objetivos principales', 'Propósito'],
    en: ['Aim', 'Aims', 'Aim of the Good Practice', 'Aim of the practice', 'Objective', 'Objectives', 'Objective of the practice', 'Objectives of the practice', 'Main objectives', 'Purpose', 'Goals of the practice'],
    pt: ['Objetivo', 'Objetivos', 'Objetivo da prática', 'Objetivos da prática', 'Objetivo geral', 'Objetivos específicos', 'Propósito'],
  },
  pmmObjectives: {
    es: ['Objetivos del PMM', 'Objetivo del PMM', 'Objetivos principales del PMM', 'Objetivos primarios del PMM', 'Objetivos secundarios del PMM', 'Objetivos PMM', 'Objetivos del PMM relacionados', 'Objetivos del Pacto Mundial para la Migración', 'Objetivos del Pacto Mundial', 'Objetivos del GCM',
      'Sírvase indicar el (los) objetivo(s) del Pacto Mundial para la Migración que este compromiso pretende promover'],
    en: ['GCM Objectives', 'GCM Objective', 'GCM Objective(s)', 'Primary GCM Objectives', 'Primary GCM Objective', 'Secondary GCM Objectives', 'Secondary GCM Objective', 'GCM objectives addressed', 'GCM objectives supported', 'Related GCM objectives', 'Global Compact for Migration objectives', 'Objectives of the Global Compact for Migration', 'GCM Thematic Cluster Areas',
      'Please select the main three GCM objectives the pledge is/are meant to support'],
    pt: ['Objetivos do PMM', 'Objetivos do Pacto Global para a Migração', 'Objetivos do Pacto Global', 'Objetivos do Pacto Mundial para a Migração', 'Objetivos do GCM'],
  },
  guidingPrinciples: {
    es: ['Principios Rectores del Pacto Mundial para la Migración', 'Principios rectores', 'Principios rectores del PMM', 'Principios rectores del Pacto Mundial', 'Temas transversales',
      'Sírvase indicar el (los) principio(s) rector(es) del Pacto Mundial para la Migración que resulta(n) especialmente pertinente(s) para este compromiso'],
    en: ['GCM Guiding Principles', 'GCM Guiding Principle', 'Guiding Principles', 'Guiding principles of the Global Compact for Migration', 'Cross-cutting themes',
      'Please indicate which GCM Guiding Principle is/are particularly relevant for the pledge'],
    pt: ['Princípios orientadores', 'Princípios orientadores do PMM', 'Princípios orientadores do Pacto Global', 'Princípios norteadores'],
  },
  sdgTargets: {
    es: ['Objetivos de Desarrollo Sostenible (ODS)', 'Objetivos de Desarrollo Sostenible', 'ODS', 'Metas de los ODS', 'Metas ODS', 'ODS relacionados', 'ODS vinculados', 'Metas de los Objetivos de Desarrollo Sostenible'],
    en: ['Sustainable Development Goals (SDGs)', 'Sustainable Development Goals', 'SDGs', 'SDG', 'SDG targets', 'SDG target', 'Related SDGs', 'Related Sustainable Development Goals', 'SDG targets addressed', '2030 Agenda migration-relevant and related target Labels'],
    pt: ['Objetivos de Desenvolvimento Sustentável (ODS)', 'Objetivos de Desenvolvimento Sustentável', 'ODS', 'Metas dos ODS', 'Metas ODS'],
  },
  dates: {
    es: ['Fechas', 'Fecha', 'Año:', 'Años:', 'Período de implementación', 'Periodo de implementación', 'Período de ejecución', 'Periodo de ejecución', 'Fechas de implementación', 'Vigencia', 'Plazo'],
    en: ['Dates', 'Date:', 'Year:', 'Years:', 'Year(s):', 'Implementation period', 'Period of implementation', 'Implementation dates', 'Timeframe', 'Time frame', 'Timeframe of the pledge', 'Period:', 'Years of implementation'],
    pt: ['Datas', 'Data:', 'Ano:', 'Anos:', 'Período de implementação', 'Período de execução', 'Vigência', 'Prazo'],
  },
  startDate: {
    es: ['Inicio:', 'Fecha de inicio', 'Año de inicio', 'Desde:'],
    en: ['Start:', 'Start date', 'Starting date', 'Start of Project', 'Start of the project', 'Beginning date', 'Start year', 'Year of start', 'Since:', 'Launch date'],
    pt: ['Início:', 'Data de início', 'Ano de início'],
  },
  endDate: {
    es: ['Fin:', 'Fecha de finalización', 'Fecha de término', 'Fecha de fin', 'Término:', 'Hasta:', 'Año de término', 'Año de finalización'],
    en: ['End:', 'End date', 'End of Project', 'End of the project', 'Completion date', 'End year', 'Until:'],
    pt: ['Fim:', 'Término:', 'Data de término', 'Data de conclusão', 'Data final', 'Ano de término'],
  },
  duration: {
    es: ['Duración'],
    en: ['Duration'],
    pt: ['Duração'],
  },
  practiceType: {
    es: ['Tipo de práctica', 'Tipo de iniciativa', 'Tipo de intervención', 'Naturaleza del compromiso', 'Naturaleza del compromiso (sírvase seleccionar)'],
    en: ['Type of practice', 'Practice type', 'Type of initiative', 'Type of intervention', 'Nature of the pledge'],
    pt: ['Tipo de prática', 'Tipo de iniciativa', 'Tipo de intervenção'],
  },
  country: {
    es: ['País', 'Países', 'País(es)', 'País(es) de implementación', 'País de implementación', 'Países de implementación', 'País de ejecución'],
    en: ['Country', 'Countries', 'Country(ies)', 'Country/ies', 'Country of implementation', 'Countries of implementation', 'Countries and areas', 'Implementing country'],
    pt: ['País', 'Países', 'País de implementação'],
  },
  place: {
    es: ['Local:', 'Localidad', 'Localidades', 'Ciudad', 'Ciudades', 'Nombre de la ciudad', 'Ciudad/Municipio', 'Municipio', 'Municipios', 'Municipalidad', 'Comuna', 'Lugar', 'Lugar de implementación', 'Ubicación', 'Localización'],
    en: ['Location', 'Locations', 'City', 'Cities', 'Name of the city', 'City/Municipality', 'Municipality', 'Municipalities', 'Place', 'Locality', 'Local authority'],
    pt: ['Local:', 'Localidade', 'Cidade', 'Cidades', 'Nome da cidade', 'Município', 'Municípios', 'Município/UF', 'Localização'],
  },
  admin1: {
    es: ['Departamento:', 'Provincia:', 'Estado:'],
    en: ['State:', 'Province:', 'Department:'],
    pt: ['Estado:', 'UF:'],
  },
  priorityGroup: {
    es: ['Grupo meta', 'Grupo objetivo', 'Grupos objetivo', 'Población objetivo', 'Población beneficiaria', 'Población destinataria', 'Beneficiarios', 'Beneficiarias', 'Beneficiarios clave', 'Principales beneficiarios', 'Grupo destinatario', 'Público objetivo', 'Destinatarios', 'Grupo prioritario', 'Beneficiarios directos', 'Personas beneficiarias', 'Población meta'],
    en: ['Target group', 'Target groups', 'Target population', 'Beneficiaries', 'Key beneficiaries', 'Main beneficiaries', 'Direct beneficiaries', 'Who benefits', 'Target audience', 'Beneficiary population'],
    pt: ['Público-alvo', 'Público alvo', 'Beneficiários', 'População beneficiada', 'População beneficiária', 'Grupo-alvo', 'Grupo prioritário', 'Beneficiários diretos', 'População-alvo'],
  },
  partners: {
    es: ['Socios', 'Socios implementadores', 'Socios de implementación', 'Aliados', 'Aliados estratégicos', 'Alianzas', 'Organizaciones asociadas', 'Entidades asociadas', 'Entidades participantes', 'Instituciones participantes', 'Organizaciones participantes', 'Actores involucrados', 'Otros socios', 'Socios estratégicos', 'Entidades aliadas', 'Instituciones aliadas'],
    en: ['Partners', 'Implementing partners', 'Partner organizations', 'Partner organisations', 'Key partners', 'Main partners', 'Partnerships', 'Other partners', 'Participating States and Actors', 'Stakeholders involved', 'Collaborating organizations', 'Partner institutions', 'Strategic partners'],
    pt: ['Parceiros', 'Parcerias', 'Instituições parceiras', 'Organizações parceiras', 'Entidades parceiras', 'Atores envolvidos', 'Parceiros estratégicos', 'Instituições envolvidas'],
  },
  responsible: {
    es: ['Entidad responsable', 'Organización responsable', 'Institución responsable', 'Organismo responsable', 'Entidad implementadora', 'Organización implementadora', 'Entidad ejecutora', 'Institución ejecutora', 'Entidad proponente', 'Implementado por', 'Presentado por', 'Responsable', 'Responsables', 'Signatario',
      'Nombre del Estado o agente que presenta el compromiso (sírvase indicar el sitio web, si lo hay)', 'Nombre del Estado o agente que presenta el compromiso'],
    en: ['Implementing entity', 'Implementing organization', 'Implementing organisation', 'Implementing agency', 'Lead organization', 'Lead organisation', 'Lead entity', 'Lead agency', 'Lead implementer', 'Main implementer', 'Submitting entity', 'Responsible entity', 'Implemented by', 'Submitted by', 'Organization', 'Organisation',
      'Official Name of Signatory', 'Signatory', 'Name of entity submitting the pledge'],
    pt: ['Entidade responsável', 'Organização responsável', 'Instituição responsável', 'Órgão responsável', 'Instituição proponente', 'Implementado por', 'Responsável', 'Proponente', 'Governo local'],
  },
  funding: {
    es: ['Financiamiento', 'Financiación', 'Fuente de financiamiento', 'Fuentes de financiamiento', 'Forma de financiamiento', 'Presupuesto'],
    en: ['Funding', 'Funding source', 'Source of funding', 'Sources of funding', 'Financing', 'Budget', 'Donors', 'Funded by'],
    pt: ['Financiamento', 'Fonte de financiamento', 'Fontes de financiamento', 'Orçamento'],
  },
  results: {
    es: ['Resultados', 'Resultados clave', 'Principales resultados', 'Resultados obtenidos', 'Resultados alcanzados', 'Resultados esperados', 'Logros', 'Impacto', 'Impactos', 'Resultados e impacto', 'Logros y resultados'],
    en: ['Results', 'Key results', 'Main results', 'Results achieved', 'Outcomes', 'Key outcomes', 'Impact', 'Impacts', 'Expected Impact', 'The Impact', 'Achievements', 'Results and impact', 'Outcomes and impact'],
    pt: ['Resultados', 'Principais resultados', 'Resultados alcançados', 'Impacto', 'Impactos', 'Conquistas', 'Resultados e impactos'],
  },
  activities: {
    es: ['Actividades', 'Principales actividades', 'Actividades principales', 'Acciones', 'Acciones principales', 'Elementos clave', 'Componentes', 'Metodología', 'Implementación'],
    en: ['Activities', 'Key activities', 'Main activities', 'Actions', 'Key elements', 'Components', 'Methodology', 'Implementation', 'The Process'],
    pt: ['Atividades', 'Principais atividades', 'Ações', 'Ações principais', 'Componentes', 'Metodologia', 'Implementação'],
  },
  innovation: {
    es: ['Innovación', 'Elementos innovadores', 'Elemento innovador', 'Carácter innovador', 'Aspectos innovadores'],
    en: ['Innovation', 'Innovative elements', 'Innovative aspects', 'Innovative approach', 'What makes it innovative', 'Innovative features'],
    pt: ['Inovação', 'Caráter inovador', 'Elementos inovadores', 'Aspectos inovadores'],
  },
  sustainability: {
    es: ['Sostenibilidad', 'Sostenibilidad de la práctica'],
    en: ['Sustainability'],
    pt: ['Sustentabilidade'],
  },
  legalBasis: {
    es: ['Marco legal', 'Marco normativo', 'Marco jurídico', 'Base legal', 'Normativa'],
    en: ['Legal basis', 'Legal framework', 'Policy framework'],
    pt: ['Marco legal', 'Marco normativo', 'Base legal', 'Legislação'],
  },
  sourceUrl: {
    es: ['Sitio web', 'Página web', 'Enlace', 'Enlaces', 'Más información', 'Fuente', 'URL'],
    en: ['Website', 'Web site', 'Link', 'Links', 'More information', 'Source', 'Source URL', 'URL'],
    pt: ['Site', 'Página', 'Link', 'Links', 'Mais informações', 'Fonte'],
  },
  // ── named parts of the page kept in metadata ──
  region: {
    es: ['Regiones', 'Región', 'Subregión', 'Subregiones', 'Región de implementación'],
    en: ['Region', 'Regions', 'Subregion', 'Sub-region', 'Region of implementation'],
    pt: ['Região', 'Regiões', 'Sub-região'],
  },
  otherCountry: {
    es: ['Otro país de implementación', 'Otros países'],
    en: ['Other country of implementation', 'Other countries'],
    pt: ['Outro país de implementação', 'Outros países'],
  },
  geographicScope: {
    es: ['Alcance geográfico', 'Ámbito geográfico', 'Ámbito de implementación', 'Nivel de implementación', 'Alcance'],
    en: ['Geographic Scope', 'Geographical scope', 'Geographical Relevance', 'Scope', 'Level of implementation'],
    pt: ['Abrangência', 'Abrangência geográfica', 'Âmbito geográfico', 'Escala'],
  },
  context: {
    es: ['Contexto', 'Antecedentes', 'Justificación', 'Contexto y justificación', 'Problema', 'Problemática'],
    en: ['Context', 'Background', 'Rationale', 'Context and rationale', 'Problem', 'The Problem', 'Challenge addressed'],
    pt: ['Contexto', 'Justificativa', 'Contexto e justificativa', 'Problema', 'Antecedentes'],
  },
  lessons: {
    es: ['Lecciones aprendidas', 'Desafíos', 'Retos', 'Dificultades', 'Obstáculos', 'Recomendaciones', 'Desafíos y lecciones aprendidas'],
    en: ['Lessons learned', 'Lessons learnt', 'Challenges', 'Challenges and lessons learned', 'Recommendations', 'Key learnings'],
    pt: ['Lições aprendidas', 'Desafios', 'Dificuldades', 'Recomendações'],
  },
  replicability: {
    es: ['Replicabilidad', 'Replicabilidad y escalabilidad', 'Potencial de réplica'],
    en: ['Replicability', 'Replicability and scalability', 'Scalability', 'Potential for replication'],
    pt: ['Replicabilidade', 'Potencial de replicação'],
  },
  thematic: {
    es: ['Área temática', 'Áreas temáticas', 'Tema', 'Temas', 'Etiquetas', 'Palabras clave', 'Categoría', 'Categorías', 'Dimensión', 'Sector'],
    en: ['Thematic area', 'Thematic areas', 'Topic', 'Topics', 'Theme', 'Themes', 'Tags', 'Keywords', 'Category', 'Categories', 'Sector'],
    pt: ['Área temática', 'Áreas temáticas', 'Tema', 'Temas', 'Palavras-chave', 'Categoria', 'Dimensão', 'Dimensão de governança'],
  },
  contact: {
    es: ['Contacto', 'Persona de contacto', 'Nombres y apellidos', 'Puesto que ocupa', 'Cargo:', 'Correo electrónico', 'Dirección de correo electrónico', 'Teléfono'],
    en: ['Contact', 'Contact person', 'Contact information', 'Full name', 'Position:', 'Email', 'E-mail', 'Email Address', 'Secondary contact person', 'Secondary email', 'Phone'],
    pt: ['Contato', 'Pessoa de contato', 'E-mail', 'Telefone', 'Cargo:'],
  },
  mayor: {
    es: ['Alcalde', 'Alcaldesa', 'Intendente', 'Intendenta'],
    en: ['Mayor'],
    pt: ['Prefeito', 'Prefeita'],
  },
  population: {
    es: ['Población:', 'Tamaño de la población', 'Rango de tamaño demográfico', 'Número de habitantes'],
    en: ['Range of Demographic Size', 'Population:', 'Population size', 'Demographic size'],
    pt: ['População:', 'Número de habitantes', 'Porte do município'],
  },
  delegation: {
    es: ['Delegación'],
    en: ['Delegation'],
    pt: ['Delegação'],
  },
  published: {
    es: ['Actualizado el', 'Última actualización', 'Fecha de publicación', 'Publicado el', 'Publicado:', 'Fecha de envío'],
    en: ['Updated on', 'Last updated', 'Date Shared', 'Published:', 'Publication date', 'Date published', 'Posted on'],
    pt: ['Atualizado em', 'Última atualização', 'Data de publicação', 'Publicado em'],
  },
  submission: {
    es: ['Tipo de compromiso', 'Tipo de compromiso (sírvase seleccionar)', 'Número de envío', 'Creado:', 'Completado:', 'Modificado:', 'Idioma:'],
    en: ['Submission Number', 'Submission ID', 'Submission UUID', 'Submission URI', 'Created:', 'Completed:', 'Changed:', 'Remote IP address', 'Language:', 'Is draft', 'Flagged:',
      'Pledging entity', 'Type of pledge', 'Type of pledge (please select)', 'Name of the matched pledge', 'ID of the matched pledge',
      'Is the country of the pledging entity a GCM Champion country?', 'Is this a mirror pledge (pledge is also relevant to the Global Compact on Refugees) ?'],
    pt: ['Tipo de compromisso', 'Criado:', 'Idioma:'],
  },
  attachments: {
    es: ['Anexos', 'Documentos', 'Adjuntos', 'Documentos de apoyo'],
    en: ['Attachments', 'Attachment', 'Supporting documents', 'Documents', 'Files'],
    pt: ['Anexos', 'Documentos'],
  },
} as const satisfies Record<string, LabelsByLanguage>

export type CatalogLabelId = keyof typeof CATALOG_LABELS

/** Label ids whose value is kept in `metadata.fields` (named parts of the page, no record field). */
export const CATALOG_METADATA = [
  'region', 'otherCountry', 'geographicScope', 'context', 'lessons', 'replicability', 'thematic', 'contact', 'mayor',
  'population', 'delegation', 'published', 'submission', 'attachments', 'admin1',
] as const satisfies readonly CatalogLabelId[]

/**
 * Labels a teaser of another practice repeats (`GCM Objectives` under each item of a
 * `Latest content` list): they do not end such a list of page furniture.
 */
export const TEASER_LABELS: readonly CatalogLabelId[] = ['pmmObjectives', 'guidingPrinciples', 'sdgTargets']

/** Values that stand for no value: a form's `{Empty}`, `N/A`, a dash. */
export const EMPTY_VALUES: readonly string[] = ['{empty}', '{vacio}', 'n/a', 'na', '-', '–', '—', 'none', 'ninguno', 'ninguna', 'no aplica', 'nao se aplica', 'not applicable']

/** Words of a date range that say the practice is still running: `2019 - Presente`, `End: Currently in force`. */
export const ONGOING_WORDS: readonly string[] = [
  'presente', 'present', 'actualidad', 'la actualidad', 'a la fecha', 'hasta la fecha', 'en curso', 'en ejecucion', 'vigente', 'en vigor',
  'ongoing', 'on-going', 'to date', 'current', 'currently', 'currently in force', 'in force', 'continuing', 'today', 'now',
  'atualmente', 'em andamento', 'em curso', 'ate o momento', 'em vigor', 'ate hoje', 'permanente', 'permanent',
]

/** Words that say there is no closing date yet: `End of Project: To be confirmed`. */
export const OPEN_END_WORDS: readonly string[] = [
  'to be confirmed', 'tbc', 'tbd', 'to be determined', 'no end date', 'open-ended', 'open ended', 'indefinite',
  'por confirmar', 'por definir', 'sin fecha de termino', 'sin fecha de finalizacion', 'indefinido', 'indefinida',
  'a definir', 'a confirmar', 'sem data de termino', 'indeterminado',
]

/** Words that say the practice has ended: `Finalizado`, `Completed`. */
export const ENDED_WORDS: readonly string[] = [
  'finalizado', 'finalizada', 'terminado', 'terminada', 'concluido', 'concluida', 'cerrado', 'cerrada',
  'completed', 'concluded', 'ended', 'closed', 'finished', 'encerrado', 'encerrada',
]

/** Words before a year that make it a start with no closing year: `Desde 2019`, `Since 2018`. */
export const SINCE_WORDS: readonly string[] = ['desde', 'a partir de', 'since', 'from', 'a partir del', 'desde el ano']

/**
 * Function words that tell the language of a text when its labels do not (each folded, as
 * whole words): a page is in the language whose words it uses most.
 */
export const LANGUAGE_WORDS = {
  es: ['el', 'los', 'las', 'del', 'para', 'con', 'una', 'por', 'que', 'como', 'sus', 'personas', 'migrantes'],
  en: ['the', 'and', 'of', 'to', 'with', 'for', 'is', 'are', 'this', 'that', 'people', 'migrants'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'para', 'com', 'uma', 'pelo', 'pela', 'nao', 'sao', 'pessoas', 'migrantes'],
} as const
