// npm run bench -- stations
// `nearby` through the stations function's main (validate, transaction, query, present) on
// synthetic stations (scripts/generate-stations.ts), at 1,000 and at 100,000:
//  - one rider at a time: p50/p99 of the list the app asks for (10 km, 30 stations, some filters,
//    at every hour of the week), and of searches (50 km, a word);
//  - 16 riders at once, each asking twice a second (a rider panning the map; an open loop: each
//    call is timed from when it was due, so a queue shows): p50/p99; for reference, the same 16
//    riders calling a no-op action (community.ping) through the same main;
//  - the same 16 riders asking again as soon as answered (a closed loop, the process saturated):
//    calls per second and p99, which on 2 cores is the queue for the CPU, not the query;
//  - the naive way on the same questions: load every station, compute every distance, filter, sort;
//  - the process's memory (RSS after gc) at both sizes: nothing in it should grow with stations.
// Each size is measured in fresh processes (the stations are written by another), so the RSS
// figures differ only by the number of stations; median of three. PGlite runs on disk, as the
// gateway does.
// Last line: one JSON object with stations, p50_ms, p99_ms, concurrent_p99_ms, speedup_vs_naive,
// same_results_as_naive, rss_delta_mb, db and others.
import { spawn } from 'node:child_process'
import type { Facility } from '../contract/stations'
import { main as community } from '../cloudfunctions/community/index'
import { main as stations } from '../cloudfunctions/stations/index'
import { haversineM } from '../cloudfunctions/stations/domain/geo'
import { isOpenAt, spansOf } from '../cloudfunctions/stations/domain/hours'
import { FEATURES } from '../cloudfunctions/features'
import { createRuntime, type Runtime } from '../server/core/runtime'
import type { Database } from '../server/db'
import { normalize } from '../server/text/bigrams'
import { AREA, generateStations, rng } from '../scripts/generate-stations'
import { openBenchDatabase, openBenchDb } from './_db'
import { ms, percentile, round } from './_util'

const SIZES = [1_000, Number(process.env.BENCH_STATIONS ?? 100_000)]
const PROCESSES_PER_SIZE = 3
const QUERIES = 400
const SEARCHES = 100
const RIDERS = 16
const CALLS_PER_RIDER = 40
const PACED_CALLS_PER_RIDER = 20
const PACE_MS = 500
const NAIVE_QUERIES = 6
const WORDS = ['骑手', '司机之家', '长江路', '太白路12', '爱心商家', '明州路3', '驿站']
// Riders ask at every hour of the week (open now matches fewer stations at night): each call
// sees the next hour of the week of Monday 2026-11-23, at 17 past.
const WEEK = Date.parse('2026-11-23T00:17:00+08:00')
let hour = 0
const everyHour = () => new Date(WEEK + (hour++ % 168) * 3_600_000)
// The measuring process's runtime: its database, and a clock the naive comparison can hold still.
let clock = everyHour
let runtime: Runtime

type Input = {
  lng: number
  lat: number
  radiusM: number
  facilities: Facility[]
  openNow: boolean
  q: string
  limit: number
}

function riderQueries(seed: number, count: number, search: boolean): Input[] {
  const random = rng(seed)
  const facilities: Facility[][] = [[], [], ['phone_charging'], ['phone_charging', 'hot_water'], ['toilet']]
  return Array.from({ length: count }, (_, i) => ({
    lng: AREA.minLng + 0.05 + random() * (AREA.maxLng - AREA.minLng - 0.1),
    lat: AREA.minLat + 0.05 + random() * (AREA.maxLat - AREA.minLat - 0.1),
    // What the app asks (src/subpackages/stations/index.tsx): 10 km, or 50 km for a search.
    radiusM: search ? 50_000 : 10_000,
    facilities: search ? [] : facilities[i % facilities.length],
    openNow: !search && i % 3 !== 0,
    q: search ? WORDS[i % WORDS.length] : '',
    limit: 30,
  }))
}

async function nearby(input: Input) {
  const r = (await stations({ action: 'nearby', input }, { lianshe: { runtime } })) as {
    ok: boolean
    message?: string
    data: { items: { id: number }[] }
  }
  if (!r.ok) throw new Error(r.message)
  return r.data.items.map((s) => s.id)
}

async function timed<T>(inputs: T[], call: (input: T) => Promise<unknown>) {
  const times: number[] = []
  for (const input of inputs) {
    const t0 = process.hrtime.bigint()
    await call(input)
    times.push(ms(t0))
  }
  return times
}

/** Closed loop: every rider asks again as soon as answered. */
async function riders<T>(perRider: T[][], call: (input: T) => Promise<unknown>) {
  return (await Promise.all(perRider.map((inputs) => timed(inputs, call)))).flat()
}

const sleep = (msec: number) => new Promise((r) => setTimeout(r, Math.max(0, msec)))

/**
 * Open loop: each rider's calls are due every PACE_MS from a random start, whether or not the
 * last was answered; a call's time runs from when it was due (a late start counts against it).
 */
async function pacedRiders<T>(perRider: T[][], call: (input: T) => Promise<unknown>) {
  const random = rng(42)
  const start = performance.now()
  const times: number[] = []
  await Promise.all(
    perRider.map(async (inputs) => {
      const offset = random() * PACE_MS
      await Promise.all(
        inputs.map(async (input, k) => {
          const due = start + offset + k * PACE_MS
          await sleep(due - performance.now())
          await call(input)
          times.push(performance.now() - due)
        }),
      )
    }),
  )
  return times
}

/** The way without an index: every live station into memory, every distance, filter, sort. */
async function naive(db: Database, q: Input, now: Date) {
  const all = await db
    .selectFrom('stations')
    .select(['id', 'name', 'address', 'operator', 'lng', 'lat', 'open_24h', 'hours', 'facilities', 'closed_until'])
    .where('retired_at', 'is', null)
    .execute()
  const text = normalize(q.q)
  return all
    .map((s) => ({ s, d: haversineM(q.lng, q.lat, s.lng, s.lat) }))
    .filter(({ s, d }) => d <= q.radiusM && q.facilities.every((f) => s.facilities.includes(f)))
    .filter(
      ({ s }) =>
        !q.openNow || isOpenAt(spansOf(s.hours), s.open_24h, s.closed_until ? new Date(s.closed_until) : null, now),
    )
    .filter(({ s }) => normalize(`${s.name} ${s.address} ${s.operator}`).includes(text))
    .sort((a, b) => a.d - b.d || a.s.id - b.s.id)
    .slice(0, q.limit)
    .map(({ s }) => s.id)
}

function rssMb() {
  for (let i = 0; i < 3; i++) global.gc?.()
  return process.memoryUsage().rss / 2 ** 20
}

/** One size, in this (fresh) process. */
async function measure(open: { url?: string; dataDir?: string }, withNaive: boolean) {
  const db = await openBenchDb({ ...open, poolSize: RIDERS })
  runtime = createRuntime({ features: FEATURES, database: db, clock: () => clock() })
  // A gateway that has been up a while: the pages riders' questions touch are in its cache.
  await timed([...riderQueries(9, 300, false), ...riderQueries(10, 50, true)], nearby)

  const list = riderQueries(7, QUERIES, false)
  const searches = riderQueries(8, SEARCHES, true)
  const cpu0 = process.cpuUsage()
  const single = await timed(list, nearby)
  const cpu = process.cpuUsage(cpu0)
  // CPU this process spends per call (on PGlite the database's share too, so riders at once queue
  // for about this each: one thread runs both).
  const cpuMsPerCall = (cpu.user + cpu.system) / 1000 / list.length
  const search = await timed(searches, nearby)
  const perRider = Array.from({ length: RIDERS }, (_, r) => riderQueries(100 + r, CALLS_PER_RIDER, false))
  const ping = () => community({ action: 'ping', input: {} }, { lianshe: { runtime } })
  const paced = perRider.map((inputs) => inputs.slice(0, PACED_CALLS_PER_RIDER))
  const concurrent = await pacedRiders(paced, nearby)
  const noop = await pacedRiders(paced, ping)
  const t0 = performance.now()
  const saturated = await riders(perRider, nearby)
  const saturatedPerS = (RIDERS * CALLS_PER_RIDER * 1000) / (performance.now() - t0)
  const rss = rssMb()

  // After the memory figure: the naive way loads every station into this process.
  const naiveTimes: number[] = []
  let agree = 0
  for (const q of withNaive ? [...list.slice(0, NAIVE_QUERIES), ...searches.slice(0, NAIVE_QUERIES)] : []) {
    const at = everyHour()
    clock = () => at
    const t0 = process.hrtime.bigint()
    const expected = await naive(db, q, at)
    if (!q.q) naiveTimes.push(ms(t0))
    if (JSON.stringify(await nearby(q)) === JSON.stringify(expected)) agree++
  }
  await db.destroy()
  return {
    single,
    cpuMsPerCall,
    search,
    concurrent,
    noop,
    saturated,
    saturatedPerS,
    rss,
    naiveTimes,
    agree,
    compared: withNaive ? 2 * NAIVE_QUERIES : 0,
  }
}

type Measured = Awaited<ReturnType<typeof measure>>

/** Runs this file again in a child process; its last stdout line is its answer. */
function child(args: string[]): Promise<any> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, __filename, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    p.stdout.on('data', (d) => (out += d))
    p.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`child exited ${code}`)),
    )
  })
}

async function main() {
  const [role, openJson, arg, seed] = process.argv.slice(2)
  if (role === 'generate') {
    const db = await openBenchDb(JSON.parse(openJson))
    await generateStations(db, Number(arg), Number(seed))
    await db.destroy()
    console.log('{}')
    return
  }
  if (role === 'measure') {
    console.log(JSON.stringify(await measure(JSON.parse(openJson), arg === 'naive')))
    return
  }

  const bench = await openBenchDatabase({ onDisk: true })
  const open = JSON.stringify(bench.open)
  await bench.db.destroy() // PGlite has one owner at a time: the children below
  const sizes: Measured[][] = []
  let count = 0
  for (const size of SIZES) {
    const t0 = process.hrtime.bigint()
    await child(['generate', open, String(size - count), String(size)]) // codes differ by seed
    console.log(`${size} stations (${round(ms(t0) / 1000, 1)} s to write ${size - count})`)
    count = size
    const runs: Measured[] = []
    for (let i = 0; i < PROCESSES_PER_SIZE; i++) {
      const run: Measured = await child(['measure', open, size === SIZES[SIZES.length - 1] && i === 0 ? 'naive' : ''])
      console.log(
        `  p50 ${round(percentile(run.single, 50), 2)} ms, p99 ${round(percentile(run.single, 99), 2)} ms,` +
          ` ${RIDERS} riders p99 ${round(percentile(run.concurrent, 99), 2)} ms` +
          ` (no-op ${round(percentile(run.noop, 99), 2)} ms), saturated ${round(run.saturatedPerS)}/s` +
          ` p99 ${round(percentile(run.saturated, 99), 2)} ms, rss ${round(run.rss, 1)} MB`,
      )
      runs.push(run)
    }
    sizes.push(runs)
  }
  await bench.drop()

  const rss = (runs: Measured[]) =>
    percentile(
      runs.map((r) => r.rss),
      50,
    )
  const all = (runs: Measured[], key: 'single' | 'search' | 'concurrent' | 'noop' | 'saturated') =>
    runs.flatMap((r) => r[key])
  const small = sizes[0]
  const large = sizes[sizes.length - 1]
  const withNaive = large.find((r) => r.compared)!
  const p50 = percentile(all(large, 'single'), 50)
  const naiveP50 = percentile(withNaive.naiveTimes, 50)
  console.log(
    JSON.stringify({
      stations: SIZES[SIZES.length - 1],
      p50_ms: round(p50, 3),
      p99_ms: round(percentile(all(large, 'single'), 99), 3),
      cpu_ms_per_call: round(
        percentile(
          large.map((r) => r.cpuMsPerCall),
          50,
        ),
        3,
      ),
      concurrent_riders: RIDERS,
      concurrent_p50_ms: round(percentile(all(large, 'concurrent'), 50), 3),
      concurrent_p99_ms: round(percentile(all(large, 'concurrent'), 99), 3),
      noop_concurrent_p99_ms: round(percentile(all(large, 'noop'), 99), 3),
      saturated_calls_per_s: round(
        percentile(
          large.map((r) => r.saturatedPerS),
          50,
        ),
        0,
      ),
      saturated_p99_ms: round(percentile(all(large, 'saturated'), 99), 3),
      search_p50_ms: round(percentile(all(large, 'search'), 50), 3),
      search_p99_ms: round(percentile(all(large, 'search'), 99), 3),
      naive_p50_ms: round(naiveP50, 1),
      speedup_vs_naive: round(naiveP50 / p50, 1),
      same_results_as_naive: `${withNaive.agree}/${withNaive.compared}`,
      p50_ms_at_1k: round(percentile(all(small, 'single'), 50), 3),
      concurrent_p99_ms_at_1k: round(percentile(all(small, 'concurrent'), 99), 3),
      rss_mb_at_1k: round(rss(small), 1),
      rss_mb: round(rss(large), 1),
      rss_delta_mb: round(rss(large) - rss(small), 1),
      db: bench.label,
    }),
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
