/**
 * Evidence that a document is a practice-repository page (`catalog`), on the folded text (lower
 * case, no accents): the labels of Hub practice pages and pledge forms in Spanish, English and
 * Portuguese, and those of other good-practice catalogues. Labels are anchored at the start of a
 * line, so prose that mentions them (a handbook on the Global Compact, a news release) does not
 * count; a ficha's `Fechas de implementación` is not `Fechas`.
 */
import type {Signal} from '../format.js'

// Runs of blanks are written so that a run is split one way only (`[ \t]*(?::[ \t]*)?`, not
// `[ \t]*:?[ \t]*`, which tries every split of a long run of tabs on every line).
const LINE = String.raw`^[ \t]*`
const END = String.raw`[ \t]*(?::|$)`

export const CATALOG_SIGNALS: readonly Signal[] = [
  {name: '`Repositorio de Prácticas` / `Repository of Practices`', pattern: new RegExp(`${LINE}(?:repositorio de practicas|repository of practices|repositorio de praticas)[ \\t]*$`, 'm'), weight: 2},
  {name: 'GCM objectives label (`Objetivos del PMM`, `Primary GCM Objectives`)', pattern: new RegExp(`${LINE}(?:(?:primary |secondary )?gcm objectives?|objetivos (?:principales |secundarios )?del pmm|objetivos do (?:pmm|pacto global)|gcm thematic cluster areas)${END}`, 'm'), weight: 3},
  {name: 'guiding principles label', pattern: new RegExp(`${LINE}(?:gcm guiding principles|guiding principles|principios rectores(?: del pacto mundial para la migracion)?|principios orientadores)${END}`, 'm'), weight: 3},
  {name: '`Tipo de práctica` / `Type of practice`', pattern: new RegExp(`${LINE}(?:tipo de practica|type of practice|tipo de pratica)${END}`, 'm'), weight: 4},
  {name: 'SDG label (`Objetivos de Desarrollo Sostenible (ODS)`)', pattern: new RegExp(`${LINE}(?:objetivos de desarrollo sostenible|sustainable development goals|objetivos de desenvolvimento sustentavel)(?: \\((?:ods|sdgs)\\))?${END}`, 'm'), weight: 2},
  {name: '`Fechas` / `Dates` with a year range', pattern: /^[ \t]*(?:fechas|dates|datas)[ \t]*(?::[ \t]*)?(?:\n[ \t]*)?(?:19|20)\d\d[ \t]*[-–][ \t]*(?:presente|present|(?:19|20)\d\d)/m, weight: 2},
  {name: 'geographic scope label (`Alcance geográfico`, `Geographic Scope`, `Local:`)', pattern: new RegExp(`${LINE}(?:alcance geografico|geographic(?:al)? scope|geographical relevance|abrangencia geografica|local:|pais:|country:|regiones:|subregion:)`, 'm'), weight: 1},
  {name: 'pledge form (`Name of entity submitting the pledge`, `Country of implementation`)', pattern: /name of entity submitting the pledge|submitting in the name of|^[ \t]*(?:pledging entity|country of implementation|titulo del compromiso|name of the pledge)[ \t]*:/m, weight: 4},
  {name: 'pledge page labels (`Pledging entity`, `Type of pledge`, `Nature of the pledge`)', pattern: /^[ \t]*(?:pledging entity|type of pledge|nature of the pledge|pledge type|tipo de compromiso|naturaleza del compromiso)\b/m, weight: 3},
  {name: '`Updated on:` (a repository page)', pattern: /^[ \t]*(?:updated on|actualizado el|atualizado em)[ \t]*:/m, weight: 1},
  {name: 'form submission details (`Submission Number:`)', pattern: /^[ \t]*submission (?:number|id|uuid)[ \t]*:/m, weight: 2},
  {name: 'good-practice catalogue labels (`Aim of the Good Practice`, `Target Group`, `Público-alvo` …)', pattern: new RegExp(`${LINE}(?:aim of the good practice|target group|implementation period|periodo de implementacao|periodo de implementacion|publico-alvo|publico alvo|official name of signatory|range of demographic size|parceiros|key beneficiaries|implementing partners|date shared)${END}`, 'm'), weight: 3},
  {name: 'practice name label (`Title of the practice:`, `Nombre de la práctica:`, `Nome da prática:`)', pattern: new RegExp(`${LINE}(?:title of the practice|name of the (?:good )?practice|practice title|nombre de la (?:buena )?practica|titulo de la practica|nome da (?:boa )?pratica|titulo da pratica)${END}`, 'm'), weight: 2},
  {name: 'description of the practice label', pattern: new RegExp(`${LINE}(?:description of the practice|descripcion de la practica|descricao da pratica)${END}`, 'm'), weight: 2},
  {name: 'partners or thematic area label (`Partners:`, `Socios:`, `Área temática:`)', pattern: /^[ \t]*(?:partners|socios|parceiros|thematic areas?|areas? tematicas?)[ \t]*:/m, weight: 1},
  {name: '`Skip to main content` (a web page)', pattern: /^[ \t]*(?:skip to main content|saltar al contenido principal|pular para o conteudo principal)[ \t]*$/m, weight: 1},
]
