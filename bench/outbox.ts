// npm run bench -- outbox
// 10,000 notifications queued through the outbox for 1,000 users who hold subscribe grants,
// delivered by the real dispatcher to the inbox and a recording push channel that fails 30% of
// sends with WeChat's transient "system busy" (-1). The first dispatcher process is killed
// (SIGKILL) mid-run; a second one finishes. Then every notification must be delivered exactly
// once or failed with a reason: duplicates (a push recorded twice) and lost (neither) must be 0.
// Last line: one JSON object with queued, delivered, failed, lost, duplicates, throughput_per_s.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Runtime } from '../server/core/runtime'
import { inTransaction } from '../server/core/tx'
import type { Database } from '../server/db'
import { recordingChannel } from '../server/notify/channels/recording'
import { dispatchDue } from '../server/notify/dispatch'
import { notify } from '../server/notify/queue'
import { openBenchDatabase, openBenchDb, withRuntime } from './_db'
import { ms, round } from './_util'

const QUEUED = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000)
const USERS = 1_000
const FAIL_RATE = 0.3
const KILL_AFTER_SENDS = Math.floor(QUEUED * 0.4)
const DISPATCH = { batch: 100, leaseMs: 2_000, backoffMs: 20, maxAttempts: 6, sendConcurrency: 16 }

/** Child process: dispatch until nothing is pending or sending. */
async function dispatcherProcess(open: { url?: string; dataDir?: string }, pushLog: string) {
  const channel = recordingChannel({ file: pushLog, failRate: FAIL_RATE })
  const { db, runtime } = await withRuntime(await openBenchDb(open), { push: channel })
  for (;;) {
    await dispatchDue(runtime, DISPATCH)
    const left = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', ['pending', 'sending'])
      .executeTakeFirstOrThrow()
    if (Number(left.n) === 0) break
    // Retries not yet due, or claims of the killed process waiting out their lease.
    await new Promise((r) => setTimeout(r, 50))
  }
  await db.destroy()
}

function runDispatcher(open: object, pushLog: string, killAfterSends?: number): Promise<'finished' | 'killed'> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', __filename, '--dispatch', JSON.stringify(open), pushLog],
      { stdio: 'inherit' },
    )
    let killed = false
    const watch = killAfterSends
      ? setInterval(() => {
          const lines = existsSync(pushLog) ? readFileSync(pushLog, 'utf8').split('\n').length - 1 : 0
          if (lines >= killAfterSends && !killed) {
            killed = true
            child.kill('SIGKILL')
          }
        }, 20)
      : null
    child.on('exit', (code, signal) => {
      if (watch) clearInterval(watch)
      if (signal === 'SIGKILL' && killed) resolve('killed')
      else if (code === 0) resolve('finished')
      else reject(new Error(`dispatcher exited with ${code ?? signal}`))
    })
  })
}

async function seed(db: Database, runtime: Runtime) {
  const users = await db
    .insertInto('users')
    .values(
      Array.from({ length: USERS }, (_, i) => ({
        role: 'worker' as const,
        display_name: `职工${i}`,
        openid: `bench-openid-${i}`,
      })),
    )
    .returning('id')
    .execute()
  await db
    .insertInto('subscribe_grants')
    .values(users.map((u) => ({ user_id: u.id, kind: 'canteen_booked', remaining: QUEUED / USERS })))
    .execute()
  // Through the real outbox path, in transactions of 500 like a busy minute of bookings.
  for (let start = 0; start < QUEUED; start += 500) {
    await inTransaction(runtime, async (tx) => {
      for (let i = start; i < Math.min(QUEUED, start + 500); i++) {
        await notify(tx, {
          userId: users[i % USERS].id,
          kind: 'canteen_booked',
          data: { canteen: '太白社区延时餐厅', time: '2026-11-23 12:00', code: `B${String(i).padStart(7, '0')}` },
          page: '/subpackages/canteen/bookings',
          event: `bench:${i}`,
        })
      }
    })
  }
}

async function main() {
  const bench = await openBenchDatabase({ onDisk: true })
  const pushLog = join(tmpdir(), `lianshe-outbox-${process.pid}.jsonl`)
  rmSync(pushLog, { force: true })
  let t0 = process.hrtime.bigint()
  await seed(bench.db, bench.runtime)
  console.log(`queued ${QUEUED} notifications in ${round(ms(t0) / 1000, 1)} s (${bench.label})`)
  // PGlite is one process's database: close it while the dispatchers own it.
  if (bench.label === 'pglite') await bench.db.destroy()

  t0 = process.hrtime.bigint()
  const first = await runDispatcher(bench.open, pushLog, KILL_AFTER_SENDS)
  const sentBeforeCrash = readFileSync(pushLog, 'utf8').split('\n').length - 1
  console.log(`dispatcher 1: ${first} after ${sentBeforeCrash} pushes`)
  const second = await runDispatcher(bench.open, pushLog)
  const seconds = ms(t0) / 1000
  console.log(`dispatcher 2: ${second}; ${round(seconds, 1)} s in all`)

  const db = bench.label === 'pglite' ? await openBenchDb(bench.open) : bench.db
  const rows = await db.selectFrom('notifications').select(['id', 'status', 'push', 'last_error']).execute()
  const inbox = await db.selectFrom('inbox').select(['notification_id']).execute()
  const pushes = new Map<number, number>()
  for (const line of readFileSync(pushLog, 'utf8').split('\n')) {
    if (!line) continue
    const id = Number(JSON.parse(line).notificationId)
    pushes.set(id, (pushes.get(id) ?? 0) + 1)
  }
  const inboxIds = new Set(inbox.map((r) => Number(r.notification_id)))
  let delivered = 0
  let failed = 0
  let lost = 0
  const reasons = new Map<string, number>()
  for (const r of rows) {
    const id = Number(r.id)
    const pushed = pushes.get(id) ?? 0
    if (r.status === 'delivered' && r.push === 'sent' && pushed === 1 && inboxIds.has(id)) delivered++
    else if (r.status === 'failed' && r.last_error && inboxIds.has(id)) {
      failed++
      const reason = r.last_error.replace(/\d+ 次/, 'N 次')
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
    } else if (pushed <= 1) lost++ // pending, sending, or delivered without its push or inbox copy
  }
  const duplicates = [...pushes.values()].filter((n) => n > 1).length + (inbox.length - inboxIds.size)
  for (const [reason, n] of reasons) console.log(`failed ×${n}: ${reason}`)
  console.log(`push log ${round(statSync(pushLog).size / 1024)} KB; inbox entries ${inbox.length}`)
  await db.destroy()
  await bench.drop()
  rmSync(pushLog, { force: true })

  const figures = {
    queued: rows.length,
    delivered,
    failed,
    lost,
    duplicates,
    throughput_per_s: round(rows.length / seconds, 0),
    crash_after_pushes: sentBeforeCrash,
    injected_failure_rate: FAIL_RATE,
    db: bench.label,
  }
  console.log(JSON.stringify(figures))
  if (lost || duplicates || delivered + failed !== QUEUED) process.exitCode = 1
}

if (process.argv[2] === '--dispatch') {
  dispatcherProcess(JSON.parse(process.argv[3]), process.argv[4]).catch((e) => {
    console.error(e)
    process.exit(1)
  })
} else {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
