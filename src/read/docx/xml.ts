/**
 * A Word part's XML → a DOM tree (cheerio in XML mode, loaded when a .docx is read), with small
 * helpers that match elements and attributes by local name: Word writes `w:`, but the prefix is
 * the file's choice (`w14:checkbox`, `ns0:p`).
 */
export interface XmlElement {
  type: 'tag'
  name: string
  attribs: Record<string, string>
  children: XmlNode[]
}
export interface XmlText {
  type: 'text'
  data: string
}
export type XmlNode = XmlElement | XmlText | {type: 'comment' | 'directive' | 'cdata' | 'root'}

type CheerioModule = typeof import('cheerio')
let cheerio: Promise<CheerioModule> | undefined

/** The root element of an XML part (`w:document`, `w:styles`…), or `null` when there is none. */
export async function parseXml(bytes: Uint8Array): Promise<XmlElement | null> {
  const {load} = await (cheerio ??= import('cheerio'))
  const $ = load(decodeXml(bytes), {xml: true})
  const root = $.root()[0] as unknown as {children: XmlNode[]}
  return (root.children.find(isElement) as XmlElement | undefined) ?? null
}

/** XML parts are UTF-8 (or UTF-16 with a byte order mark). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return new TextDecoder('utf-8').decode(bytes)
}

export function isElement(node: XmlNode): node is XmlElement {
  return node.type === 'tag'
}

/** `w:p` → `p`. */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(':')
  return colon < 0 ? element.name : element.name.slice(colon + 1)
}

/** The attribute with local name `name` (`w:val` for `val`), or `undefined`. */
export function attr(element: XmlElement, name: string): string | undefined {
  for (const key in element.attribs) {
    const colon = key.indexOf(':')
    if ((colon < 0 ? key : key.slice(colon + 1)) === name) return element.attribs[key]
  }
  return undefined
}

/** Child elements (in order), optionally only those with local name `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of element.children) if (isElement(child) && (name === undefined || localName(child) === name)) out.push(child)
  return out
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined
  for (const c of element.children) if (isElement(c) && localName(c) === name) return c
  return undefined
}

/** Elements under `element` in document order (depth first, without recursion). */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  const stack: XmlNode[] = [...element.children].reverse()
  while (stack.length) {
    const node = stack.pop()!
    if (!isElement(node)) continue
    yield node
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
}

/** Text of the text nodes directly under `element`. */
export function ownText(element: XmlElement): string {
  let text = ''
  for (const c of element.children) if (c.type === 'text') text += (c as XmlText).data
  return text
}

/**
 * An OOXML on/off property: present without `w:val`, or `true`/`1`/`on` → true; `false`/`0`/
 * `off` → false; absent → `undefined`.
 */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined
  const value = attr(element, 'val')
  return value === undefined || !/^(?:false|0|off)$/i.test(value)
}
