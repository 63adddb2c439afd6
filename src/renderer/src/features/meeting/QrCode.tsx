/** The QR code drawn from the backend's rows as one SVG path: no image file, no markup from outside. */
export function QrCode({ rows, label }: { rows: string[]; label: string }) {
  const n = rows.length
  let d = ''
  rows.forEach((row, y) => {
    for (let x = 0; x < n; x++) if (row[x] === '1') d += `M${x + 4} ${y + 4}h1v1h-1z`
  })
  return (
    <svg
      className="meeting-qr"
      viewBox={`0 0 ${n + 8} ${n + 8}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={n + 8} height={n + 8} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
