/**
 * The characters of a text that something was read from, a mark per character, so that an
 * overlap check costs the length checked. The marks are made on the first `mark`: most
 * paragraphs get none, and a typed array is dear to make (its memory is allocated outside the
 * heap), so that a paragraph without members costs nothing here.
 */
export class Marks {
  private marks: Uint8Array | null = null

  constructor(private readonly length: number) {}

  /** Marks `[start, end)` (offsets as `Uint8Array.prototype.fill` takes them). */
  mark(start: number, end: number): void {
    ;(this.marks ??= new Uint8Array(this.length)).fill(1, start, end)
  }

  /** Whether a character of `[start, end)` is marked. */
  any(start: number, end: number): boolean {
    return this.marks !== null && this.marks.subarray(start, end).includes(1)
  }
}
