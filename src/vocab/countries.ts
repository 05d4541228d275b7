/** Latin-American country names as written in Spanish (folded) → ISO 3166-1 alpha-2. */
export const COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['argentina', 'AR'], ['bolivia', 'BO'], ['brasil', 'BR'], ['brazil', 'BR'], ['chile', 'CL'],
  ['colombia', 'CO'], ['costa rica', 'CR'], ['cuba', 'CU'], ['ecuador', 'EC'], ['el salvador', 'SV'],
  ['guatemala', 'GT'], ['haiti', 'HT'], ['honduras', 'HN'], ['mexico', 'MX'], ['nicaragua', 'NI'],
  ['panama', 'PA'], ['paraguay', 'PY'], ['peru', 'PE'], ['republica dominicana', 'DO'],
  ['uruguay', 'UY'], ['venezuela', 'VE'], ['belice', 'BZ'], ['guyana', 'GY'], ['surinam', 'SR'],
  ['estados unidos', 'US'], ['espana', 'ES'],
])
