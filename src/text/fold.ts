/**
 * Folds text for comparison: lower case, no diacritics (ñ → n), collapsed white space.
 * `Descripción:\t` and `DESCRIPCION` both fold to `descripcion:` / `descripcion`.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** ASCII kebab-case slug, at most `max` characters, never empty. */
export function slugify(text: string, max = 80): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
  return slug || 'untitled'
}
