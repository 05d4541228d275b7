/** The five action lines of the Sello Migrante, with their full names and the short forms sheets use. */
export const SELLO_LINES = [
  {id: 'politicas-locales', label: 'Políticas locales y trabajo colaborativo', short: 'Políticas locales'},
  {id: 'acceso-informacion', label: 'Acceso a la información y orientación integral', short: 'Acceso a la información'},
  {id: 'fortalecimiento-institucional', label: 'Fortalecimiento institucional', short: 'Fortalecimiento institucional'},
  {id: 'vinculacion-comunitaria', label: 'Vinculación comunitaria', short: 'Vinculación comunitaria'},
  {id: 'estrategias-formativas', label: 'Estrategias formativas y de sensibilización', short: 'Estrategias formativas'},
] as const

export type SelloLineId = (typeof SELLO_LINES)[number]['id']
export const SELLO_LINE_IDS = SELLO_LINES.map((l) => l.id) as [SelloLineId, ...SelloLineId[]]

export function selloLineLabel(id: SelloLineId): string {
  return SELLO_LINES.find((l) => l.id === id)!.label
}
