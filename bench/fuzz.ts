// npm run bench -- fuzz
// 1. Sign-in storm: 8 clients sign in over HTTP without pause (each a scrypt hash) while one
//    client pings; the ping's p50 must stay ≤ 20 ms (hashing runs outside any transaction).
// 2. Hostile requests: every action of every function, as every demo role and anonymous, with
//    inputs generated from its contract and hostile values (tests/helpers/fuzz.ts), over HTTP.
// Last line: one JSON object with requests, actions, internal_errors, http_5xx,
// writes_by_refused, ping_p50_ms_under_login_storm, db.
import { loadFunctions } from '../gateway/functions'
import { createGateway } from '../gateway/server'
import { DEMO_STAFF_PASSWORD } from '../cloudfunctions/user/seed'
import { seedDemo } from '../server/core/seed'
import { SEEDS } from '../cloudfunctions/seeds'
import { fuzzActions } from '../tests/helpers/fuzz'
import { openBenchDatabase } from './_db'
import { percentile, round } from './_util'

const RUNS = Number(process.env.BENCH_FUZZ_RUNS ?? 80)
const STORM_CLIENTS = 8
const STORM_MS = Number(process.env.BENCH_STORM_MS ?? 5000)

async function main() {
  const bench = await openBenchDatabase()
  process.env.LIANSHE_DEMO = '1'
  await seedDemo(bench.runtime, SEEDS)
  const app = await createGateway({ functions: await loadFunctions(), runtime: bench.runtime })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const post = async (fn: string, body: unknown, token?: string) => {
    const res = await fetch(`${base}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    return { status: res.status, json: (await res.json()) as { ok: boolean; code?: string; data?: any } }
  }

  // 1. The sign-in storm.
  let stop = false
  let signIns = 0
  const accounts = ['demo_admin', 'demo_shegong', 'demo_bumen']
  const storm = Array.from({ length: STORM_CLIENTS }, async (_, i) => {
    while (!stop) {
      const r = await post('user', {
        action: 'login',
        input: { username: accounts[i % 3], password: DEMO_STAFF_PASSWORD },
      })
      if (!r.json.ok) throw new Error(`sign-in refused: ${r.json.code}`)
      signIns++
    }
  })
  await new Promise((r) => setTimeout(r, 500))
  const pings: number[] = []
  const quiet: number[] = []
  const until = Date.now() + STORM_MS
  while (Date.now() < until) {
    const t0 = performance.now()
    await post('community', { action: 'ping' })
    pings.push(performance.now() - t0)
  }
  stop = true
  await Promise.all(storm)
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now()
    await post('community', { action: 'ping' })
    quiet.push(performance.now() - t0)
  }

  // 2. Hostile requests.
  const t0 = Date.now()
  const report = await fuzzActions({
    baseUrl: base,
    db: bench.db,
    tokenFor: async (role) => (await post('user', { action: 'demoLogin', input: { role } })).json.data.token,
    runs: RUNS,
    raw: 300,
    sweep: true,
  })
  const seconds = (Date.now() - t0) / 1000
  await app.close()
  await bench.db.destroy()
  await bench.drop()

  for (const f of report.failures.slice(0, 20)) console.error('FAIL', JSON.stringify(f))
  console.log(`outcomes: ${JSON.stringify(report.outcomes)}`)
  console.log(
    JSON.stringify({
      requests: report.requests,
      actions: report.actions,
      internal_errors: report.internal_errors,
      http_5xx: report.http_5xx,
      writes_by_refused: report.writes_by_refused,
      ping_p50_ms_under_login_storm: round(percentile(pings, 50)),
      ping_p95_ms_under_login_storm: round(percentile(pings, 95)),
      ping_p50_ms_quiet: round(percentile(quiet, 50)),
      sign_ins_per_s_during_storm: round(signIns / (STORM_MS / 1000 + 0.5), 1),
      fuzz_seconds: round(seconds, 1),
      db: bench.label,
    }),
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
