import QRCode from 'qrcode'

/** A QR code as one SVG path of unit squares: drawn by the page, no image service, no inline style. */
export interface QrDrawing {
  size: number
  path: string
}

export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const squares: string[] = []
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) squares.push(`M${x} ${y}h1v1h-1z`)
  }
  return { size: modules.size, path: squares.join('') }
}
