import { sql, type Kysely } from 'kysely'

// Community activities on the same reservation core as canteen slots. Registrations are
// reservations; two more states: `pending` (waiting for the organizer's approval, seat held) and
// `offered` (promoted from the waitlist, seat held until the confirmation window ends).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table reservations drop constraint reservations_status_check`.execute(db)
  await sql`alter table reservations add constraint reservations_status_check
    check (status in ('confirmed','waitlisted','pending','offered','cancelled','redeemed','no_show'))`.execute(db)
  await sql`drop index reservations_one_active`.execute(db)
  await sql`create unique index reservations_one_active on reservations (user_id, hold_key)
    where status in ('confirmed','waitlisted','pending','offered','redeemed')`.execute(db)
  await db.schema.alterTable('reservations').addColumn('offer_expires_at', 'timestamptz').execute()
  await sql`create index reservations_offers_idx on reservations (offer_expires_at) where status = 'offered'`.execute(
    db,
  )

  // Youth activities (≤ 35) need an age; people give their birth year when they first sign up to one.
  await db.schema.alterTable('users').addColumn('birth_year', 'integer').execute()

  await db.schema
    .createTable('activity_groups')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('activity_groups_name_key', ['community_id', 'name'])
    .execute()
  await db.schema
    .createTable('activity_group_members')
    .addColumn('group_id', 'integer', (c) => c.notNull().references('activity_groups.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('activity_group_members_pk', ['group_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('activities')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('organizer_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('group_id', 'integer', (c) => c.references('activity_groups.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('station_id', 'integer', (c) => c.references('stations.id'))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('all'))
    .addColumn('approval_required', 'boolean', (c) => c.notNull().defaultTo(false))
    // Hours a promoted person has to confirm; null = promoted straight to 已报名.
    .addColumn('confirm_hours', 'integer')
    .addColumn('registration_opens_at', 'timestamptz', (c) => c.notNull())
    .addColumn('registration_closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('what_to_bring', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('questions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // Family activities: each registration brings 0..max_children children, each taking a seat.
    .addColumn('max_children', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reserved_seats', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('slot_id', 'bigint', (c) => c.notNull().references('slots.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('published')
        .check(sql`status in ('published','cancelled')`),
    )
    .addColumn('cancel_reason', 'text')
    // Occupancy alerts already sent to the organizer (50, 80, 100).
    .addColumn('alerts_sent', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('bigrams', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index activities_starts_idx on activities (starts_at) where status = 'published'`.execute(db)
  await sql`create index activities_bigrams_idx on activities using gin (bigrams)`.execute(db)
}
