import { FACILITIES, type Facility } from '../../../contract/stations'
import { normalize } from '../../../server/text/bigrams'
import { shanghaiClock } from '../../../server/time/shanghai'
import { EARTH_RADIUS_M, haversineM } from './geo'
import { openOnClock, spansOf, type Span } from './hours'
import type { SummaryRow } from './present'

/** A live station as the grid holds it: its list row plus what the search tests, precomputed. */
export interface GridStation {
  row: SummaryRow
  spans: Span[]
  facilityBits: number
  /** closed_until in ms, 0 when not closed. */
  closedUntilMs: number
  /** name, address and operator, normalized, for partial-word search (骑手 in 骑手驿站). */
  text: string
  cell: number
}

export interface GridSearch {
  lng: number
  lat: number
  radiusM: number
  facilities: readonly Facility[]
  /** Only stations open at this instant (Shanghai hours, temporary closures). */
  openAt: Date | null
  q: string
  limit: number
}

const FACILITY_BIT = new Map(Object.keys(FACILITIES).map((f, i) => [f, 1 << i]))
const facilityBits = (facilities: readonly string[]) =>
  facilities.reduce((bits, f) => bits | (FACILITY_BIT.get(f) ?? 0), 0)

// Cells of 0.01° (≈1.1 km north–south, ≈0.96 km east–west at Ningbo): a 1 km walk is a few cells.
const CELL = 0.01
const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180
const cellX = (lng: number) => Math.floor(lng / CELL)
const cellY = (lat: number) => Math.floor(lat / CELL)
const cellKey = (x: number, y: number) => (x + 20_000) * 40_000 + (y + 10_000)
// Lower bounds below are shaved by 1% so rounding never skips a cell that holds a match.
const SAFE = 0.99

/**
 * Live stations in a grid of lat/lng cells, searched nearest-first: cells are visited in rings
 * around the asker's cell, and the search stops once a ring cannot hold anything closer than the
 * radius or the `limit`-th match so far. Distances are exact (haversine), ties go to the lower id.
 */
export class StationGrid {
  private readonly byId = new Map<number, GridStation>()
  private readonly cells = new Map<number, GridStation[]>()

  get size() {
    return this.byId.size
  }

  /** Add or replace a station; a retired one leaves the grid. */
  put(row: SummaryRow) {
    this.remove(row.id)
    if (row.retired_at) return
    const station: GridStation = {
      row,
      spans: spansOf(row.hours),
      facilityBits: facilityBits(row.facilities),
      closedUntilMs: row.closed_until ? new Date(row.closed_until).getTime() : 0,
      text: normalize(`${row.name} ${row.address} ${row.operator}`),
      cell: cellKey(cellX(row.lng), cellY(row.lat)),
    }
    this.byId.set(row.id, station)
    const cell = this.cells.get(station.cell)
    if (cell) cell.push(station)
    else this.cells.set(station.cell, [station])
  }

  remove(id: number) {
    const station = this.byId.get(id)
    if (!station) return
    this.byId.delete(id)
    const cell = this.cells.get(station.cell)!
    cell.splice(cell.indexOf(station), 1)
    if (cell.length === 0) this.cells.delete(station.cell)
  }

  nearest(p: GridSearch): { station: GridStation; distanceM: number }[] {
    const wanted = facilityBits(p.facilities)
    const nowMs = p.openAt?.getTime() ?? 0
    const clock = p.openAt ? shanghaiClock(p.openAt) : null
    const q = normalize(p.q)
    // East–west metres per degree shrink towards the pole: take the search area's poleward edge.
    const poleward = Math.min(89, Math.abs(p.lat) + p.radiusM / M_PER_DEG)
    const mLng = M_PER_DEG * Math.cos((poleward * Math.PI) / 180)
    const reachX = Math.ceil(p.radiusM / (mLng * CELL)) + 1
    const reachY = Math.ceil(p.radiusM / (M_PER_DEG * CELL)) + 1
    const x0 = cellX(p.lng)
    const y0 = cellY(p.lat)

    const found: { station: GridStation; distanceM: number }[] = []
    let bound = p.radiusM
    const visit = (x: number, y: number) => {
      const cell = this.cells.get(cellKey(x, y))
      if (!cell) return
      // The cell's nearest point to the asker bounds every station in it from below.
      const gapX = Math.max(0, x * CELL - p.lng, p.lng - (x + 1) * CELL) * mLng
      const gapY = Math.max(0, y * CELL - p.lat, p.lat - (y + 1) * CELL) * M_PER_DEG
      if (Math.hypot(gapX, gapY) * SAFE > bound) return
      for (const s of cell) {
        if ((s.facilityBits & wanted) !== wanted) continue
        if (clock && (s.closedUntilMs > nowMs || !openOnClock(s.spans, s.row.open_24h, clock))) continue
        if (q && !s.text.includes(q)) continue
        const d = haversineM(p.lng, p.lat, s.row.lng, s.row.lat)
        if (d > bound) continue
        insertSorted(found, { station: s, distanceM: d })
        if (found.length > p.limit) found.pop()
        if (found.length === p.limit) bound = found[found.length - 1].distanceM
      }
    }
    for (let ring = 0; ring <= Math.max(reachX, reachY); ring++) {
      // Every cell of this ring is at least ring − 1 whole cells away along one axis.
      if (ring > 1 && (ring - 1) * CELL * Math.min(mLng, M_PER_DEG) * SAFE > bound) break
      const spanX = Math.min(ring, reachX)
      const spanY = Math.min(ring, reachY)
      for (let dx = -spanX; dx <= spanX; dx++) {
        if (Math.abs(dx) === ring) {
          for (let dy = -spanY; dy <= spanY; dy++) visit(x0 + dx, y0 + dy)
        } else if (ring <= reachY) {
          visit(x0 + dx, y0 - ring)
          if (ring > 0) visit(x0 + dx, y0 + ring)
        }
      }
    }
    return found
  }
}

function insertSorted(
  list: { station: GridStation; distanceM: number }[],
  item: { station: GridStation; distanceM: number },
) {
  let i = list.length
  while (
    i > 0 &&
    (list[i - 1].distanceM > item.distanceM ||
      (list[i - 1].distanceM === item.distanceM && list[i - 1].station.row.id > item.station.row.id))
  )
    i--
  list.splice(i, 0, item)
}
