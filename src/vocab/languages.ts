/** Languages a practice may be written in (ISO 639-1), for the record's `language`. */
export const LANGUAGE_IDS = ['es', 'en', 'pt'] as const
export type LanguageId = (typeof LANGUAGE_IDS)[number]
