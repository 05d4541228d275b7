/**
 * The tidy tables of the CSV export, in file order, described once: the CSV writer (csv.ts)
 * takes columns and rows from here, and datapackage.ts describes the same columns, keys and
 * vocabularies. One observation per row; list fields become long tables keyed by the record id.
 */
import {OTHER_TABLES} from './tables-other.js'
import {PRACTICE_TABLES} from './tables-practice.js'
import type {TableSpec} from './table-spec.js'

export type {Cell, Column, FieldType, TableSpec} from './table-spec.js'

export const TABLES: readonly TableSpec[] = [...PRACTICE_TABLES, ...OTHER_TABLES]
