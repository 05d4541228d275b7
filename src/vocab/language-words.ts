/**
 * Short words that tell Spanish from Portuguese prose (folded). Words both languages share
 * (`a`, `que`, `se`, `no`, `dos`, `con`/`com` aside) are left out.
 */
export const SPANISH_MARKERS: ReadonlySet<string> = new Set([
  'el', 'la', 'los', 'las', 'del', 'y', 'en', 'es', 'por', 'con', 'lo', 'al', 'un', 'su', 'sus', 'fue', 'son', 'ha', 'han', 'muy', 'tambien',
])
export const PORTUGUESE_MARKERS: ReadonlySet<string> = new Set([
  'o', 'os', 'do', 'da', 'das', 'e', 'em', 'na', 'nas', 'nos', 'um', 'ao', 'aos', 'pelo', 'pela', 'com', 'nao', 'sao', 'foi',
  'seu', 'sua', 'tambem', 'mais', 'pelos', 'pelas', 'num', 'numa', 'dessa', 'desta', 'deste', 'esse', 'essa',
])
