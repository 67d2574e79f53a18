// npm run bench -- coldstart [dir]
// A cloud function's cold start, as WeChat pays it: for each built function (cloudfunctions/<f>/
// index.js, built first; or <dir>/<f>/index.js to measure other bundles, e.g. an older build), a
// fresh Node process loads index.js and answers one call through its own runtime — the database
// it opens from the environment, as in the cloud. What a deployed function meets is
// BENCH_DATABASE_URL=postgres://…: a scratch database of that server, migrated here first, given
// to each process as DATABASE_URL. Without it, a migrated PGlite data directory in a temp folder,
// whose own start (~1 s of WebAssembly) then dominates every figure: no deployed function pays it.
// The call is the function's first public action, else its first action (answered UNAUTHENTICATED
// after the caller lookup), with an empty input unless CALLS names one: either way the whole path
// runs — input check, database (connected; one query finds it up to date), caller lookup,
// transaction. Each function starts RUNS times; its figure is the median. cold_ms is the time from
// the process's start to the answer; start_ms, Node's own start before index.js is required (no
// bundle changes it; it grows with the machine's load); load_ms the require of index.js; call_ms
// the first answer. Last line: {"database", "runs", "functions": {<f>: {cold_ms, start_ms,
// load_ms, call_ms, kb, action, answer}}, "max_cold_ms", "median_cold_ms"}.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { openBenchDatabase } from './_db'
import { percentile, round } from './_util'

const RUNS = Number(process.env.BENCH_COLDSTART_RUNS ?? 3)

/** Functions whose first public action needs input. */
const CALLS: Record<string, { action: string; input: unknown }> = {
  stations: { action: 'nearby', input: { lng: 121.85, lat: 29.9 } },
}

interface Sample {
  cold_ms: number
  start_ms: number
  load_ms: number
  call_ms: number
  action: string
  answer: string
}

/** Child: load the bundle, answer one call, report. performance.now() counts from the process's start. */
const CHILD = `
const started = performance.now()
const bundle = require(process.env.COLDSTART_BUNDLE)
const loaded = performance.now()
const handlers = Object.values(bundle.main.handlers)
const h = process.env.COLDSTART_CALL
  ? JSON.parse(process.env.COLDSTART_CALL)
  : { action: (handlers.find((x) => x.access === 'public') ?? handlers[0]).action, input: {} }
bundle.main({ action: h.action, input: h.input }, {}).then((r) => {
  const answered = performance.now()
  process.stdout.write(JSON.stringify({
    cold_ms: answered, start_ms: started, load_ms: loaded - started, call_ms: answered - loaded,
    action: h.action, answer: r.ok ? 'ok' : r.code,
  }))
  process.exit(0)
})
`

function coldStart(name: string, bundle: string, env: Record<string, string>): Promise<Sample> {
  return new Promise((resolve, reject) => {
    // The parent's environment, but the database only as given (as the cloud gives a function its own).
    const childEnv: NodeJS.ProcessEnv = { ...process.env }
    delete childEnv.DATABASE_URL
    delete childEnv.LIANSHE_DATA_DIR
    Object.assign(childEnv, {
      // The bundle leaves PGlite and pg's natives outside: found here wherever the bundle lies.
      NODE_PATH: path.resolve(__dirname, '..', 'node_modules'),
      LIANSHE_LOG: 'silent',
      COLDSTART_BUNDLE: bundle,
      ...(CALLS[name] ? { COLDSTART_CALL: JSON.stringify(CALLS[name]) } : {}),
      ...env,
    })
    const child = spawn(process.execPath, ['-e', CHILD], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d))
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Sample) : reject(new Error(`${bundle} exited with ${code}`)),
    )
  })
}

async function main() {
  const given = process.argv[2]
  const root = given ? path.resolve(given) : path.resolve(__dirname, '..', 'cloudfunctions')
  if (!given) await buildFunctions()
  const names = readdirSync(root)
    .filter((n) => existsSync(path.join(root, n, 'index.js')))
    .sort()

  // The database is migrated once here, as a deployed function finds it; each child opens it itself.
  if (!process.env.BENCH_DATABASE_URL) {
    console.log('（PGlite：每个进程先启动嵌入式数据库，部署的云函数不会；部署的冷启动请用 BENCH_DATABASE_URL）')
  }
  const bench = await openBenchDatabase({ onDisk: true })
  await bench.db.destroy()
  const env: Record<string, string> = bench.open.url
    ? { DATABASE_URL: bench.open.url }
    : { LIANSHE_DATA_DIR: bench.open.dataDir! }

  const functions: Record<string, Sample & { kb: number }> = {}
  try {
    for (const name of names) {
      const bundle = path.join(root, name, 'index.js')
      const samples: Sample[] = []
      for (let i = 0; i < RUNS; i++) samples.push(await coldStart(name, bundle, env))
      samples.sort((a, b) => a.cold_ms - b.cold_ms)
      const mid = samples[Math.floor(samples.length / 2)]
      functions[name] = {
        cold_ms: round(mid.cold_ms, 0),
        start_ms: round(mid.start_ms, 0),
        load_ms: round(mid.load_ms, 0),
        call_ms: round(mid.call_ms, 0),
        kb: round(statSync(bundle).size / 1024, 0),
        action: mid.action,
        answer: mid.answer,
      }
      console.log(
        `${name.padEnd(14)} ${String(functions[name].cold_ms).padStart(5)} ms  (Node 启动 ${functions[name].start_ms} ms，加载 ${functions[name].load_ms} ms，` +
          `首次调用 ${functions[name].call_ms} ms，${functions[name].kb} KB，${mid.action} → ${mid.answer})`,
      )
    }
  } finally {
    await bench.drop()
  }
  const colds = Object.values(functions).map((f) => f.cold_ms)
  console.log(
    JSON.stringify({
      database: bench.label,
      runs: RUNS,
      functions,
      max_cold_ms: Math.max(...colds),
      median_cold_ms: percentile(colds, 50),
    }),
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
