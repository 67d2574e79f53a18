import type { Kysely } from 'kysely'

// H5 sign-up and sign-in by a code sent by SMS: the latest code of each phone (its hash only),
// when it was sent, until when it holds and how many wrong tries it has had.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_up_codes')
    .addColumn('phone', 'text', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createIndex('sign_up_codes_expires').on('sign_up_codes').column('expires_at').execute()
}
