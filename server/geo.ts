// Distances on GCJ-02 coordinates (a few hundred metres off WGS-84 in absolute terms, but
// consistent with itself, which is all that distances between two GCJ-02 points need).
export const EARTH_RADIUS_M = 6371008.8
const rad = (d: number) => (d * Math.PI) / 180

export function haversineM(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dPhi = rad(lat2 - lat1)
  const dLambda = rad(lng2 - lng1)
  const a = Math.sin(dPhi / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLambda / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)))
}
