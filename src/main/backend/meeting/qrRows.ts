import qrcode from 'qrcode-generator'

/** The QR code of a short ASCII address as rows of '1' (dark) and '0', for the panel to draw as SVG
 * (no image file, no markup from outside). Level M: still readable off a projector or a smudged
 * screen. */
export function qrRows(text: string): string[] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  const rows: string[] = []
  for (let r = 0; r < n; r++) {
    let row = ''
    for (let c = 0; c < n; c++) row += qr.isDark(r, c) ? '1' : '0'
    rows.push(row)
  }
  return rows
}
