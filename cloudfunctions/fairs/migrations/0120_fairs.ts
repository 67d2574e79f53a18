import { sql, type Kysely } from 'kysely'

// 专场招聘会. A series is the rule a 社工 set once (one date, or every week within a horizon); its
// fairs are the occurrences, made idempotently (one per series and date). A fair's booths and its
// seekers' entries are two slots of the reservation core; the booth table adds what the core does
// not know: which enterprise holds it (one per enterprise per fair), its code and its positions.
// 投递 at a booth are applications, one per seeker registration and booth.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('fair_series')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('repeat', 'text', (c) => c.notNull().check(sql`repeat in ('once', 'weekly')`))
    .addColumn('first_date', 'text', (c) => c.notNull().check(sql`first_date ~ '^\\d{4}-\\d{2}-\\d{2}$'`))
    .addColumn('start_min', 'integer', (c) => c.notNull().check(sql`start_min between 0 and 1439`))
    .addColumn('end_min', 'integer', (c) => c.notNull().check(sql`end_min between 1 and 1440`))
    .addColumn('booths', 'integer', (c) => c.notNull().check(sql`booths >= 1`))
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity >= 1`))
    .addColumn('weeks', 'integer', (c) => c.notNull().check(sql`weeks between 1 and 52`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('fair_series_times', sql`end_min > start_min`)
    .execute()
  await db.schema.createIndex('fair_series_community_idx').on('fair_series').column('community_id').execute()

  await db.schema
    .createTable('fairs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('series_id', 'integer', (c) => c.notNull().references('fair_series.id'))
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull().check(sql`date ~ '^\\d{4}-\\d{2}-\\d{2}$'`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('booth_slot_id', 'bigint', (c) => c.notNull().references('slots.id'))
    .addColumn('entry_slot_id', 'bigint', (c) => c.notNull().references('slots.id'))
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('fairs_series_date_key', ['series_id', 'date'])
    .addCheckConstraint('fairs_times', sql`ends_at > starts_at`)
    .execute()
  await db.schema.createIndex('fairs_upcoming_idx').on('fairs').columns(['ends_at', 'community_id']).execute()

  await db.schema
    .createTable('fair_booths')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('fair_id', 'integer', (c) => c.notNull().references('fairs.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    .addColumn('reservation_id', 'bigint', (c) => c.notNull().references('reservations.id'))
    .addColumn('booked_by', 'integer', (c) => c.references('users.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('cancelled_at', 'timestamptz')
    .execute()
  // One live booth per enterprise per fair, whichever of its liaisons books (concurrent ones too).
  await sql`create unique index fair_booths_one_per_enterprise on fair_booths (fair_id, enterprise_id)
    where cancelled_at is null`.execute(db)

  await db.schema
    .createTable('fair_positions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('booth_id', 'integer', (c) => c.notNull().references('fair_booths.id'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull().check(sql`headcount >= 1`))
    .addColumn('pay_low', 'integer', (c) => c.notNull().check(sql`pay_low >= 1`))
    .addColumn('pay_high', 'integer', (c) => c.notNull())
    .addColumn('pay_unit', 'text', (c) => c.notNull().check(sql`pay_unit in ('hour', 'day', 'piece', 'month')`))
    .addColumn('requirements', 'text', (c) => c.notNull().defaultTo(''))
    .addCheckConstraint('fair_positions_pay', sql`pay_high >= pay_low`)
    .execute()
  await db.schema.createIndex('fair_positions_booth_idx').on('fair_positions').column('booth_id').execute()

  await db.schema
    .createTable('fair_applications')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('fair_id', 'integer', (c) => c.notNull().references('fairs.id'))
    .addColumn('booth_id', 'integer', (c) => c.notNull().references('fair_booths.id'))
    // The seeker's registration stays when their account goes (statistics); seeker_id is then null.
    .addColumn('registration_id', 'bigint', (c) => c.notNull().references('reservations.id'))
    .addColumn('seeker_id', 'integer', (c) => c.references('users.id'))
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull())
    .addColumn('intent_at', 'timestamptz')
    .addColumn('intent_by', 'integer', (c) => c.references('users.id'))
    .addColumn('hired_at', 'timestamptz')
    .addColumn('hired_by', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('fair_applications_once', ['booth_id', 'registration_id'])
    .execute()
  await db.schema.createIndex('fair_applications_fair_idx').on('fair_applications').column('fair_id').execute()
  await db.schema.createIndex('fair_applications_seeker_idx').on('fair_applications').column('seeker_id').execute()
}
