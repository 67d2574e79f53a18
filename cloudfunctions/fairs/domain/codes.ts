import { qrSvgDataUrl } from '../../../server/render/qr'

// What the codes say when scanned: an entry code at the door, a booth's code at the fair.
export const ENTRY_PREFIX = 'lianshe://fair-entry/'
export const BOOTH_PREFIX = 'lianshe://fair-booth/'

export const entryQr = (code: string) => qrSvgDataUrl(`${ENTRY_PREFIX}${code}`)
export const boothQr = (code: string) => qrSvgDataUrl(`${BOOTH_PREFIX}${code}`)

/** A scanned or typed code without its prefix. */
export const bareCode = (raw: string, prefix: string) => raw.trim().replace(prefix, '')
