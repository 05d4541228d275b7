/**
 * Windows-1252 → string. Node builds without full ICU treat the `windows-1252` label as Latin-1,
 * which turns 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ) into C1 control
 * characters; this table gives the real characters. Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are
 * undefined in Windows-1252 and map to the same code point, as browsers do.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

export function decodeCp1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096)
    const codes = new Array<number>(chunk.length)
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k]!
      codes[k] = b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b
    }
    out += String.fromCharCode(...codes)
  }
  return out
}
