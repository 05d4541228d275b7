/** The ten guiding principles of the Global Compact for Migration, by id (`people-centred`, …). */
import {GCM_PRINCIPLES} from './data/gcm-principles.js'

export type GuidingPrincipleId = (typeof GCM_PRINCIPLES)[number]['id']
export const GUIDING_PRINCIPLE_IDS = GCM_PRINCIPLES.map((p) => p.id) as [GuidingPrincipleId, ...GuidingPrincipleId[]]

/** The principle's label as the Migration Network Hub prints it, in Spanish (default) or English. */
export function guidingPrincipleLabel(id: GuidingPrincipleId, language: 'es' | 'en' = 'es'): string {
  const principle = GCM_PRINCIPLES.find((p) => p.id === id)!
  return language === 'en' ? principle.labelEn : principle.label
}
