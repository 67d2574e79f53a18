// Distances on GCJ-02 coordinates (a few hundred metres off WGS-84 in absolute terms, but
// consistent with itself, which is all that distances between two GCJ-02 points need).
const EARTH_RADIUS_M = 6371008.8
const rad = (d: number) => (d * Math.PI) / 180

export function haversineM(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dPhi = rad(lat2 - lat1)
  const dLambda = rad(lng2 - lng1)
  const a = Math.sin(dPhi / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLambda / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)))
}

/**
 * Mercator y in degrees. Stored as pos = (lng, mercY(lat)): Mercator is conformal, so around any
 * point distances scale equally in every direction and the GiST index's KNN order is nearest-first.
 */
export const mercY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2)) * 180) / Math.PI

/** A radius in metres as Mercator degrees around latitude `lat`, with 2% to spare. */
export const mercRadius = (radiusM: number, lat: number) => (radiusM / (111_195 * Math.cos(rad(lat)))) * 1.02

/** Walking at 4.8 km/h (80 m a minute), the ACFTU station standard's 15-minute/1 km circle. */
export const walkMinutes = (distanceM: number) => Math.max(1, Math.ceil(distanceM / 80))

export const posLiteral = (lng: number, lat: number) => `(${lng},${mercY(lat)})`
