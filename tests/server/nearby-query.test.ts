import { PGlite } from '@electric-sql/pglite'
import { Kysely, Migrator, sql } from 'kysely'
import { FACILITIES, type Facility } from '../../contract/stations'
import { haversineM } from '../../cloudfunctions/stations/domain/geo'
import { isOpenAt, storedHours, type Span } from '../../cloudfunctions/stations/domain/hours'
import { nearestStations, type NearbySearch } from '../../cloudfunctions/stations/domain/nearby-query'
import { FEATURES } from '../../cloudfunctions/features'
import { rng } from '../../scripts/generate-stations'
import { migrationsOf } from '../../server/core/feature'
import { migrateToLatest } from '../../server/db/migrate'
import { PGliteDialect } from '../../server/db/pglite-dialect'
import type { DB } from '../../server/db/schema'
import { normalize } from '../../server/text/bigrams'
import { describeEachDatabase } from '../helpers/databases'

// The query must give exactly what checking every station would: same stations, same order.
const KEYS = Object.keys(FACILITIES) as Facility[]
const WORDS = ['骑手驿站', '红领驿站', '爱心商家', '职工之家']

interface Station {
  code: string
  name: string
  operator: string
  address: string
  lng: number
  lat: number
  open24h: boolean
  spans: Span[]
  facilities: Facility[]
  closedUntil: Date | null
}

function randomStation(n: number, random: () => number, at?: { lng: number; lat: number }): Station {
  // Opening and closing on the half hour, closing at or before opening runs past midnight.
  const opens = Math.floor(random() * 48) * 30
  const closes = Math.floor(random() * 48) * 30 + (random() < 0.05 ? 30 : 0)
  const weekdays = [0, 1, 2, 3, 4, 5, 6].filter(() => random() < 0.7)
  return {
    code: `Q-${n}`,
    name: `${WORDS[n % WORDS.length]}${n}号`,
    operator: n % 5 === 0 ? '顺丰' : n % 17 === 0 ? 'SF Express' : '',
    address: `宁波市太白路${n % 300}号`,
    lng: at?.lng ?? 121.5 + random() * 0.3,
    lat: at?.lat ?? 29.8 + random() * 0.3,
    open24h: random() < 0.1,
    spans: weekdays.map((weekday) => ({ weekday, opensMin: opens, closesMin: closes })),
    facilities: KEYS.filter(() => random() < 0.4),
    closedUntil: random() < 0.05 ? new Date(Date.UTC(2026, 10, 23, 6)) : null,
  }
}

function everyStation(stations: Map<number, Station>, p: NearbySearch) {
  const q = normalize(p.q)
  return [...stations.entries()]
    .map(([id, s]) => ({ id, s, d: haversineM(p.lng, p.lat, s.lng, s.lat) }))
    .filter(({ s, d }) => d <= p.radiusM && p.facilities.every((f) => s.facilities.includes(f as Facility)))
    .filter(({ s }) => !p.openAt || isOpenAt(s.spans, s.open24h, s.closedUntil, p.openAt))
    .filter(({ s }) => normalize(`${s.name} ${s.address} ${s.operator}`).includes(q))
    .sort((a, b) => a.d - b.d || a.id - b.id)
    .slice(0, p.limit)
    .map(({ id }) => id)
}

describeEachDatabase('nearby query', (ctx) => {
  let communityId: number
  beforeAll(async () => {
    const c = await ctx.db
      .insertInto('communities')
      .values({ code: 'Q-COMMUNITY', name: '测试社区', district: '北仑区', lng: 121.6, lat: 29.9 })
      .returning('id')
      .executeTakeFirstOrThrow()
    communityId = c.id
  })

  // Written straight to the table, as any writer could: what the query needs is the database's to derive.
  const insert = async (list: Station[]) => {
    const ids: number[] = []
    for (let i = 0; i < list.length; i += 500) {
      const rows = await ctx.db
        .insertInto('stations')
        .values(
          list.slice(i, i + 500).map((s) => ({
            code: s.code,
            name: s.name,
            tier: 'sub_station',
            community_id: communityId,
            operator: s.operator,
            address: s.address,
            lng: s.lng,
            lat: s.lat,
            open_24h: s.open24h,
            hours: storedHours(s.spans),
            facilities: sql<string[]>`${s.facilities}::text[]`,
            closed_until: s.closedUntil,
          })),
        )
        .returning('id')
        .execute()
      ids.push(...rows.map((r) => r.id))
    }
    return ids
  }
  const nearest = async (p: NearbySearch) =>
    (await ctx.db.transaction().execute((trx) => nearestStations(trx, p))).map((f) => f.row.id)
  afterEach(() => ctx.db.deleteFrom('stations').execute())

  test('nearest-first search agrees with checking every station, for radii from 100 m to 50 km and any filters', async () => {
    const random = rng(11)
    const list: Station[] = []
    for (let n = 1; n <= 4000; n++) {
      // Some buildings hold several stations (same point): ties go to the lower id.
      const building = n % 100 > 0 && n % 100 < 8 ? list[n - 1 - (n % 100)] : undefined
      list.push(randomStation(n, random, building))
    }
    const ids = await insert(list)
    const stations = new Map(ids.map((id, i) => [id, list[i]]))
    // Rare words (顺丰, sf, 不存在) come from the bigram index; common ones (骑手, 太白路1) nearest-first.
    const words = ['骑手', '太白路1', '顺丰', '不存在', 'sf', '站', '%', '路12号']
    for (let i = 0; i < 300; i++) {
      const p: NearbySearch = {
        lng: 121.45 + random() * 0.4,
        lat: 29.75 + random() * 0.4,
        radiusM: [100, 1000, 5000, 20000, 50000][i % 5],
        facilities: KEYS.filter(() => random() < 0.15),
        openAt:
          i % 3
            ? new Date(Date.UTC(2026, 10, 23 + Math.floor(random() * 7), Math.floor(random() * 24), i % 2 ? 30 : 0))
            : null,
        q: i % 4 === 0 ? words[(i / 4) % words.length] : '',
        limit: 1 + Math.floor(random() * 50),
      }
      expect({ i, ids: await nearest(p) }).toEqual({ i, ids: everyStation(stations, p) })
    }
  }, 120000)

  test('a building with more stations than asked for: the lowest ids, whatever order the index returns them in', async () => {
    const random = rng(3)
    const at = { lng: 121.7, lat: 29.9 }
    const ids = await insert(Array.from({ length: 12 }, (_, i) => randomStation(i + 1, random, at)))
    // Rewritten rows go to the end of the table and of the index: ties now come back out of id order.
    await ctx.db.updateTable('stations').set({ charging: 'full' }).where('id', 'in', ids.slice(0, 6)).execute()
    const p = { ...at, radiusM: 100, facilities: [], openAt: null, q: '', limit: 3 }
    expect(await nearest(p)).toEqual(ids.slice(0, 3))
  })

  test('moving, renaming, re-timing, retiring and removing stations leave the query as if built afresh', async () => {
    const random = rng(5)
    const list = Array.from({ length: 500 }, (_, i) => randomStation(i + 1, random))
    const ids = await insert(list)
    const stations = new Map(ids.map((id, i) => [id, list[i]]))
    for (const [k, id] of ids.entries()) {
      const s = stations.get(id)!
      if (k % 3 === 0) {
        const moved = randomStation(k + 1, random)
        Object.assign(s, { lng: moved.lng, lat: moved.lat })
        await ctx.db.updateTable('stations').set({ lng: s.lng, lat: s.lat }).where('id', '=', id).execute()
      }
      if (k % 11 === 0) {
        s.name = `改名驿站${k}`
        await ctx.db.updateTable('stations').set({ name: s.name }).where('id', '=', id).execute()
      }
      if (k % 13 === 0) {
        s.spans = [{ weekday: 1, opensMin: 600, closesMin: 660 }]
        s.open24h = false
        const hours = storedHours(s.spans)
        await ctx.db.updateTable('stations').set({ hours, open_24h: false }).where('id', '=', id).execute()
      }
      if (k % 7 === 1) {
        stations.delete(id)
        await ctx.db.updateTable('stations').set({ retired_at: new Date() }).where('id', '=', id).execute()
      }
    }
    stations.delete(ids[3])
    await ctx.db.deleteFrom('stations').where('id', '=', ids[3]).execute()

    const everywhere = { lng: 121.65, lat: 29.95, radiusM: 50000, facilities: [], openAt: null, q: '', limit: 50 }
    const monday1030 = new Date('2026-11-23T10:30:00+08:00')
    for (const p of [
      everywhere,
      { ...everywhere, q: '改名' },
      { ...everywhere, q: '骑手驿站' },
      { ...everywhere, openAt: monday1030 },
      { ...everywhere, openAt: new Date('2026-11-23T11:00:00+08:00') },
    ]) {
      expect(await nearest(p)).toEqual(everyStation(stations, p))
    }
    expect((await nearest({ ...everywhere, q: '改名' })).length).toBeGreaterThan(10)
  }, 60000)
})

test('migration 0008 derives what the query needs for the stations already there', async () => {
  const migrations = migrationsOf(FEATURES)
  const db = new Kysely<DB>({ dialect: new PGliteDialect(await PGlite.create()) })
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    expect((await migrator.migrateTo('0007_station_revisions')).error).toBeUndefined()
    const c = await db
      .insertInto('communities')
      .values({ code: 'OLD', name: '老社区', district: '北仑区', lng: 121.8, lat: 29.9 })
      .returning('id')
      .executeTakeFirstOrThrow()
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMin: 480, closesMin: 1200 }))
    await db
      .insertInto('stations')
      .values({
        code: 'OLD-1',
        name: '老骑手驿站',
        tier: 'sub_station',
        community_id: c.id,
        address: '北仑区老街 1 号',
        lng: 121.8,
        lat: 29.9,
        hours: storedHours(weekdays),
      })
      .execute()
    expect(await migrateToLatest(db, migrations)).toContain('0008_stations_nearby_in_postgres')

    const near = (p: Partial<NearbySearch>) =>
      db.transaction().execute(async (trx) =>
        (
          await nearestStations(trx, {
            lng: 121.801,
            lat: 29.9,
            radiusM: 1000,
            facilities: [],
            openAt: null,
            q: '',
            limit: 5,
            ...p,
          })
        ).map((f) => f.row.name),
      )
    expect(await near({})).toEqual(['老骑手驿站'])
    expect(await near({ q: '骑手' })).toEqual(['老骑手驿站'])
    expect(await near({ openAt: new Date('2026-11-23T09:00:00+08:00') })).toEqual(['老骑手驿站'])
    expect(await near({ openAt: new Date('2026-11-23T21:00:00+08:00') })).toEqual([])
  } finally {
    await db.destroy()
  }
}, 60000)
