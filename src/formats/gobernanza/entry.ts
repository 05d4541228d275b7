/** The entries a practice body is grouped into (entries.ts), as the later steps see them. */
import type {LabelField} from './labels.js'
import type {LabelHit, PairHit} from './label-line.js'
import type {Piece, YearValue} from './lines.js'

export interface Fragment {
  line: number
  start: number
  end: number
  text: string
}

export interface LabelEntry {
  kind: 'label'
  /** Candidate fields; one after resolution (a lone `Principal(es)` head has two). */
  fields: LabelField[]
  first: number
  last: number
  hits: Array<{line: number; hit: LabelHit}>
  /** Garbage printed where the label was: a mangled head (`WIS E R ELE`) or bits inside it (`o pal (es)`). */
  debris: Array<Fragment & {head: boolean}>
  /** Specks after the label (`Descripcion . . p . .`). */
  noise: Fragment[]
  pieces: Piece[]
  /** A value starts on the label's first line (the label is not alone on its row). */
  inlineOnFirst: boolean
  year: (YearValue & {line: number}) | null
}

export interface BlockEntry {
  kind: 'block'
  first: number
  last: number
  pieces: Piece[]
}

export interface PairEntry {
  kind: 'pair'
  first: number
  last: number
  hit: PairHit
  pieces: Piece[]
}

export interface YearEntry {
  kind: 'year'
  first: number
  last: number
  year: YearValue & {line: number}
}

export type Entry = LabelEntry | BlockEntry | PairEntry | YearEntry

export interface Entries {
  entries: Entry[]
  noiseLines: number[]
}
