/**
 * The tables of PMM objectives and network reports: `pmm_objectives.csv`, `network_reports.csv`
 * and the long tables of a report (figures, members, commitments, tags) keyed by `report_id`.
 */
import type {NetworkReport, PmmObjective} from '../schema/records.js'
import {col, COUNTRY, listTable, OBJECTIVES, sourceColumns, table, type TableSpec} from './table-spec.js'

export const OTHER_TABLES: readonly TableSpec[] = [
  table<PmmObjective, PmmObjective>('pmm-objective', {
    name: 'pmm_objectives', description: 'Objectives of the Global Compact for Migration, as the handbook presents them', primaryKey: ['id'],
    columns: [
      col('id', 'string', 'Stable record id', (o) => o.id, {required: true}),
      col('number', 'integer', 'Objective number, 1–23', (o) => o.number, {required: true, enum: OBJECTIVES}),
      col('short_name', 'string', 'Icon label, e.g. DATOS', (o) => o.shortName, {required: true}),
      col('statement', 'string', 'Objective statement', (o) => o.statement, {required: true}),
      col('key_ideas', 'string', 'Ideas clave del compromiso', (o) => o.keyIdeas),
      col('local_actions', 'string', 'Acciones pertinentes orientadas a autoridades locales', (o) => o.localActions),
      ...sourceColumns<PmmObjective>(),
    ],
    rows: (o) => [o],
  }),
  table<NetworkReport, NetworkReport>('network-report', {
    name: 'network_reports', description: 'Reports of networks of cities (e.g. Ciudades Solidarias)', primaryKey: ['id'],
    columns: [
      col('id', 'string', 'Stable record id', (n) => n.id, {required: true}),
      col('initiative', 'string', 'Name of the initiative', (n) => n.initiative, {required: true}),
      col('country', 'string', 'ISO 3166-1 alpha-2 country code', (n) => n.country, {pattern: COUNTRY}),
      col('date', 'date', 'Date of the report (ISO 8601)', (n) => n.date),
      col('source_url', 'string', 'URL the report was published at', (n) => n.sourceUrl),
      ...sourceColumns<NetworkReport>(),
    ],
    rows: (n) => [n],
  }),
  table<NetworkReport, {id: string; position: number; value: number; label: string}>('network-report', {
    name: 'network_figures', description: 'Figures a report gives (`6 Convenios con …`)', primaryKey: ['report_id', 'position'], parent: {field: 'report_id', resource: 'network_reports'},
    columns: [
      col('report_id', 'string', 'Id of the report in network_reports.csv', (r) => r.id, {required: true}),
      col('position', 'integer', 'Order in the source, from 1', (r) => r.position, {required: true}),
      col('value', 'number', 'The number', (r) => r.value, {required: true}),
      col('label', 'string', 'What is counted', (r) => r.label, {required: true}),
    ],
    rows: (n) => n.figures.map((f, i) => ({id: n.id, position: i + 1, ...f})),
  }),
  table<NetworkReport, {id: string; position: number; name: string; admin1: string | null; country: string | null}>('network-report', {
    name: 'network_members', description: 'Member localities of the network', primaryKey: ['report_id', 'position'], parent: {field: 'report_id', resource: 'network_reports'},
    columns: [
      col('report_id', 'string', 'Id of the report in network_reports.csv', (r) => r.id, {required: true}),
      col('position', 'integer', 'Order in the source, from 1', (r) => r.position, {required: true}),
      col('name', 'string', 'Locality (municipality, department …)', (r) => r.name, {required: true}),
      col('admin1', 'string', 'First-level division it belongs to (department or region)', (r) => r.admin1),
      col('country', 'string', 'Country of the locality (ISO 3166-1 alpha-2)', (r) => r.country),
    ],
    rows: (n) => n.members.map((m, i) => ({id: n.id, position: i + 1, ...m})),
  }),
  listTable<NetworkReport>('network-report', 'network_commitments', 'report_id', 'network_reports', 'commitment', 'Commitment of the members', (n) => n.commitments),
  listTable<NetworkReport>('network-report', 'network_tags', 'report_id', 'network_reports', 'tag', 'Tag of the report', (n) => n.tags),
]
