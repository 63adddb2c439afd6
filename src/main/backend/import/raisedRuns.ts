const POSITION = /<w:position w:val="(-?\d+)"\s*\/>/

/**
 * LibreOffice writes a superscript it got from HTML (<sup>) as text raised by w:position in a
 * smaller size, not as w:vertAlign, and mammoth reads only w:vertAlign: "m<sup>2</sup>" came in as
 * "m2". A run raised or lowered this way and set smaller is written as the super- or subscript it
 * is, before mammoth reads the part. w:rPr never nests, so one forward pass from one w:rPr to the
 * next finds them all, in time linear in the part.
 */
export function scriptForRaisedRuns(xml: string): string {
  if (!xml.includes('<w:position ')) return xml
  let out = ''
  let from = 0
  for (let at = xml.indexOf('<w:rPr>', from); at >= 0; at = xml.indexOf('<w:rPr>', from)) {
    const end = xml.indexOf('</w:rPr>', at)
    if (end < 0) break
    const props = xml.slice(at, end)
    const raised = POSITION.exec(props)
    const by = raised ? Number(raised[1]) : 0
    out += xml.slice(from, at)
    if (by !== 0 && props.includes('<w:sz ') && !props.includes('<w:vertAlign ')) {
      const script = by > 0 ? 'superscript' : 'subscript'
      out += props.replace(POSITION, `<w:vertAlign w:val="${script}"/>`)
    } else out += props
    from = end
  }
  return out + xml.slice(from)
}
