import { wgs84ToGcj02 } from '../services/gcj02'

/**
 * The browser gives WGS-84; our stations are stored in GCJ-02 (what WeChat's and Chinese map
 * apps use), so convert. Resolves null when refused, unavailable or slow.
 */
export function locate(): Promise<{ lng: number; lat: number } | null> {
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return resolve(null)
    navigator.geolocation.getCurrentPosition(
      (p) => resolve(wgs84ToGcj02(p.coords.longitude, p.coords.latitude)),
      () => resolve(null),
      { enableHighAccuracy: false, timeout: 8000, maximumAge: 60_000 },
    )
  })
}
