/**
 * What a paragraph of a news release does, by the words that say it, in Spanish and Portuguese
 * (folded: lower case, no accents). A paragraph that feeds no record field is still a named part
 * of the release when it is one of these; any other stays unmapped.
 */
export const NEWS_ROLES = {
  /** Someone's words: `El Canciller … resaltó que …`, `Añadió que, …, "…"`, `… afirmou que`. */
  quotes: {
    anywhere: [
      'resalto que', 'destaco que', 'afirmo que', 'senalo que', 'indico que', 'explico que', 'anadio que', 'agrego que',
      'sostuvo que', 'subrayo que', 'manifesto que', 'expreso que', 'aseguro que', 'dijo que', 'comento que', 'enfatizo que',
      'menciono que', 'recordo que', 'declaro que', 'preciso que',
      'afirmou que', 'destacou que', 'ressaltou que', 'disse que', 'explicou que', 'acrescentou que', 'salientou que',
      'declarou que', 'comentou que', 'lembrou que', 'enfatizou que', 'reforcou que',
    ],
    opening: ['anadio', 'agrego', 'asimismo, senalo', 'acrescentou', 'completou'],
  },
  /** Who took part: `La conferencia contó con la participación de …`. */
  participants: {
    anywhere: [
      'conto con la participacion', 'contaron con la participacion', 'participaron', 'asistieron', 'estuvieron presentes',
      'con la presencia de', 'conto com a participacao', 'contou com a participacao', 'participaram', 'estiveram presentes',
      'com a presenca de',
    ],
    opening: [],
  },
  /** What happened at an event: `En la actividad, …`, `Durante la ceremonia, …`, `No evento, …`. */
  events: {
    anywhere: [],
    opening: [
      'en la actividad', 'durante la actividad', 'en el evento', 'durante el evento', 'en la conferencia', 'durante la conferencia',
      'en la jornada', 'durante la jornada', 'en el encuentro', 'durante el encuentro', 'en la ceremonia', 'durante la ceremonia',
      'en la reunion', 'durante la reunion', 'en el taller', 'durante el taller', 'en el acto', 'durante el acto',
      'no evento', 'durante o evento', 'na cerimonia', 'durante a cerimonia', 'no encontro', 'durante o encontro', 'na ocasiao',
      'na reuniao', 'durante a reuniao', 'na conferencia', 'durante a conferencia',
    ],
  },
  /** Where things stand: `A la fecha, la iniciativa ha reforzado …`, `Atualmente, …`. */
  status: {
    anywhere: [],
    opening: ['a la fecha', 'hasta la fecha', 'actualmente', 'en la actualidad', 'hoy en dia', 'ate o momento', 'atualmente', 'hoje em dia', 'ate agora'],
  },
  /** An institution's closing commitment: `El MINEX … reafirma el compromiso de continuar …`. */
  statements: {
    anywhere: [
      'reafirma el compromiso', 'reafirma su compromiso', 'reitera el compromiso', 'reitera su compromiso', 'ratifica el compromiso',
      'ratifica su compromiso', 'renueva su compromiso', 'reafirma o compromisso', 'reafirma seu compromisso', 'reitera o compromisso',
      'reitera seu compromisso', 'renova o compromisso', 'renova seu compromisso',
    ],
    opening: [],
  },
} as const

export type NewsRole = keyof typeof NEWS_ROLES
