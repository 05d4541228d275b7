import {squashSpaces} from './trim.js'

/** A short, single-line preview of `text` for messages: white space folded, `…` past `max`. */
export function preview(text: string, max = 60): string {
  const flat = squashSpaces(text)
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
