/**
 * Where a practice is: its country and the localities in its scope.
 *
 *   País: Perú                         → country PE
 *   Local: Lima Metropolitana, Perú    → place Lima, PE, Lima  (a part that is a country or a division is a hint)
 *   Country of implementation: Colombia (100)
 *   … in the name of the City of Barranquilla   (responsible)   → place Barranquilla, CO, Atlántico
 *   Centro de Integración … de Barranquilla     (title, country known) → place Barranquilla
 *
 * Without a country label the country comes from the places, else from a country the title
 * names (each an inference, reported as info; not applied under --no-repair).
 */
import type {ParseContext} from '../context.js'
import {withoutTermId, type Countries} from '../../normalize/countries.js'
import {stripLocalGovernment, type PlaceResult, type Places, type ResolvedPlace} from '../../normalize/places.js'
import type {Municipality, PlaceEntry} from '../../schema/records.js'
import {fold, stripAccents} from '../../text/fold.js'
import {LOCAL_GOVERNMENT_PREFIXES, NOT_A_COUNTRY} from '../../vocab/geo-words.js'
import {itemPlace, splitItems, subItem, type Item} from './items.js'
import {escapeRegExp} from '../../text/regexp.js'

export interface Geography {
  country: string | null
  /** Every country the labels name, in order (the first is `country`). */
  countries: string[]
  places: PlaceEntry[]
  municipality: Municipality | null
  /** Items the readers used (their lines are placed) and items no reader understood. */
  used: Item[]
  unknown: Item[]
}

export interface GeographyInput {
  countryItems: readonly Item[]
  placeItems: readonly Item[]
  /** Division names the page gives (`Estado: Rio Grande do Sul`, `Región: Valparaíso`). */
  admin1Hints: readonly string[]
  /** Texts that may name the local government (`City of X`): the responsible entity, the title. */
  governments: readonly Item[]
  title: Item | null
}

interface Resolved {
  entry: PlaceEntry
  place: ResolvedPlace | null
}

export function readGeography(ctx: ParseContext, input: GeographyInput, countries: Countries, places: Places): Geography {
  const out: Geography = {country: null, countries: [], places: [], municipality: null, used: [], unknown: []}
  for (const item of input.countryItems) {
    const whole = countries.find(item.text)
    const pieces = whole || isScope(item.text) ? [item] : splitItems([item], /\s*[;,/]\s*|\s+(?:y|and|e)\s+/g)
    for (const piece of pieces) {
      const found = countries.find(piece.text)
      if (found) {
        if (!out.countries.includes(found.code)) out.countries.push(found.code)
        out.used.push(piece)
      } else if (isScope(piece.text)) out.used.push(piece)
      else out.unknown.push(piece)
    }
  }
  const labelled = out.countries[0] ?? null
  const resolved: Resolved[] = []
  for (const item of splitItems(input.placeItems, /\s*;\s*/g)) {
    const read = readPlaceItem(ctx, item, labelled, input.admin1Hints, countries, places)
    if (read.length === 0) out.unknown.push(item)
    else { for (const place of read) resolved.push(place); out.used.push(item) }
  }
  if (resolved.length === 0) for (const place of inferPlaces(ctx, input, labelled, countries, places)) resolved.push(place)
  out.places = resolved.map((r) => r.entry)
  out.country = labelled ?? inferCountry(ctx, input, resolved, countries)
  if (out.country) for (const place of out.places) place.country ??= out.country
  const only = resolved.length === 1 ? resolved[0]!.place : null
  if (only) out.municipality = only.municipality ?? {name: only.name, code: null, region: only.admin1}
  return out
}

function isScope(text: string): boolean {
  return NOT_A_COUNTRY.includes(fold(withoutTermId(text)).trim())
}

/**
 * `Lima Metropolitana, Perú` · `Medellín, Antioquia` · `Bogotá, Medellín y Cali`: the first part
 * is a locality; later parts are a country, a division, or more localities.
 */
function readPlaceItem(ctx: ParseContext, item: Item, country: string | null, hints: readonly string[], countries: Countries, places: Places): Resolved[] {
  const parts = splitItems([item], /\s*,\s*/g)
  let hintCountry = country
  const names: Item[] = []
  let admin1: string | null = null
  for (const [i, part] of parts.entries()) {
    const named = i > 0 ? countries.find(part.text) : null
    if (named) { hintCountry ??= named.code; continue }
    const division = i > 0 && hintCountry ? places.admin1(part.text, hintCountry) : null
    if (division) { admin1 = division; continue }
    names.push(part)
  }
  if (names.length === 0) return []
  const divisionHint = admin1 ?? hints.map((h) => (hintCountry ? places.admin1(h, hintCountry) : null)).find((h) => h) ?? null
  return names.flatMap((name) => resolveNames(ctx, name, hintCountry, divisionHint, places))
}

/** One name, or `A y B` split when the whole is unknown and every part is known; `Porto Alegre/RS` without its state's code. */
function resolveNames(ctx: ParseContext, item: Item, country: string | null, admin1: string | null, places: Places): Resolved[] {
  const whole = places.resolve({name: item.text, country, admin1})
  if (!('unknown' in whole)) return [resolvedEntry(ctx, item, whole, country, admin1)]
  const coded = STATE_CODE.exec(item.text)
  if (coded) {
    const bare = {...item, text: coded[1]!}
    const result = places.resolve({name: bare.text, country, admin1})
    if (!('unknown' in result)) return [resolvedEntry(ctx, bare, result, country, admin1)]
  }
  const parts = splitItems([item], /\s+(?:y|e|and|&)\s+/g)
  if (parts.length > 1) {
    const each = parts.map((p) => places.resolve({name: p.text, country, admin1}))
    if (each.every((r) => 'found' in r)) return parts.map((p, i) => resolvedEntry(ctx, p, each[i]!, country, admin1))
  }
  return [resolvedEntry(ctx, item, whole, country, admin1)]
}

const STATE_CODE = /^(.+?)\s*(?:\/|\s[-–]\s|\()\s*[A-Z]{2}\)?$/

function resolvedEntry(ctx: ParseContext, item: Item, result: PlaceResult, country: string | null, admin1: string | null): Resolved {
  const written = stripLocalGovernment(item.text)
  const at = itemPlace(item)
  if ('found' in result) {
    const found = result.found
    if (found.how === 'exact') return {entry: {name: found.name, country: found.country, admin1: found.admin1}, place: found}
    if (ctx.options.repair) {
      ctx.messages.report('place/normalized', `Unexpected place \`${written}\`, expected \`${found.name}\` (${found.country}${found.admin1 ? `, ${found.admin1}` : ''}); read as \`${found.name}\``, at,
        {actual: written, expected: found.name})
      return {entry: {name: found.name, country: found.country, admin1: found.admin1}, place: found}
    }
    ctx.messages.report('place/normalized', `Unexpected place \`${written}\`, expected \`${found.name}\` (${found.country}); not repaired: --no-repair`, at, {actual: written, expected: found.name})
    return {entry: {name: written, country, admin1}, place: null}
  }
  if ('ambiguous' in result) {
    const options = result.ambiguous.map((o) => `${o.country}${o.admin1 ? ` (${o.admin1})` : ''}`)
    const countriesOf = [...new Set(result.ambiguous.map((o) => o.country))]
    ctx.messages.report('place/ambiguous', `Unexpected place \`${written}\` found in several places (${options.slice(0, 5).join(', ')}${options.length > 5 ? ', …' : ''}), expected a country or division to tell them apart; division left empty`, at,
      {actual: written})
    return {entry: {name: written, country: country ?? (countriesOf.length === 1 ? countriesOf[0]! : null), admin1}, place: null}
  }
  ctx.messages.report('place/unknown', `Unexpected place \`${written}\`, expected a locality of the gazetteers (Latin America and the Caribbean); kept as written`, at, {actual: written})
  return {entry: {name: written, country, admin1}, place: null}
}

/** Capitalised words of a name after a local-government prefix: `City of São Paulo`, `Alcaldía de Bogotá D.C.`. */
const NAME_AFTER = String.raw`((?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:(?:de|del|la|las|los|do|da|dos|das|el)\s+)?\p{Lu}[\p{L}.'’-]*){0,4})`
/** The prefixes, tried on the text folded to lower case (same length for Latin letters). */
const GOVERNMENT = new RegExp(`(?:^|[^a-z])(?:${[...LOCAL_GOVERNMENT_PREFIXES].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})\\s+`, 'g')
const NAME_START = new RegExp(`^${NAME_AFTER}`, 'u')
/** A title that ends with the place: `… para Migrantes de Barranquilla`, `… en Lima Metropolitana`. */
const TITLE_END = new RegExp(`\\s(?:en|de|del|in|em|da|do|of)\\s+${NAME_AFTER}\\s*[.)]?\\s*$`, 'u')

/** Places the texts name without a place label, each an inference. */
function inferPlaces(ctx: ParseContext, input: GeographyInput, country: string | null, countries: Countries, places: Places): Resolved[] {
  const candidates: Array<{item: Item; from: string}> = []
  for (const text of input.governments) {
    for (const m of stripAccents(text.text).matchAll(GOVERNMENT)) {
      const at = m.index + m[0].length
      const name = NAME_START.exec(text.text.slice(at))?.[1]
      if (name) candidates.push({item: {text: name, line: text.line, start: text.start + at}, from: 'government'})
    }
  }
  // The end of the title is read only with a country to look the name up in.
  const end = input.title && country ? TITLE_END.exec(input.title.text) : null
  if (end && input.title) {
    const from = end.index + end[0].indexOf(end[1]!)
    candidates.push({item: subItem(input.title, from, from + end[1]!.length), from: 'title'})
  }
  for (const {item, from} of candidates) {
    if (countries.find(item.text)) continue
    const result = places.resolve({name: item.text, country})
    if (!('found' in result)) continue
    const found = result.found
    const at = itemPlace(item)
    const what = from === 'government' ? 'the local government it names' : 'the end of the title'
    if (!ctx.options.repair) {
      ctx.messages.report('catalog/place-inferred', `Unexpected practice without a place label, expected \`Local:\` or \`City:\`; \`${found.name}\` (${found.country}) in ${what} not applied: --no-repair`, at, {actual: item.text, expected: found.name})
      return []
    }
    ctx.messages.report('catalog/place-inferred', `Unexpected practice without a place label, expected \`Local:\` or \`City:\`; place \`${found.name}\` (${found.country}${found.admin1 ? `, ${found.admin1}` : ''}) read from ${what}`, at,
      {actual: item.text, expected: found.name})
    return [{entry: {name: found.name, country: found.country, admin1: found.admin1}, place: found}]
  }
  return []
}

function inferCountry(ctx: ParseContext, input: GeographyInput, resolved: readonly Resolved[], countries: Countries): string | null {
  const fromPlaces = [...new Set(resolved.map((r) => r.entry.country).filter((c): c is string => c !== null))]
  if (fromPlaces.length === 1) {
    const first = resolved.find((r) => r.entry.country === fromPlaces[0])!
    report(ctx, fromPlaces[0]!, `the place \`${first.entry.name}\``, input.title, countries)
    return ctx.options.repair ? fromPlaces[0]! : null
  }
  if (!input.title) return null
  const named = countries.mentions(input.title.text)
  if (named.length !== 1) return null
  const mention = named[0]!
  const at = itemPlace(input.title, mention.start, mention.end)
  const how = ctx.options.repair ? `country \`${mention.code}\` read from \`${mention.text}\` in the title` : `the title names \`${mention.text}\` (${mention.code}), not applied: --no-repair`
  ctx.messages.report('catalog/country-inferred', `Unexpected practice without a country label, expected \`País:\` or \`Country:\`; ${how}`, at, {actual: mention.text, expected: mention.code})
  return ctx.options.repair ? mention.code : null
}

function report(ctx: ParseContext, code: string, from: string, title: Item | null, countries: Countries): void {
  const at = title ? itemPlace(title) : {line: 1, column: 1, endLine: 1, endColumn: 1}
  const how = ctx.options.repair ? `country \`${code}\` (${countries.name(code)}) read from ${from}` : `${from} is in \`${code}\`, not applied: --no-repair`
  ctx.messages.report('catalog/country-inferred', `Unexpected practice without a country label, expected \`País:\` or \`Country:\`; ${how}`, at, {expected: code})
}
