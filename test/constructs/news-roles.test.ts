import {describe, expect, it} from 'vitest'
import {newsRole} from '../../src/constructs/news-roles.js'
import {fold} from '../../src/text/fold.js'

const role = (text: string) => newsRole(fold(text))

describe('news-roles', () => {
  it('tells someone\'s words by the reporting verb, in Spanish and Portuguese', () => {
    expect(role('El Canciller resaltó que, para Guatemala, ha sido primordial fomentar la comprensión.')).toBe('quotes')
    expect(role('Añadió que "la iniciativa representa un referente".')).toBe('quotes')
    expect(role('A prefeita afirmou que a cidade seguirá acolhendo refugiados.')).toBe('quotes')
  })

  it('tells who took part, an event, where things stand and a closing commitment', () => {
    expect(role('La conferencia contó con la participación de la Vicepresidenta de la República.')).toBe('participants')
    expect(role('O encontro contou com a participação de 40 gestores.')).toBe('participants')
    expect(role('En la actividad, que finaliza el 26 de septiembre, se compartió una perspectiva general.')).toBe('events')
    expect(role('**Durante la ceremonia**, el alcalde firmó el acta.')).toBe('events')
    expect(role('A la fecha, la iniciativa ha reforzado los vínculos con organismos.')).toBe('status')
    expect(role('Atualmente, a rede reúne 81 municípios.')).toBe('status')
    expect(role('El Ministerio reafirma el compromiso de continuar impulsando acciones.')).toBe('statements')
  })

  it('gives no role to background prose, nor to an opening phrase in the middle of a sentence', () => {
    expect(role('La migración venezolana ha transformado las ciudades de la región en la última década.')).toBeNull()
    expect(role('Se habló de lo ocurrido en la actividad anterior.')).toBeNull()
    expect(role('Participaron')).toBe('participants')
    expect(role('Los participantes recibieron un diploma.')).toBeNull()
  })
})
