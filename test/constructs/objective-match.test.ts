import {describe, expect, it} from 'vitest'
import {matchObjectiveLabel, matchObjectiveStatement, parseObjectiveLabel, wordDistance} from '../../src/constructs/objective-match.js'

describe('objective-match', () => {
  it('matches an official statement exactly, whatever the case and accents', () => {
    expect(matchObjectiveStatement('Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica')).toMatchObject({number: 1, score: 0})
    expect(matchObjectiveStatement('PROPORCIONAR A LOS MIGRANTES ACCESO A SERVICIOS BASICOS')).toMatchObject({number: 15, score: 0})
  })

  it('tolerates a final period and "Velar porque" for "Velar por que"', () => {
    expect(matchObjectiveStatement('Velar porque todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada.'))
      .toMatchObject({number: 4, score: 0})
  })

  it('tolerates an inserted "la" (objective 12)', () => {
    const match = matchObjectiveStatement('Aumentar la certidumbre y la previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación.')
    expect(match?.number).toBe(12)
    expect(match!.score).toBeGreaterThan(0)
  })

  it('does not take a prose sentence that mentions an objective for its statement', () => {
    expect(matchObjectiveStatement('Por otra parte, el Objetivo 23 del PMM es el que más destaca el rol de las AL')).toBeNull()
    expect(matchObjectiveStatement('Sindicatos')).toBeNull()
    expect(matchObjectiveStatement('')).toBeNull()
  })

  it('matches icon labels, "REGULARES" as "REGULAR"', () => {
    expect(matchObjectiveLabel('VÍAS DE MIGRACIÓN REGULARES')).toMatchObject({number: 5, reference: 'VÍAS DE MIGRACIÓN REGULAR'})
    expect(matchObjectiveLabel('Gestion de fronteras')).toMatchObject({number: 11, score: 0})
  })

  it('reads a printed number and icon label, and nothing else', () => {
    expect(parseObjectiveLabel('1 DATOS')).toEqual({number: 1, label: 'DATOS'})
    expect(parseObjectiveLabel('12 CONTROL, EVALUACIÓN Y ORIENTACIÓN')).toEqual({number: 12, label: 'CONTROL, EVALUACIÓN Y ORIENTACIÓN'})
    expect(parseObjectiveLabel('24 NO EXISTE')).toBeNull()
    expect(parseObjectiveLabel('1.500 mujeres de Ecuador')).toBeNull()
    expect(parseObjectiveLabel('Abordar y reducir las vulnerabilidades')).toBeNull()
  })

  it('counts word edits', () => {
    expect(wordDistance(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toBe(1)
    expect(wordDistance([], ['a'])).toBe(1)
  })
})
