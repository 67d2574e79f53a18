import { sql, type Kysely } from 'kysely'

// The one notification path: an outbox written in the same transaction as the change that
// causes it, delivered by the dispatcher to the inbox (always) and as a WeChat subscribe message
// (when the user holds a grant). See server/notify/.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    // No foreign key: a notification for a deleted user is kept and recorded as failed.
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('page', 'text', (c) => c.notNull().defaultTo(''))
    // Idempotency: one notification per (event, recipient); its channels are delivered once each.
    .addColumn('event_key', 'text', (c) => c.notNull())
    // What a reminder is about (e.g. reservation:42): when it moves or is cancelled, drop it.
    .addColumn('subject', 'text')
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending','sending','delivered','failed','dropped')`),
    )
    .addColumn('push', 'text', (c) =>
      c
        .notNull()
        .defaultTo('undecided')
        .check(sql`push in ('undecided','none','held','sent','skipped','failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lease_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addUniqueConstraint('notifications_event_user_key', ['event_key', 'user_id'])
    .execute()
  await sql`create index notifications_due_idx on notifications (next_attempt_at, id) where status = 'pending'`.execute(
    db,
  )
  await sql`create index notifications_sending_idx on notifications (lease_until) where status = 'sending'`.execute(db)
  await sql`create index notifications_subject_idx on notifications (subject) where status = 'pending'`.execute(db)

  await db.schema
    .createTable('inbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('notification_id', 'bigint', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('page', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute()
  await sql`create index inbox_user_idx on inbox (user_id, id desc)`.execute(db)
  await sql`create index inbox_unread_idx on inbox (user_id) where read_at is null`.execute(db)

  // One-time subscribe grants: each accepted template in requestSubscribeMessage allows one send.
  await db.schema
    .createTable('subscribe_grants')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('remaining', 'integer', (c) => c.notNull().check(sql`remaining >= 0`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('subscribe_grants_pk', ['user_id', 'kind'])
    .execute()

  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('muted', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute()
}
