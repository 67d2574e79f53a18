import { Kysely, PostgresDialect, type Migration } from 'kysely'
import { settings } from '../config'
import { log } from '../core/log'
import { isMigrated, migrateToLatest } from './migrate'
import { PGliteDialect } from './pglite-dialect'
import type { DB } from './schema'

export type Database = Kysely<DB>
export type { DB } from './schema'

export interface OpenOptions {
  /** postgres://… — a PostgreSQL server. Without it: embedded PGlite. */
  url?: string
  /** PGlite data directory; omitted = in memory (tests). */
  dataDir?: string
  /** pg pool size; default LIANSHE_DB_POOL (server/config.ts), else 10. */
  poolSize?: number
  /** Every feature's forward-only migrations, applied in name order (feature.ts: migrationsOf). */
  migrations: Record<string, Migration>
}

/** Open the database and apply pending migrations. One dialect (PostgreSQL), two drivers. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  let db: Database
  if (options.url) {
    const pg = await import('pg')
    const Pool = pg.Pool ?? (pg as any).default.Pool
    // bigint counts (count(*)) come back as strings by default; our counts fit in a JS number.
    const types = pg.types ?? (pg as any).default.types
    types.setTypeParser(20, (v: string) => Number(v))
    const pool = new Pool({ connectionString: options.url, max: options.poolSize ?? settings.dbPoolSize })
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (e: Error) => log.warn('database connection lost', { error: e.message }))
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  } else {
    // Loaded only when used: cloud functions run on a PostgreSQL server and do not ship PGlite.
    const { PGlite } = await import('@electric-sql/pglite')
    if (options.dataDir) (await import('node:fs')).mkdirSync(options.dataDir, { recursive: true })
    const pg = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create()
    db = new Kysely<DB>({ dialect: new PGliteDialect(pg) })
  }
  // Up to date (a deployed function's every cold start): one cheap check, no migrator.
  if (!(await isMigrated(db, options.migrations))) await migrateToLatest(db, options.migrations)
  return db
}
