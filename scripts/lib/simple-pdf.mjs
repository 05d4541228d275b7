/**
 * A small PDF writer for tests and the benchmark (no LibreOffice needed): pages of text lines in
 * Helvetica, and optional checkbox form fields. Text is Latin-1 (WinAnsi), positions in points.
 *
 *   simplePdf([{lines: [{x: 72, y: 700, text: 'Hola'}], boxes: [{x: 60, y: 690, checked: true}]}])
 */
export function simplePdf(pages, {size = 11} = {}) {
  const objects = []
  const add = (body) => { objects.push(body); return objects.length }
  const catalog = add(null)
  const pagesId = add(null)
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const kids = []
  const fields = []
  for (const page of pages) {
    const escape = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`)
    const ops = page.lines.map((l) => `BT /F1 ${l.size ?? size} Tf ${l.x} ${l.y} Td (${escape(l.text)}) Tj ET`).join('\n')
    const stream = Buffer.from(ops, 'latin1')
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream.toString('latin1')}\nendstream`)
    const annots = (page.boxes ?? []).map((b, i) => {
      const id = add(`<< /Type /Annot /Subtype /Widget /FT /Btn /T (box${fields.length + i}) /Rect [${b.x} ${b.y} ${b.x + 10} ${b.y + 10}] /V /${b.checked ? 'Yes' : 'Off'} /AS /${b.checked ? 'Yes' : 'Off'} /F 4 >>`)
      return id
    })
    fields.push(...annots)
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R${annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : ''} >>`))
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R${fields.length ? ` /AcroForm << /Fields [${fields.map((f) => `${f} 0 R`).join(' ')}] >>` : ''} >>`
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let out = '%PDF-1.4\n'
  const offsets = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

/** Wraps `text` into lines of at most `width` characters. */
export function wrap(text, width) {
  const lines = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) { lines.push(line); line = word } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
