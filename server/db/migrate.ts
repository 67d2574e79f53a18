import { Migrator, sql, type Kysely, type Migration } from 'kysely'

/** Apply pending migrations (forward-only). Safe to call at every start: Kysely locks while migrating. */
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/**
 * Whether the database has run exactly these migrations, in one query. A process opening a
 * database that is already up to date — every deployed cloud function's cold start — stops here;
 * Kysely's migrator would first read the whole catalogue twice (its table checks), then lock.
 * Anything else (a new database, pending migrations, or ones this code does not know) goes to
 * migrateToLatest, which applies them or refuses as before.
 */
export async function isMigrated(db: Kysely<any>, migrations: Record<string, Migration>): Promise<boolean> {
  let done: Set<string>
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db)
    done = new Set(rows.map((r) => r.name))
  } catch (e) {
    // undefined_table: a database no migration has run on yet.
    if ((e as { code?: string }).code === '42P01') return false
    throw e
  }
  const names = Object.keys(migrations)
  return done.size === names.length && names.every((n) => done.has(n))
}
