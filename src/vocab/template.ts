/**
 * Text of the blank submission sheet (`practices template`): what a municipality replaces. Each
 * placeholder is in «guillemets» so that one left in a submitted sheet is recognised
 * (`validate/template-text`). None names a month: the dates cross-check must not see one.
 * (Not square brackets: a sheet whose first line starts with `[` is taken for JSON.)
 */
export const TEMPLATE_PLACEHOLDERS = {
  title: '«Nombre de la práctica»',
  municipality: '«NOMBRE DE LA COMUNA»',
  departments: '«Unidades u oficinas municipales que participan (una por línea)»',
  priorityGroup: '«Personas a quienes se dirige la práctica»',
  schedule: '«Cuándo y con qué frecuencia se realiza; desde qué año»',
  funding: '«Fuentes de financiamiento»',
  sustainability: '«Cómo se mantiene en el tiempo»',
  description: '«Qué se hace, con quién, para quién y con qué resultados»',
  innovation: '«Qué tiene de innovador o creativo»',
  selloRationale: '«por qué se destaca la práctica en esta línea; borre el párrafo si no aplica»',
} as const

export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[keyof typeof TEMPLATE_PLACEHOLDERS]

/** Every placeholder, for the rule that finds one left in a submission. */
export const TEMPLATE_TEXTS: readonly string[] = Object.values(TEMPLATE_PLACEHOLDERS)
