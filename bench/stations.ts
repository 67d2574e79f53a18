// npm run bench -- stations
// 100,000 synthetic stations on the embedded database (PGlite):
//  - `nearby` server time (the cloud function's main: validate, transaction, search, present),
//    plus what the in-memory index costs: the first call's full load, and a call right after a
//    station changed (the catch-up)
//  - the naive way side by side: load all stations and hours, compute every distance, filter, sort
//  - gateway throughput of `nearby` against the same gateway's no-op action (community.ping)
// Last line: one JSON object with p50_ms, speedup_vs_naive, throughput_ratio_vs_noop and others.
import { spawn } from 'node:child_process'
import { main as stations } from '../cloudfunctions/stations/index'
import { haversineM } from '../cloudfunctions/stations/domain/geo'
import { isOpenAt, spansOf } from '../cloudfunctions/stations/domain/hours'
import { loadFunctions } from '../gateway/functions'
import { createGateway } from '../gateway/server'
import { openBenchDatabase } from './_db'
import { AREA, generateStations, rng } from '../scripts/generate-stations'
import { ms, percentile, round } from './_util'

const COUNT = Number(process.env.BENCH_STATIONS ?? 100_000)
const QUERIES = 400
const NAIVE_QUERIES = 15
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 8)

async function main() {
  const bench = await openBenchDatabase()
  const { db, label, drop } = bench
  let t0 = process.hrtime.bigint()
  await generateStations(db, COUNT)
  console.log(`generated ${COUNT} stations in ${round(ms(t0) / 1000, 1)} s`)

  const random = rng(7)
  const queries = Array.from({ length: QUERIES }, (_, i) => ({
    lng: AREA.minLng + 0.05 + random() * (AREA.maxLng - AREA.minLng - 0.1),
    lat: AREA.minLat + 0.05 + random() * (AREA.maxLat - AREA.minLat - 0.1),
    radiusM: 5000,
    facilities: i % 2 ? ['phone_charging'] : ['phone_charging', 'hot_water'],
    openNow: i % 3 !== 0,
    limit: 20,
  }))

  // The first call loads every live station into the index; then warm up and time the indexed path.
  t0 = process.hrtime.bigint()
  await stations({ action: 'nearby', input: queries[0] }, { lianshe: { runtime: bench.runtime } })
  const loadMs = ms(t0)
  for (const q of queries.slice(0, 20))
    await stations({ action: 'nearby', input: q }, { lianshe: { runtime: bench.runtime } })
  const indexed: number[] = []
  let found = 0
  for (const q of queries) {
    t0 = process.hrtime.bigint()
    const r = (await stations({ action: 'nearby', input: q }, { lianshe: { runtime: bench.runtime } })) as any
    indexed.push(ms(t0))
    if (!r.ok) throw new Error(r.message)
    found += r.data.items.length
  }

  // A station changes (its charging bays fill up), then the next call catches up.
  const catchUp: number[] = []
  for (let i = 0; i < 30; i++) {
    await db
      .updateTable('stations')
      .set({ charging: i % 2 ? 'full' : 'available' })
      .where('id', '=', 1 + i)
      .execute()
    t0 = process.hrtime.bigint()
    await stations({ action: 'nearby', input: queries[i] }, { lianshe: { runtime: bench.runtime } })
    catchUp.push(ms(t0))
  }

  // The naive way: everything into memory for each query.
  const naive: number[] = []
  let agree = 0
  for (const q of queries.slice(0, NAIVE_QUERIES)) {
    t0 = process.hrtime.bigint()
    const now = new Date()
    const all = await db.selectFrom('stations').selectAll().where('retired_at', 'is', null).execute()
    const result = all
      .map((s) => ({ s, d: haversineM(q.lng, q.lat, s.lng, s.lat) }))
      .filter(({ s, d }) => d <= q.radiusM && q.facilities.every((f) => s.facilities.includes(f)))
      .filter(
        ({ s }) =>
          !q.openNow || isOpenAt(spansOf(s.hours), s.open_24h, s.closed_until ? new Date(s.closed_until) : null, now),
      )
      .sort((a, b) => a.d - b.d)
      .slice(0, q.limit)
    naive.push(ms(t0))
    const fast = (await stations({ action: 'nearby', input: q }, { lianshe: { runtime: bench.runtime } })) as any
    if (JSON.stringify(fast.data.items.map((x: any) => x.id)) === JSON.stringify(result.map((x) => x.s.id))) agree++
  }

  // Gateway throughput: nearby vs the no-op, same gateway, same run.
  const app = await createGateway({ functions: await loadFunctions(), runtime: bench.runtime })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  // The load generator runs in its own process (the other core), not on the server's event loop.
  const load = (fn: string, body: unknown) =>
    new Promise<{ requests: { average: number }; non2xx: number }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          require.resolve('autocannon/autocannon.js'),
          '--json',
          '-c',
          '8',
          '-d',
          String(Math.max(1, Math.round(LOAD_SECONDS / 2))),
          '-m',
          'POST',
          '-H',
          'content-type=application/json',
          '-b',
          JSON.stringify(body),
          `${base}/api/${fn}`,
        ],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      )
      let out = ''
      child.stdout.on('data', (d) => (out += d))
      child.on('exit', (code) =>
        code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon exited ${code}`)),
      )
    })
  // ABBA order (no-op, nearby, nearby, no-op), half the time each: drift on a noisy machine
  // (CPU boost, another job) falls on both sides alike.
  const ping = () => load('community', { action: 'ping' })
  const nearby = () => load('stations', { action: 'nearby', input: queries[1] })
  const phases = [await ping(), await nearby(), await nearby(), await ping()]
  const both = (a: (typeof phases)[number], b: (typeof phases)[number]) => ({
    requests: { average: (a.requests.average + b.requests.average) / 2 },
    non2xx: a.non2xx + b.non2xx,
  })
  const noop = both(phases[0], phases[3])
  const near = both(phases[1], phases[2])
  await app.close()
  await db.destroy()
  await drop()

  const p50 = percentile(indexed, 50)
  const naiveP50 = percentile(naive, 50)
  const figures = {
    stations: COUNT,
    p50_ms: round(p50, 3),
    p99_ms: round(percentile(indexed, 99), 3),
    index_load_ms: round(loadMs, 0),
    after_change_p50_ms: round(percentile(catchUp, 50), 3),
    naive_p50_ms: round(naiveP50, 1),
    speedup_vs_naive: round(naiveP50 / p50, 1),
    same_results_as_naive: `${agree}/${NAIVE_QUERIES}`,
    avg_results: round(found / QUERIES, 1),
    noop_rps: round(noop.requests.average, 0),
    nearby_rps: round(near.requests.average, 0),
    throughput_ratio_vs_noop: round(near.requests.average / noop.requests.average, 3),
    non_2xx: noop.non2xx + near.non2xx,
    db: label,
  }
  console.log(JSON.stringify(figures))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
