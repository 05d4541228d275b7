/**
 * Other spellings of Chilean comunas seen in documents (folded form → official name).
 * Accents and case are already folded away before lookup, so only real variants belong here.
 */
export const COMUNA_ALIASES: ReadonlyMap<string, string> = new Map([
  ['santiago centro', 'Santiago'],
  ['la calera', 'Calera'],
  ['llay llay', 'Llaillay'],
  ['llay-llay', 'Llaillay'],
  ['til til', 'Tiltil'],
  ['til-til', 'Tiltil'],
  ['coihaique', 'Coyhaique'],
  ['aisen', 'Aysén'],
  ['puerto aysen', 'Aysén'],
  ['marchigue', 'Marchihue'],
  ['treguaco', 'Trehuaco'],
  ['paihuano', 'Paiguano'],
  ['alto bio bio', 'Alto Biobío'],
  ['alto bio-bio', 'Alto Biobío'],
  ['navarino', 'Cabo de Hornos'],
  ['puerto williams', 'Cabo de Hornos'],
  ['isla de pascua (rapa nui)', 'Isla de Pascua'],
  ['rapa nui', 'Isla de Pascua'],
  ['pac', 'Pedro Aguirre Cerda'],
  ['est. central', 'Estación Central'],
  ['san jose de maipo', 'San José de Maipo'],
  ['quinta de tilcoco', 'Quinta de Tilcoco'],
])
