import type { Kysely } from 'kysely'

// Sign-in attempts counted per account and per address, in the database so that every gateway
// (and every cloud-function instance) sees the same counts. One row per key, updated in place.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_throttle')
    // 'account:<username>' or 'address:<ip>'
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sign_in_throttle_window').on('sign_in_throttle').column('window_start').execute()
}
