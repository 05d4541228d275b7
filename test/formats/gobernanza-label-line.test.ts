import {describe, expect, it} from 'vitest'
import {labelAt} from '../../src/formats/gobernanza/label-line.js'

const hit = (text: string) => {
  const h = labelAt(text)
  return h && {fields: h.fields, part: h.part, printed: h.printed, distance: h.distance}
}

describe('labelAt (OCR slide labels)', () => {
  it('takes the longest label the words spell: a whole label past an exact head', () => {
    expect(hit('Principal(es) objetivo(s) Formar mediadores')).toEqual({fields: ['objectives'], part: 'full', printed: 'Principal(es) objetivo(s)', distance: 0})
    expect(hit('Ministerio y Unidad(es) responsable(s) Municipalidad de Quilicura')).toMatchObject({fields: ['responsible'], part: 'full', distance: 0})
    expect(hit('Ministerio y Unidad(es) Municipalidad de Quilicura')).toEqual({fields: ['responsible'], part: 'head', printed: 'Ministerio y Unidad(es)', distance: 0})
  })

  it('keeps an exact head over a longer label read with a damaged word', () => {
    expect(hit('Principal(es) objetiv0(s) Formar')).toEqual({fields: ['objectives', 'activities'], part: 'head', printed: 'Principal(es)', distance: 0})
  })

  it('reads damaged labels within their allowed distance, tails on their own line, and no label in text', () => {
    expect(hit('Aio de inicio 2015')).toEqual({fields: ['startYear'], part: 'full', printed: 'Aio de inicio', distance: 1})
    expect(hit('Ao de inicio 2015')).toEqual({fields: ['startYear'], part: 'full', printed: 'Ao de inicio', distance: 1})
    expect(hit('(es) responsable(s) Fundacién Quilicura')).toEqual({fields: ['responsible'], part: 'tail', printed: '(es) responsable(s)', distance: 0})
    expect(hit('Dos dias de trabajo con la comunidad')).toBeNull()
  })
})
