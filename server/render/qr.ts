import QRCode from 'qrcode'

// QR images are CPU work (a few ms as SVG, tens of ms as PNG): render them in a handler's
// `finish`, after its transaction has committed, never inside it (define-function.ts).

/** The payload as an SVG data URL: ~1 KB, a few ms (lists of bookings and registrations). */
export async function qrSvgDataUrl(payload: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

/** The payload as a 240 px PNG data URL (a station's door sign: printed, so a bitmap). */
export const qrPngDataUrl = (payload: string): Promise<string> =>
  QRCode.toDataURL(payload, { margin: 1, width: 240, errorCorrectionLevel: 'M' })
