import type { QrDrawing } from '@/lib/two-factor/qr'

/** The QR code drawn from its modules (made on the server): dark squares on white in either theme, as scanners expect. */
export function QrCode({ qr, label }: { qr: QrDrawing; label: string }) {
  const margin = 2
  const extent = qr.size + margin * 2
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${-margin} ${-margin} ${extent} ${extent}`}
      className="size-48 rounded-md bg-white"
      shapeRendering="crispEdges"
    >
      <path d={qr.path} fill="#000" />
    </svg>
  )
}
