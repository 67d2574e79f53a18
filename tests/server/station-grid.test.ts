import { FACILITIES, type Facility } from '../../contract/stations'
import { haversineM } from '../../cloudfunctions/stations/domain/geo'
import { isOpenAt, spansOf } from '../../cloudfunctions/stations/domain/hours'
import type { SummaryRow } from '../../cloudfunctions/stations/domain/present'
import { StationGrid } from '../../cloudfunctions/stations/domain/station-grid'
import { rng } from '../../scripts/generate-stations'

// The grid must give exactly what checking every station would: same stations, same order.
const KEYS = Object.keys(FACILITIES) as Facility[]
const WORDS = ['骑手驿站', '红领驿站', '爱心商家', '职工之家']

function randomRow(id: number, random: () => number, at?: { lng: number; lat: number }): SummaryRow {
  const opens = Math.floor(random() * 24) * 60
  const closes = Math.floor(random() * 24) * 60
  const weekdays = [0, 1, 2, 3, 4, 5, 6].filter(() => random() < 0.7)
  return {
    id,
    code: `G-${id}`,
    name: `${WORDS[id % WORDS.length]}${id}号`,
    tier: 'sub_station',
    operator: id % 5 === 0 ? '顺丰' : '',
    address: `宁波市太白路${id % 300}号`,
    lng: at?.lng ?? 121.5 + random() * 0.3,
    lat: at?.lat ?? 29.8 + random() * 0.3,
    open_24h: random() < 0.1,
    hours: weekdays.map((w) => [w, opens, closes] as [number, number, number]),
    facilities: KEYS.filter(() => random() < 0.4),
    rating_sum: 0,
    rating_count: 0,
    charging: null,
    closed_until: random() < 0.05 ? new Date(Date.UTC(2026, 10, 23, 6)) : null,
    closed_reason: null,
    status_note: null,
    status_updated_at: null,
    retired_at: null,
    community_name: '测试社区',
  }
}

function everyStation(
  rows: Map<number, SummaryRow>,
  p: {
    lng: number
    lat: number
    radiusM: number
    facilities: Facility[]
    openAt: Date | null
    q: string
    limit: number
  },
) {
  return [...rows.values()]
    .map((row) => ({ row, d: haversineM(p.lng, p.lat, row.lng, row.lat) }))
    .filter(({ row, d }) => d <= p.radiusM && p.facilities.every((f) => row.facilities.includes(f)))
    .filter(
      ({ row }) =>
        !p.openAt ||
        isOpenAt(spansOf(row.hours), row.open_24h, row.closed_until ? new Date(row.closed_until) : null, p.openAt),
    )
    .filter(({ row }) => !p.q || `${row.name} ${row.address} ${row.operator}`.includes(p.q))
    .sort((a, b) => a.d - b.d || a.row.id - b.row.id)
    .slice(0, p.limit)
    .map(({ row }) => row.id)
}

test('nearest-first search agrees with checking every station, for radii from 100 m to 50 km and any filters', () => {
  const random = rng(11)
  const grid = new StationGrid()
  const rows = new Map<number, SummaryRow>()
  for (let id = 1; id <= 4000; id++) {
    // Some stations share a building (same point): ties go to the lower id.
    const row = randomRow(id, random, id % 50 === 0 ? rows.get(id - 1) : undefined)
    rows.set(id, row)
    grid.put(row)
  }
  for (let i = 0; i < 300; i++) {
    const p = {
      lng: 121.45 + random() * 0.4,
      lat: 29.75 + random() * 0.4,
      radiusM: [100, 1000, 5000, 20000, 50000][i % 5],
      facilities: KEYS.filter(() => random() < 0.15),
      openAt: i % 3 ? new Date(Date.UTC(2026, 10, 23, Math.floor(random() * 24), 30)) : null,
      q: i % 7 === 0 ? ['骑手', '太白路1', '顺丰', '不存在'][i % 4] : '',
      limit: 1 + Math.floor(random() * 50),
    }
    expect(grid.nearest(p).map((f) => f.station.row.id)).toEqual(everyStation(rows, p))
  }
})

test('moving, retiring and removing stations leave the grid as if built afresh', () => {
  const random = rng(5)
  const grid = new StationGrid()
  const rows = new Map<number, SummaryRow>()
  for (let id = 1; id <= 500; id++) {
    const row = randomRow(id, random)
    rows.set(id, row)
    grid.put(row)
  }
  for (let id = 1; id <= 500; id += 3) {
    const moved = { ...randomRow(id, random), id }
    rows.set(id, moved)
    grid.put(moved)
  }
  for (let id = 2; id <= 500; id += 7) {
    grid.put({ ...rows.get(id)!, retired_at: new Date() })
    rows.delete(id)
  }
  grid.remove(4)
  rows.delete(4)
  expect(grid.size).toBe(rows.size)
  const p = { lng: 121.65, lat: 29.95, radiusM: 50000, facilities: [], openAt: null, q: '', limit: 50 }
  expect(grid.nearest(p).map((f) => f.station.row.id)).toEqual(everyStation(rows, p))
})
