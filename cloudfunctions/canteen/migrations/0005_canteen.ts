import { sql, type Kysely } from 'kysely'

// After-hours canteens (延时餐厅): settings, menu, counter staff; and rider verification,
// which decides who gets the rider price.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('canteens')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('station_id', 'integer', (c) => c.references('stations.id'))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    // [{ name, start, end }] in minutes of the day; end ≤ start runs past midnight.
    .addColumn('windows', 'jsonb', (c) => c.notNull())
    .addColumn('slot_minutes', 'integer', (c) => c.notNull().check(sql`slot_minutes between 10 and 240`))
    .addColumn('seats_per_slot', 'integer', (c) => c.notNull().check(sql`seats_per_slot between 1 and 1000`))
    .addColumn('booking_days', 'integer', (c) => c.notNull().check(sql`booking_days between 1 and 14`))
    .addColumn('cutoff_minutes', 'integer', (c) => c.notNull().check(sql`cutoff_minutes between 0 and 1440`))
    // Rider price as a percentage of the menu price: 68 = 6.8折.
    .addColumn('rider_discount', 'integer', (c) => c.notNull().check(sql`rider_discount between 10 and 100`))
    .addColumn('no_show_limit', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('no_show_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('suspend_days', 'integer', (c) => c.notNull().defaultTo(7))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute()

  await db.schema
    .createTable('canteen_menu_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('canteen_id', 'integer', (c) => c.notNull().references('canteens.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('price_cents', 'integer', (c) => c.notNull().check(sql`price_cents between 0 and 100000`))
    .addColumn('available', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('canteen_menu_items_name_key', ['canteen_id', 'name'])
    .execute()

  await db.schema
    .createTable('canteen_staff')
    .addColumn('canteen_id', 'integer', (c) => c.notNull().references('canteens.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('canteen_staff_pk', ['canteen_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('rider_verifications')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('community_id', 'integer', (c) => c.references('communities.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('rider_no', 'text', (c) => c.notNull())
    .addColumn('photo', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending','approved','rejected')`),
    )
    .addColumn('reason', 'text')
    .addColumn('reviewed_by', 'integer')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create unique index rider_verifications_one_pending on rider_verifications (user_id) where status = 'pending'`.execute(
    db,
  )
  await db.schema.alterTable('users').addColumn('rider_verified_at', 'timestamptz').execute()
}
