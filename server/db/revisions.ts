import type { PGlite } from '@electric-sql/pglite'
import type { Kysely } from 'kysely'
import type { DB } from './schema'

/**
 * Revisions the database announces on commit (NOTIFY lianshe_revisions '<topic>:<n>', migration
 * 0007). A process may trust what it heard instead of asking only when it hears every commit:
 * PGlite is one process's database, and notifications arrive before the committing call returns.
 * On a PostgreSQL server other processes write too and a cloud function sleeps between calls,
 * so there readers ask the database each time.
 */
const heard = new WeakMap<Kysely<DB>, Map<string, number>>()

export async function hearRevisions(db: Kysely<DB>, pg: PGlite): Promise<void> {
  const latest = new Map<string, number>()
  heard.set(db, latest)
  // Through the driver's lock: LISTEN inside someone's open transaction would die with its rollback.
  await db.connection().execute(() =>
    pg.listen('lianshe_revisions', (payload) => {
      const at = payload.lastIndexOf(':')
      const topic = payload.slice(0, at)
      latest.set(topic, Math.max(latest.get(topic) ?? 0, Number(payload.slice(at + 1))))
    }),
  )
}

/** The newest committed revision of `topic` this process heard (0 if none yet), or null if it cannot hear them all. */
export function heardRevision(db: Kysely<DB>, topic: string): number | null {
  const latest = heard.get(db)
  return latest ? (latest.get(topic) ?? 0) : null
}
