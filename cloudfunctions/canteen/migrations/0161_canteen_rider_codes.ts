import { sql, type Kysely } from 'kysely'

// 骑手码: a verified rider's personal code at the counter. Each rider holds one live code (its
// SHA-256; a new one replaces the last), valid for a short while after it is issued, so a
// screenshot cannot be used for long. Rider meals recorded from it are counted at the rider price.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('canteen_rider_codes')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('canteen_rider_meals')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('canteen_id', 'integer', (c) => c.notNull().references('canteens.id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    /** The rider discount applied (68 = 6.8折), as it was that day. */
    .addColumn('discount', 'integer', (c) => c.notNull().check(sql`discount between 1 and 100`))
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('canteen_rider_meals_once', ['canteen_id', 'starts_at', 'user_id'])
    .execute()
  await sql`create index canteen_rider_meals_day on canteen_rider_meals (canteen_id, starts_at)`.execute(db)
}
