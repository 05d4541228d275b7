/**
 * Safe, unique file names for exported fact sheets. Whatever the record id or title holds
 * (`../../x`, `C:\con`, 300 characters of Spanish), the name is ASCII kebab-case, has no path
 * separator and no `..`, is at most 80 characters with its extension, is not a reserved device
 * name on Windows, and is not already taken in this export (`-2`, `-3` … otherwise).
 *
 *   `../../x`                             → `x.md`
 *   `Operativos en asentamientos, ¿2023?` → `operativos-en-asentamientos-2023.md`
 */
import {slugify} from '../text/fold.js'

export const MAX_FILE_NAME = 80

const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/

export class FileNames {
  private readonly taken = new Set<string>()
  /**
   * For each base name, the suffix to try next: every smaller one is taken (names are never
   * given back), so the thousandth copy of a sheet does not try the 999 names before it.
   */
  private readonly next = new Map<string, number>()

  /** `reserved` names (without extension) are never handed out, e.g. `index` for `index.md`. */
  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name)
  }

  /** A new file name for `text`, ending in `ext`. */
  take(text: string, ext = '.md'): string {
    const room = MAX_FILE_NAME - ext.length
    let base = slugify(text, room)
    if (WINDOWS_DEVICES.test(base)) base = `${base}-ficha`
    let name = base
    if (this.taken.has(name)) {
      let n = this.next.get(base) ?? 2
      for (; ; n++) {
        const suffix = `-${n}`
        name = `${base.slice(0, room - suffix.length).replace(/-+$/, '')}${suffix}`
        if (!this.taken.has(name)) break
      }
      this.next.set(base, n + 1)
    }
    this.taken.add(name)
    return name + ext
  }
}
