import { formatShanghai } from '../../../server/time/shanghai'

// How notices and cards name an activity's time and place. Apart from present.ts so the
// lifecycle (which every function bundles through the manifest's events) does not carry the QR renderer.
export const when = (a: { starts_at: Date | string }) => formatShanghai(new Date(a.starts_at))
export const placeOf = (a: { address: string }, stationName?: string | null) => stationName ?? a.address ?? ''
