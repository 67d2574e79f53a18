// Synthetic stations for benchmarks: `count` stations scattered over greater Ningbo (GCJ-02),
// with realistic mixes of tiers, facilities and hours (day, evening, overnight, 24h).
import { sql, type Kysely } from 'kysely'
import { FACILITIES, TIERS, type Facility } from '../contract/stations'
import { storedHours } from '../cloudfunctions/stations/domain/hours'
import type { DB } from '../server/db/schema'

export const AREA = { minLng: 121.4, maxLng: 122.2, minLat: 29.6, maxLat: 30.1 }

/** Deterministic PRNG so every run benchmarks the same data. */
export function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FACILITY_KEYS = Object.keys(FACILITIES) as Facility[]
const TIER_KEYS = Object.keys(TIERS)
const NAMES = ['骑手驿站', '红领驿站', '爱心驿站', '职工之家', '户外劳动者服务站', '爱心商家', '司机之家']
const ROADS = ['庐山路', '长江路', '明州路', '太白路', '灵山路', '黄山路', '新大路', '泰山路']
const HOURS: [number, number][][] = [
  [[480, 1200]], // 08:00–20:00
  [[420, 1380]], // 07:00–23:00
  [[1080, 120]], // 18:00–02:00 overnight
  [[510, 1050]], // 08:30–17:30
]

export async function generateStations(db: Kysely<DB>, count: number, seed = 42): Promise<void> {
  const random = rng(seed)
  const community = await db
    .insertInto('communities')
    .values({ code: `BENCH-${seed}`, name: '基准测试社区', district: '宁波市', lng: 121.8, lat: 29.9 })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: '基准测试社区' }))
    .returning('id')
    .executeTakeFirstOrThrow()
  const BATCH = 1000
  for (let start = 0; start < count; start += BATCH) {
    const rows: Record<string, unknown>[] = []
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const lng = AREA.minLng + random() * (AREA.maxLng - AREA.minLng)
      const lat = AREA.minLat + random() * (AREA.maxLat - AREA.minLat)
      const facilities = FACILITY_KEYS.filter(() => random() < 0.35)
      const name = `${ROADS[i % ROADS.length]}${NAMES[i % NAMES.length]}${i}号`
      const address = `宁波市${ROADS[(i * 7) % ROADS.length]}${i % 900}号`
      const open24h = random() < 0.08
      const plan = {
        spans: HOURS[i % HOURS.length],
        weekdays: random() < 0.7 ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5],
      }
      rows.push({
        code: `B${seed}-${i}`,
        name,
        tier: TIER_KEYS[i % TIER_KEYS.length],
        community_id: community.id,
        address,
        lng,
        lat,
        open_24h: open24h,
        hours: storedHours(
          plan.weekdays.flatMap((weekday) =>
            plan.spans.map(([opensMin, closesMin]) => ({ weekday, opensMin, closesMin })),
          ),
        ),
        facilities: sql`${facilities}::text[]`,
      })
    }
    await db
      .insertInto('stations')
      .values(rows as any)
      .execute()
  }
  await sql`analyze stations`.execute(db)
}
