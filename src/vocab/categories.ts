/** Category ids of the ficha checkbox grid, with the Spanish labels printed on the sheets. */
export const CATEGORIES = [
  {id: 'sociolaboral', label: 'Sociolaboral'},
  {id: 'acogida-atencion', label: 'Acogida/atención'},
  {id: 'emprendimiento', label: 'Emprendimiento'},
  {id: 'capacitaciones', label: 'Capacitaciones'},
  {id: 'cooperativas', label: 'Cooperativas'},
  {id: 'intermediacion-laboral', label: 'Intermediación laboral'},
  {id: 'nna', label: 'NNA'},
  {id: 'otra', label: 'Otra'},
] as const

export type CategoryId = (typeof CATEGORIES)[number]['id']
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]]

export function categoryLabel(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)!.label
}
