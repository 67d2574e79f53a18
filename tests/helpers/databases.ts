import { randomBytes } from 'node:crypto'
import { FEATURES } from '../../cloudfunctions/features'
import { migrationsOf } from '../../server/core/feature'
import { createRuntime, type Runtime } from '../../server/core/runtime'
import { seedDemo } from '../../server/core/seed'
import { SEEDS } from '../../cloudfunctions/seeds'
import { openDatabase, type Database, type OpenOptions } from '../../server/db'
import { recordingChannel } from '../../server/notify/channels/recording'
import type { PushChannel } from '../../server/notify/channels/types'
import { recordingSms } from '../../server/sms/recording'
import { testClock } from './clock'
import { callers, type Callers } from './invoke'

export interface TestDatabase {
  label: 'pglite' | 'postgres'
  open(): Promise<Database>
  /** Close and, for a server, drop the scratch database. */
  close(db: Database): Promise<void>
}

/** The app's migrations: what every test database is opened with. */
export const MIGRATIONS = migrationsOf(FEATURES)
export const openTestDatabase = (o: Omit<OpenOptions, 'migrations'> = {}) =>
  openDatabase({ ...o, migrations: MIGRATIONS })

const pglite: TestDatabase = {
  label: 'pglite',
  open: () => openTestDatabase(),
  close: (db) => db.destroy(),
}

function postgres(adminUrl: string): TestDatabase {
  let name = ''
  const admin = async <T>(fn: (c: import('pg').Client) => Promise<T>) => {
    const { Client } = await import('pg')
    const client = new Client({ connectionString: adminUrl })
    await client.connect()
    try {
      return await fn(client)
    } finally {
      await client.end()
    }
  }
  return {
    label: 'postgres',
    async open() {
      // A scratch database per suite: suites run in parallel workers without seeing each other.
      name = `lianshe_test_${randomBytes(6).toString('hex')}`
      await admin((c) => c.query(`create database ${name}`))
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return openTestDatabase({ url: url.toString(), poolSize: 20 })
    },
    async close(db) {
      await db.destroy()
      await admin((c) => c.query(`drop database if exists ${name} with (force)`))
    },
  }
}

/** PGlite always; a PostgreSQL server too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL
  return url ? [pglite, postgres(url)] : [pglite]
}

/**
 * A runtime of the test's own: its database, a clock the test can set (`setNow`) and a push
 * channel it can swap (`setPush`; by default one that records what it would send).
 */
export function testRuntime(db: Database) {
  let clock: (() => Date) | null = null
  let push: PushChannel = recordingChannel()
  const sms = recordingSms()
  const runtime = createRuntime({
    features: FEATURES,
    database: db,
    clock: () => (clock ? clock() : testClock()),
    push: () => push,
    sms,
  })
  return {
    runtime,
    /** The text messages the suite would have sent (verification codes). */
    sms,
    /** Fix the time handlers see (a Date, or a function for a moving clock); null = the suite's default clock (testClock). */
    setNow(at: Date | (() => Date) | null) {
      clock = at === null ? null : typeof at === 'function' ? at : () => at
    },
    setPush(channel: PushChannel | null) {
      push = channel ?? recordingChannel()
    },
  }
}

export interface SuiteCtx extends Callers {
  db: Database
  label: string
  runtime: Runtime
  setNow(at: Date | (() => Date) | null): void
  setPush(channel: PushChannel | null): void
  sms: ReturnType<typeof recordingSms>
}

/**
 * Run a suite once per database. Inside, `ctx.db` is a migrated, empty database and
 * `ctx.runtime` the runtime the suite's calls (`ctx.invoke`…) run on.
 */
export function describeEachDatabase(title: string, body: (ctx: SuiteCtx) => void) {
  for (const target of testDatabases()) {
    describe(`${title} [${target.label}]`, () => {
      const ctx = { label: target.label } as SuiteCtx
      Object.assign(
        ctx,
        callers(() => ctx.runtime),
      )
      beforeAll(async () => {
        ctx.db = await target.open()
        const t = testRuntime(ctx.db)
        Object.assign(ctx, t)
      }, 60000)
      afterAll(async () => {
        if (ctx.db) await target.close(ctx.db)
      }, 60000)
      body(ctx)
    })
  }
}

/** Demo mode on and demo content seeded for the suite (off again afterwards). */
export function withDemoContent(ctx: SuiteCtx) {
  // The demo content includes histories (企呼我应's statistics come out of them): more than the
  // default 5 s on a busy machine.
  beforeAll(async () => {
    process.env.LIANSHE_DEMO = '1'
    await seedDemo(ctx.runtime, SEEDS)
  }, 60_000)
  afterAll(() => {
    delete process.env.LIANSHE_DEMO
  })
}
