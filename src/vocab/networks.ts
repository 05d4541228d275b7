/**
 * The networks and recognitions the `solidarias` reader knows, and the words of a release that
 * say a local government joined one, signed with it or received it. All folded.
 */

/** Canonical initiative names and the spellings that mean them (es, pt, en). */
export const INITIATIVES: ReadonlyArray<{name: string; variants: readonly string[]}> = [
  {name: 'Ciudades Solidarias', variants: [
    'ciudades solidarias', 'ciudad solidaria', 'cidades solidarias', 'cidade solidaria', 'solidarity cities', 'solidarity city',
    'regiones solidarias', 'region solidaria', 'regioes solidarias', 'regiao solidaria',
  ]},
  {name: 'Sello Migrante', variants: ['sello migrante', 'selo migrante', 'migrant seal']},
]

/**
 * Other networks of local governments on migration: the record keeps the name as written.
 * Longer names first (`Ciudades Incluyentes, Comunidades Solidarias` before `Ciudades Incluyentes`).
 */
export const OTHER_NETWORKS: readonly string[] = [
  'ciudades incluyentes, comunidades solidarias', 'ciudades incluyentes', 'migracidades', 'cities #withrefugees',
  'ciudades #conlosrefugiados', 'cidades #comosrefugiados', 'red de ciudades interculturales', 'ciudades interculturales',
]

/**
 * Words that make a sentence about membership: joining, signing, receiving, being recognised
 * (stems; a word may go on: `firm` → `firmó`, `firmaron`).
 */
export const MEMBERSHIP_CUES: readonly string[] = [
  // es
  'se sum', 'se unio', 'se unieron', 'se incorpor', 'incorpora', 'se adhi', 'adhiri', 'adhesion', 'firm', 'suscrib',
  'recibi', 'recibe', 'obtuv', 'obtien', 'obtenid', 'otorg', 'entreg', 'certific', 'reconoc', 'integra', 'forma parte',
  'forman parte', 'formo parte', 'se convirti', 'hizo parte', 'revalid', 'nuevos miembros', 'nuevo miembro', 'miembro',
  'reune', 'alcanza', 'cuenta con', 'formaliz',
  // pt
  'aderi', 'adesao', 'adesoes', 'assin', 'recebe', 'obteve', 'incorpor', 'passou a fazer parte', 'faz parte', 'fazem parte',
  'reconhec', 'novos membros', 'novo integrante', 'atinge', 'conta com',
]

/** Who signs or receives: local governments and their heads, before `de <Place>` (folded). */
export const LOCAL_GOVERNMENT_NOUNS: readonly string[] = [
  'ilustre municipalidad', 'i. municipalidad', 'municipalidad provincial', 'municipalidad distrital', 'municipalidad',
  'alcaldia municipal', 'alcaldia distrital', 'alcaldia', 'intendencia', 'prefeitura municipal', 'prefeitura', 'ayuntamiento',
  'gobierno regional', 'gobierno provincial', 'gobierno municipal', 'gobierno autonomo descentralizado municipal',
  'gobierno autonomo descentralizado', 'gobernacion departamental', 'gobernacion', 'comuna', 'municipio', 'canton',
  'concejo municipal', 'camara municipal',
]
/** Heads of a local government: `el intendente de la ciudad de Córdoba` names the city. */
export const LOCAL_GOVERNMENT_HEADS: readonly string[] = [
  'alcalde', 'alcaldesa', 'intendente', 'intendenta', 'prefeito', 'prefeita', 'gobernador regional', 'gobernadora regional',
  'gobernador', 'gobernadora', 'presidente municipal', 'presidenta municipal',
]
/** What may stand between the noun and the place: `de`, `de la ciudad de`, `da cidade de`. */
export const LOCAL_GOVERNMENT_LINKS: readonly string[] = [
  'de la ciudad de', 'de la comuna de', 'del municipio de', 'de la region de', 'da cidade de', 'do municipio de', 'de', 'del', 'da', 'do',
]

/**
 * Words that refer back to the network in a sentence that does not name it (`la iniciativa`,
 * `a rede`, `novo integrante`, `la distinción`): such a sentence about joining or receiving counts.
 */
export const NETWORK_REFERENCES: readonly string[] = [
  'iniciativa', 'red', 'rede', 'programa', 'integrante', 'integrantes', 'miembro', 'miembros', 'membro', 'membros',
  'sello', 'selo', 'distincion', 'certificacion', 'reconocimiento', 'reconhecimento', 'convenio', 'adhesion', 'adesao', 'adesoes',
]
