import { existsSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { chromium as pw, type Browser, type Page } from 'playwright-core'
import { FEATURES } from '../../cloudfunctions/features'
import { withDispatchOnNudge } from '../../gateway/dispatch-soon'
import { loadFunctions } from '../../gateway/functions'
import { createGateway, H5_DIR } from '../../gateway/server'
import { createRuntime } from '../../server/core/runtime'
import { seedDemo } from '../../server/core/seed'
import { SEEDS } from '../../cloudfunctions/seeds'
import type { Database } from '../../server/db'
import { CHROMIUM_ARGS } from './browser'
import { testClock } from './clock'
import { openTestDatabase } from './databases'
import { callers } from './invoke'

/**
 * The whole app as a user meets it: the built H5 (dist/h5) served by the real gateway on a
 * fresh embedded database with demo content, and a phone-sized Chromium page.
 */
export async function startApp(chromiumPath: string) {
  if (!existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` first (npm run test:e2e does)')
  }
  process.env.LIANSHE_DEMO = '1'
  const db: Database = await openTestDatabase()
  let clock: (() => Date) | null = null
  // As under `npm start`: notifications due now are delivered right after their call.
  const { runtime, dispatcher } = withDispatchOnNudge((dispatchSoon) =>
    createRuntime({ features: FEATURES, database: db, clock: () => (clock ? clock() : testClock()), dispatchSoon }),
  )
  await seedDemo(runtime, SEEDS)
  const app: FastifyInstance = await createGateway({ functions: await loadFunctions(), runtime, h5Dir: H5_DIR })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const browser: Browser = await pw.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  const errors: string[] = []

  async function phone(options: { geolocation?: { longitude: number; latitude: number } } = {}): Promise<Page> {
    const context = await browser.newContext({
      ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
    // The phone's clock is the server's (what "today" and "is it late" show must agree, whatever
    // day the suite runs); it moves on from there.
    await context.clock.install({ time: runtime.now() })
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    return page
  }

  return {
    url: `http://127.0.0.1:${port}/`,
    db,
    runtime,
    errors,
    phone,
    ...callers(() => runtime),
    /** Fix the time the server sees (phones opened afterwards start at it); null = the suite's default clock. */
    setNow(at: Date | null) {
      clock = at ? () => at : null
    },
    async stop() {
      await browser.close()
      await app.close()
      await dispatcher.stop()
      await db.destroy()
    },
  }
}
