import {describe, expect, it} from 'vitest'
import {splitDepartments} from '../../src/constructs/departments.js'

describe('splitDepartments', () => {
  it('keeps a single name with a dash qualifier whole', () => {
    expect(splitDepartments('Unidad de Migrantes - DIDECO')).toEqual(['Unidad de Migrantes - DIDECO'])
  })

  it('splits on commas but keeps `Dirección de Medio Ambiente, Aseo y Ornato (DIMAO)` intact', () => {
    const text = 'Incubadora de cooperativas, Innova, Dirección de Medio Ambiente, Aseo y Ornato (DIMAO), Dirección de Desarrollo Comunitario (DIDECO), Programa Migrantes y refugiados, Secretaria Comunal de Planificación (SECPLAC)'
    expect(splitDepartments(text)).toEqual([
      'Incubadora de cooperativas',
      'Innova',
      'Dirección de Medio Ambiente, Aseo y Ornato (DIMAO)',
      'Dirección de Desarrollo Comunitario (DIDECO)',
      'Programa Migrantes y refugiados',
      'Secretaria Comunal de Planificación (SECPLAC)',
    ])
  })

  it('never splits inside parentheses, and splits at a full stop before a capital', () => {
    const text = 'Corporación de Cultura. Oficina de diversidad y no discriminación (Programa de Comunidad Migrante y Programa de Pueblos Originarios)'
    expect(splitDepartments(text)).toEqual([
      'Corporación de Cultura',
      'Oficina de diversidad y no discriminación (Programa de Comunidad Migrante y Programa de Pueblos Originarios)',
    ])
  })

  it('splits a list printed over two lines without commas at head nouns and a foreign acronym', () => {
    const text = 'Oficina de Migración, Refugio e Interculturalidad Dirección de Salud\nDirección de Educación Oficina de Gestión Territorial OMIL'
    expect(splitDepartments(text)).toEqual([
      'Oficina de Migración, Refugio e Interculturalidad',
      'Dirección de Salud',
      'Dirección de Educación',
      'Oficina de Gestión Territorial',
      'OMIL',
    ])
  })

  it('keeps a trailing acronym that is the initials of its name', () => {
    expect(splitDepartments('Oficina Municipal de Intermediación Laboral OMIL')).toEqual(['Oficina Municipal de Intermediación Laboral OMIL'])
  })

  it('splits at ` y ` only when a name starts after it, and drops a final full stop', () => {
    expect(splitDepartments('DIDECO, Oficina de la Mujer y otras oficinas municipales, World Vision, ACNUR y SJM.')).toEqual([
      'DIDECO', 'Oficina de la Mujer y otras oficinas municipales', 'World Vision', 'ACNUR', 'SJM',
    ])
    expect(splitDepartments('Dirección de Salud y Dirección de Educación')).toEqual(['Dirección de Salud', 'Dirección de Educación'])
  })

  it('reads one name per line and strips list bullets', () => {
    expect(splitDepartments('- OMIL\n- Oficina de Migración Municipal')).toEqual(['OMIL', 'Oficina de Migración Municipal'])
  })

  it('keeps parenthesised acronyms with their names', () => {
    expect(splitDepartments('Oficina Municipal de Información Laboral (OMIL), Organismos Técnicos de Capacitación (OTEC), Oficina de Migración Municipal')).toEqual([
      'Oficina Municipal de Información Laboral (OMIL)', 'Organismos Técnicos de Capacitación (OTEC)', 'Oficina de Migración Municipal',
    ])
  })
})
