import { sql, type Kysely } from 'kysely'

// The one reservation core (server/reservations/) for everything with seats or slots:
// canteen slots, activities, mentor hours, lab slots. A slot row is the lock: seats are taken
// by a conditional update of `taken`, so concurrent requests never overbook.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('slots')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity >= 0`))
    .addColumn('taken', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`taken >= 0`),
    )
    // Arrival order of the waitlist: positions are handed out under the slot's row lock.
    .addColumn('waitlist_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('walk_ins', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`walk_ins >= 0`),
    )
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_reason', 'text')
    .addUniqueConstraint('slots_owner_start_key', ['kind', 'owner_id', 'starts_at'])
    .execute()

  await db.schema
    .createTable('reservations')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('slot_id', 'bigint', (c) => c.notNull().references('slots.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    // One active reservation per user per hold key (e.g. one booking per canteen per service window).
    .addColumn('hold_key', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull().check(sql`seats > 0`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('confirmed','waitlisted','cancelled','redeemed','no_show')`),
    )
    .addColumn('waitlist_pos', 'integer')
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('price_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancelled_by', 'integer')
    .addColumn('cancel_reason', 'text')
    .addColumn('redeemed_at', 'timestamptz')
    .addColumn('redeemed_by', 'integer')
    .execute()
  await sql`create unique index reservations_one_active on reservations (user_id, hold_key)
    where status in ('confirmed','waitlisted','redeemed')`.execute(db)
  await sql`create index reservations_slot_idx on reservations (slot_id, status)`.execute(db)
  await sql`create index reservations_waitlist_idx on reservations (slot_id, waitlist_pos) where status = 'waitlisted'`.execute(
    db,
  )
  await sql`create index reservations_user_idx on reservations (user_id, created_at desc)`.execute(db)
}
