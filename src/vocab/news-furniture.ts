/**
 * Page furniture of news pages exported to text (menus, search boxes, share buttons, section
 * names) in Spanish, Portuguese and English, as real UNHCR/ACNUR, ministry and municipal pages
 * print it. Folded; a line is furniture when it is one of these, with or without a final colon.
 */
export const FURNITURE_LINES: readonly string[] = [
  'close sites icon close', 'cerrar sites icon close', 'fechar sites icon close', 'search form', 'buscar', 'pesquisar',
  'search for the country site', 'search for the country site.', 'buscar el sitio de un pais', 'buscar el sitio de un pais.',
  'country profile', 'perfil de pais', 'perfil do pais', 'country website', 'sitio de pais', 'site do pais',
  'skip to main content', 'saltar al contenido principal', 'ir al contenido', 'ir para o conteudo', 'menu', 'inicio', 'home',
  'comparte', 'compartir', 'compartir noticia', 'compartilhe', 'compartilhar', 'share', 'share this', 'imprimir', 'print',
  'noticias', 'noticia', 'news', 'comunicados de prensa', 'comunicados a imprensa', 'comunicados a prensa', 'press releases',
  'press release', 'historias', 'stories', 'left', 'right', 'anterior', 'siguiente', 'proximo', 'leer mas', 'ver mas',
  'leia mais', 'saiba mais', 'volver', 'voltar', 'regresar', 'suscribete', 'newsletter', 'reserva tu hora de atencion presencial',
  'ultimas noticias', 'noticias relacionadas', 'noticias relacionadas:', 'mas noticias', 'related news', 'temas relacionados',
]
/** A photo caption or credit: a short line that holds one of these. */
export const CAPTION_MARKS: readonly string[] = ['©', 'foto:', 'fotos:', 'fotografia:', 'photo:', 'credito:', 'credit:', 'imagen:', 'imagem:']
/** Most words of a caption line. */
export const MAX_CAPTION_WORDS = 45
/** A byline or credit (`Por: Noel F. Alvarado`, `Texto: …`, `Fuente: Municipalidad de Vicuña`): folded opening words. */
export const BYLINE_OPENERS: readonly string[] = ['por', 'by', 'texto', 'redaccion', 'redacao', 'autor', 'autora', 'escrito por', 'nota de', 'fuente', 'fonte', 'source']

/** Labels before the publication date of a page (`Publicado: 29/04/2024`, `Publicado em 12 de maio de 2022`). */
export const DATE_LINE_LABELS: readonly string[] = [
  'publicado el', 'publicado em', 'publicada em', 'publicado', 'publicada', 'fecha de publicacion', 'fecha', 'data',
  'actualizado', 'atualizado em', 'published', 'posted on',
]
/** Openers of a contact line (`Para más información, escriba a …@…`): kept when the line holds an address or phone. */
export const CONTACT_OPENERS: readonly string[] = [
  'para mas informacion', 'mas informacion', 'contacto', 'contacto de prensa', 'para mais informacoes', 'mais informacoes',
  'contato', 'contato de imprensa', 'media contact', 'for more information',
]
