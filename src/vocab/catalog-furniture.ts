/**
 * Site furniture of practice-repository pages copied as text: navigation, breadcrumbs, share
 * buttons, footers, cookie notices, the repository's own name. All folded (lower case, no
 * accents, single spaces); a line is furniture when, folded and without trailing punctuation,
 * it is one of FURNITURE_LINES or starts with one of FURNITURE_PREFIXES.
 */

export const FURNITURE_LINES: readonly string[] = [
  // navigation
  'skip to main content', 'skip to content', 'saltar al contenido principal', 'ir al contenido principal', 'ir al contenido',
  'pular para o conteudo principal', 'ir para o conteudo', 'main navigation', 'navegacion principal', 'menu', 'main menu',
  'search', 'buscar', 'busqueda', 'pesquisar', 'search form', 'home', 'inicio', 'pagina de inicio', 'log in', 'login', 'sign in',
  'iniciar sesion', 'entrar', 'register', 'registrarse', 'cadastre-se', 'back to top', 'volver arriba', 'voltar ao topo',
  'breadcrumb', 'you are here', 'usted esta aqui', 'voce esta aqui', 'previous', 'next', 'anterior', 'siguiente', 'proximo',
  'go back', 'volver', 'voltar', 'back', 'read more', 'leer mas', 'leia mais', 'saiba mais', 'ver mas', 'view all', 'ver todo',
  'ver todos', 'see all', 'download', 'descargar', 'baixar', 'download pdf', 'descargar pdf',
  // language switcher
  'english', 'espanol', 'francais', 'portugues', 'العربية', 'русский', '中文', 'languages', 'idiomas', 'language selector',
  // share buttons
  'share', 'share this', 'share this page', 'share on facebook', 'share on twitter', 'share on linkedin', 'compartir',
  'compartir en facebook', 'compartir en twitter', 'comparte esta pagina', 'compartilhar', 'compartilhe', 'facebook', 'twitter',
  'x', 'linkedin', 'whatsapp', 'instagram', 'youtube', 'email', 'e-mail', 'print', 'imprimir', 'copy link', 'copiar enlace',
  'copiar link', 'follow us', 'siguenos', 'siga-nos',
  // the repositories and their sections
  'hub', 'repository of practices', 'repositorio de practicas', 'repositorio de praticas', 'migration network hub',
  'hub de la red sobre la migracion', 'hub de la red de migracion', 'knowledge platform', 'plataforma de conocimiento',
  'connection hub', 'expert database', 'base de datos de expertos', 'submit a practice', 'presentar una practica',
  'enviar una practica', 'explore the practices', 'explorar las practicas', 'united nations network on migration',
  'red de las naciones unidas sobre la migracion', 'un network on migration', 'submission information',
  'informacion del envio', 'good practices database', 'base de datos de buenas practicas', 'banco de boas praticas',
  'platform for partnerships', 'gfmd platform for partnerships', 'international coalition of inclusive and sustainable cities', 'iccar', 'policy and practice database', 'm&d policy and practice database',
  'practices', 'practicas', 'praticas', 'good practices', 'buenas practicas', 'boas praticas',
  'pledging dashboard', 'pledges', 'compromisos',
  // blocks of other content (see RELATED_BLOCKS)
  'latest content', 'contenido mas reciente', 'conteudo mais recente', 'related content', 'contenido relacionado',
  'conteudo relacionado', 'related practices', 'practicas relacionadas', 'praticas relacionadas', 'other practices',
  'otras practicas', 'outras praticas', 'see also', 'vea tambien', 'veja tambem', 'you may also like', 'tambien le puede interesar',
  'more practices', 'mas practicas',
  // footer
  'subscribe to our newsletter', 'suscribase a nuestro boletin', 'suscribete a nuestro boletin', 'assine nossa newsletter',
  'contact us', 'contactenos', 'fale conosco', 'terms of use', 'terminos de uso', 'termos de uso', 'privacy notice',
  'privacy policy', 'aviso de privacidad', 'politica de privacidad', 'politica de privacidade', 'all rights reserved',
  'todos los derechos reservados', 'todos os direitos reservados', 'copyright', 'sitemap', 'site map', 'mapa del sitio',
  'frequently asked questions', 'faq', 'preguntas frecuentes', 'about', 'acerca de', 'sobre', 'about us', 'quienes somos',
  // cookie notices
  'accept', 'accept all', 'aceptar', 'aceptar todo', 'aceitar', 'reject', 'reject all', 'rechazar', 'rejeitar', 'cookie settings',
  'configuracion de cookies', 'preferencias de cookies', 'ok', 'got it', 'entendido', 'close', 'cerrar', 'fechar',
]

/** Lines that open a furniture line of any length (a footer note, a cookie notice, a form's heading). */
export const FURNITURE_PREFIXES: readonly string[] = [
  '*references to kosovo', 'references to kosovo', '*las referencias a kosovo', 'las referencias a kosovo', '*as referencias ao kosovo',
  'this website uses cookies', 'this site uses cookies', 'we use cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies',
  'este sitio usa cookies', 'utilizamos cookies', 'este site usa cookies', 'este site utiliza cookies', 'usamos cookies',
  'by continuing to browse', 'al continuar navegando', '©', '(c) ', 'copyright ', 'pledging initiative', 'iniciativa de compromisos',
  'submission form', 'formulario de envio', 'you are visiting a site outside',
]

/** Furniture lines after which the page lists other content, up to the next label of this practice. */
export const RELATED_BLOCKS: readonly string[] = [
  'latest content', 'contenido mas reciente', 'conteudo mais recente', 'related content', 'contenido relacionado',
  'conteudo relacionado', 'related practices', 'practicas relacionadas', 'praticas relacionadas', 'other practices',
  'otras practicas', 'outras praticas', 'see also', 'vea tambien', 'veja tambem', 'you may also like', 'tambien le puede interesar',
  'more practices', 'mas practicas',
]

/** Headings of a form's parts: `Section II`, `Sección III`, `Seção 1`. */
export const SECTION_HEADING = /^(?:section|seccion|secao|part|parte)\s+(?:[ivxlc]+|\d+)[a-z]?\.?$/

/** `Home > Hub > Repository of Practices`, `Inicio / Prácticas / …`, `Home » Practices`. */
export const BREADCRUMB_SEPARATORS = /\s(?:>|»|›|\/|\|)\s/g

/** A line of page chrome with a count: `20 liked this page.`, `3 comments`. */
export const COUNTER_LINE = /^\d+\s+(?:liked this page|likes?|comments?|comentarios?|me gusta|curtidas?|views|vistas|visualizacoes)\.?$/
