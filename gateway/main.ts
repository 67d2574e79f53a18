// The local gateway process (`npm start`, also the self-hosted deployment):
// runtime (database, migrations) → demo seed (demo mode) → functions → timers → HTTP.
import path from 'node:path'
import { FEATURES } from '../cloudfunctions/features'
import { DEMO_STAFF_PASSWORD, DEMO_USERS } from '../cloudfunctions/user/seed'
import { settings } from '../server/config'
import { log } from '../server/core/log'
import { createRuntime } from '../server/core/runtime'
import { seedDemo } from '../server/core/seed'
import { calendarWarning } from '../server/time/calendar-coverage'
import { shanghaiDate } from '../server/time/shanghai'
import { SEEDS } from '../cloudfunctions/seeds'
import { withDispatchOnNudge } from './dispatch-soon'
import { loadFunctions } from './functions'
import { createGateway, H5_DIR, parseTrustProxy } from './server'
import { startTimers } from './timers'

async function main() {
  const t0 = Date.now()
  const url = process.env.DATABASE_URL
  const dataDir = process.env.LIANSHE_DATA_DIR ?? '.data/pglite'
  const { runtime, dispatcher } = withDispatchOnNudge((dispatchSoon) =>
    createRuntime({ features: FEATURES, database: { url, dataDir }, dispatchSoon }),
  )
  const db = await runtime.database()
  log.info('database ready', { driver: url ? 'postgres' : 'pglite', dataDir: url ? undefined : dataDir })
  if (settings.demo) log.info('demo content', await seedDemo(runtime, SEEDS))
  const calendar = calendarWarning(shanghaiDate(runtime.now()))
  if (calendar) log.warn(calendar)

  const functions = await loadFunctions()
  const timers = startTimers(functions, runtime)
  const app = await createGateway({
    functions,
    runtime,
    h5Dir: H5_DIR,
    // H5 attachments live in the database; files an older version kept on disk (LIANSHE_UPLOAD_DIR,
    // .data/uploads by default) are read in at start.
    legacyUploadDir: process.env.LIANSHE_UPLOAD_DIR ?? path.join(path.dirname(dataDir), 'uploads'),
    logger: process.env.LIANSHE_LOG !== 'silent',
    trustProxy: parseTrustProxy(process.env.LIANSHE_TRUST_PROXY),
  })
  const port = Number(process.env.PORT ?? 8080)
  const host = process.env.HOST ?? '127.0.0.1'
  await app.listen({ port, host })

  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host
  console.log(`\n链社已启动：http://${shownHost}:${port}/  （用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒）`)
  if (settings.demo) {
    const staff = DEMO_USERS.filter((u) => u.username)
      .map((u) => u.username)
      .join('、')
    console.log(`演示模式：登录页可一键进入各角色；员工账号 ${staff}，密码 ${DEMO_STAFF_PASSWORD}\n`)
  }

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    log.info('shutting down', { signal })
    // Stop taking requests, let running calls and timer jobs finish, then close the database
    // (PGlite flushes its data directory on close).
    await app.close()
    await timers.stop()
    await dispatcher.stop()
    await db.destroy()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
}

main().catch((e) => {
  console.error('链社启动失败：', e)
  process.exit(1)
})
