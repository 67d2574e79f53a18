import { randomBytes } from 'node:crypto'
import { openDatabase, setDatabase, type Database } from '../../server/db'

export interface TestDatabase {
  label: 'pglite' | 'postgres'
  open(): Promise<Database>
  /** Close and, for a server, drop the scratch database. */
  close(db: Database): Promise<void>
}

const pglite: TestDatabase = {
  label: 'pglite',
  open: () => openDatabase(),
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
      return openDatabase({ url: url.toString(), poolSize: 20 })
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
 * Run a suite once per database. Inside, `ctx.db` is a migrated, empty database that is also
 * the process database the cloud functions use.
 */
export function describeEachDatabase(title: string, body: (ctx: { db: Database; label: string }) => void) {
  for (const target of testDatabases()) {
    describe(`${title} [${target.label}]`, () => {
      const ctx = { label: target.label } as { db: Database; label: string }
      beforeAll(async () => {
        ctx.db = await target.open()
        setDatabase(ctx.db)
      }, 60000)
      afterAll(async () => {
        setDatabase(null)
        if (ctx.db) await target.close(ctx.db)
      }, 60000)
      body(ctx)
    })
  }
}

/** Demo mode on and demo content seeded for the suite (off again afterwards). */
export function withDemoContent(ctx: { db: Database }) {
  beforeAll(async () => {
    process.env.LIANSHE_DEMO = '1'
    const { seedDemo } = await import('../../server/seed')
    await seedDemo(ctx.db)
  })
  afterAll(() => {
    delete process.env.LIANSHE_DEMO
  })
}
