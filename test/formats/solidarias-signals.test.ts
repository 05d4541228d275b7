/**
 * Three news signals are written to be tried at each network name; each must say what its plain
 * reading says: a cue and a network name on one line, at most 240 characters apart, in either
 * order; the network named within the first 160 characters of a line without a final full stop;
 * a network name after another.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SOLIDARIAS_SIGNALS} from '../../src/formats/solidarias/signals.js'
import {INITIATIVES, MEMBERSHIP_CUES, OTHER_NETWORKS} from '../../src/vocab/networks.js'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NAMES = [...INITIATIVES.flatMap((i) => i.variants), ...OTHER_NETWORKS]
const NETWORK = `(?:${NAMES.map(escape).join('|')})`
const CUE = `(?<![a-z])(?:${MEMBERSHIP_CUES.map(escape).join('|')})`
const PLAIN = new RegExp(`${CUE}[^\\n]{0,240}${NETWORK}|${NETWORK}[^\\n]{0,240}${CUE}`)

const PLAIN_TWICE = new RegExp(`${NETWORK}[\\s\\S]*?${NETWORK}`)
const PLAIN_HEADLINE = new RegExp(`^[^\\n]{0,160}${NETWORK}(?:[^\\n]{0,120}[^.\\s])?[ \\t]*$`, 'm')

const signal = SOLIDARIAS_SIGNALS.find((s) => s.name.startsWith('joining, signing or award'))!
const headline = SOLIDARIAS_SIGNALS.find((s) => s.name.startsWith('network named in a headline'))!
const twice = SOLIDARIAS_SIGNALS.find((s) => s.name.startsWith('network named more than once'))!

const piece = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom(...MEMBERSHIP_CUES),
  fc.constantFrom('la', 'municipalidad', 'de', 'quilicura', 'x', 'anos', '2023', '.', ',', '\n', '\t', ' .'),
  fc.integer({min: 1, max: 130}).map((n) => 'a'.repeat(n)),
  fc.integer({min: 1, max: 130}).map((n) => ' '.repeat(n)),
)

describe('solidarias detection: patterns tried at each network name', () => {
  it('matches where the plain pattern matches', () => {
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}), fc.constantFrom(' ', '', 'x'), (pieces, glue) => {
      const text = pieces.join(glue)
      expect(signal.pattern.test(text)).toBe(PLAIN.test(text))
    }), {numRuns: 3000})
  })

  it('finds a network named twice where the plain pattern does (names glued, overlapping or apart)', () => {
    fc.assert(fc.property(fc.array(piece, {maxLength: 10}), fc.constantFrom(' ', '', '\n'), (pieces, glue) => {
      const text = pieces.join(glue)
      expect(twice.pattern.test(text)).toBe(PLAIN_TWICE.test(text))
    }), {numRuns: 3000})
  })

  it('finds a headline where the plain pattern finds one', () => {
    fc.assert(fc.property(fc.array(piece, {maxLength: 12}), fc.constantFrom(' ', '', 'x', '.'), (pieces, glue) => {
      const text = pieces.join(glue)
      expect(headline.pattern.test(text)).toBe(PLAIN_HEADLINE.test(text))
    }), {numRuns: 3000})
  })

  it('reads a cue before or after the name, on the same line only', () => {
    expect(signal.pattern.test('la comuna se sumo a la red ciudades solidarias')).toBe(true)
    expect(signal.pattern.test('ciudades solidarias: quilicura firmo el convenio')).toBe(true)
    expect(signal.pattern.test('la comuna se sumo\na la red ciudades solidarias')).toBe(false)
    expect(signal.pattern.test(`se sumo ${'a'.repeat(241)} ciudades solidarias`)).toBe(false)
    expect(signal.pattern.test(`se sumo ${'a'.repeat(230)} ciudades solidarias`)).toBe(true)
  })
})
