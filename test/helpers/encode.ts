/** Test helper: encodes text as Windows-1252 bytes (characters outside it become `?`). */
const SPECIAL: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

export function toCp1252(text: string): Uint8Array {
  const out: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0)!
    out.push(SPECIAL[char] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : 0x3f))
  }
  return Uint8Array.from(out)
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}
