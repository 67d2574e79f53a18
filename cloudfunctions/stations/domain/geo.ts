// Distances: the one great-circle formula is server/geo.ts (jobs uses it too).
export { EARTH_RADIUS_M, haversineM } from '../../../server/geo'

/** Walking at 4.8 km/h (80 m a minute), the ACFTU station standard's 15-minute/1 km circle. */
export const walkMinutes = (distanceM: number) => Math.max(1, Math.ceil(distanceM / 80))

/** Riding an e-bike at 15 km/h (250 m a minute), what a delivery rider covers in town. */
export const rideMinutes = (distanceM: number) => Math.max(1, Math.ceil(distanceM / 250))
