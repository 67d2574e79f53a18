import { sql, type Kysely } from 'kysely'

// 共享实验室 (issue 27): labs of a community, their catalogue (categories, test items with the
// market and lab price, searchable by pinyin computed on write), orders by an enterprise's
// liaison with a sample drop-off place on the reservation core, and monthly figures kept as the
// reports are issued. Lab staff (`lab_staff`) is a role scoped to a lab, like a department's
// members: a grant carries the lab in `user_roles.lab_id`.
const ROLES = `'rider','worker','entrepreneur','enterprise','expert','social_worker','department','admin','mentor','broker','lab_staff'`

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('labs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
    // Sample drop-offs the lab takes in per working day (the slot's capacity).
    .addColumn('daily_capacity', 'integer', (c) => c.notNull().check(sql`daily_capacity between 1 and 10000`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('lab_categories')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('lab_id', 'integer', (c) => c.notNull().references('labs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('lab_categories_name', ['lab_id', 'name'])
    .execute()

  await db.schema
    .createTable('lab_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('lab_id', 'integer', (c) => c.notNull().references('labs.id'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('lab_categories.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('standard', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sample_requirements', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('turnaround_days', 'integer', (c) => c.notNull().check(sql`turnaround_days between 1 and 60`))
    .addColumn('market_price_cents', 'integer', (c) => c.notNull().check(sql`market_price_cents > 0`))
    .addColumn('lab_price_cents', 'integer', (c) => c.notNull().check(sql`lab_price_cents >= 0`))
    // Search columns, computed when the item is written: the texts, and the pinyin and initials
    // of the name and category (server/text/pinyin.ts), so reads never load a dictionary.
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pinyin', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('initials', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('lab_items_code', ['lab_id', 'code'])
    .addCheckConstraint('lab_items_price', sql`lab_price_cents <= market_price_cents`)
    .execute()

  await db.schema
    .createTable('lab_orders')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('lab_id', 'integer', (c) => c.notNull().references('labs.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    // The liaison who ordered (null once their account is deleted; the order stays the enterprise's).
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('booked','received','testing','reported','returned')`),
    )
    .addColumn('dropoff_date', 'text', (c) => c.notNull().check(sql`dropoff_date ~ '^\\d{4}-\\d{2}-\\d{2}$'`))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('reservation_id', 'bigint', (c) => c.references('reservations.id'))
    .addColumn('samples', 'integer', (c) => c.notNull())
    .addColumn('market_cents', 'integer', (c) => c.notNull())
    .addColumn('lab_cents', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('return_reason', 'text')
    .addColumn('report_file_id', 'text')
    .addColumn('report_name', 'text')
    .addColumn('report_size', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz')
    .addColumn('testing_at', 'timestamptz')
    .addColumn('reported_at', 'timestamptz')
    .addColumn('returned_at', 'timestamptz')
    .execute()
  await sql`create index lab_orders_enterprise on lab_orders (enterprise_id, id desc)`.execute(db)
  await sql`create index lab_orders_board on lab_orders (lab_id, due_date) where status in ('booked','received','testing')`.execute(
    db,
  )
  await sql`create index lab_orders_month on lab_orders (lab_id, created_at)`.execute(db)

  await db.schema
    .createTable('lab_order_lines')
    .addColumn('order_id', 'integer', (c) => c.notNull().references('lab_orders.id'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('lab_items.id'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('lab_categories.id'))
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('samples', 'integer', (c) => c.notNull().check(sql`samples between 1 and 100`))
    .addColumn('market_price_cents', 'integer', (c) => c.notNull())
    .addColumn('lab_price_cents', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('lab_order_lines_pk', ['order_id', 'item_id'])
    .execute()

  // Monthly figures per lab, kept as reports are issued (category 0 = whole batches, with the
  // enterprises served that month), and who was served each month and each year (month 'YYYY'):
  // a year's statistics read at most 12 × (categories + 1) rows and count one year's enterprises.
  await db.schema
    .createTable('lab_month_stats')
    .addColumn('lab_id', 'integer', (c) => c.notNull().references('labs.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('category_id', 'integer', (c) => c.notNull())
    .addColumn('batches', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('samples', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enterprises', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('market_cents', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('lab_cents', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('lab_month_stats_pk', ['lab_id', 'month', 'category_id'])
    .execute()
  await db.schema
    .createTable('lab_served')
    .addColumn('lab_id', 'integer', (c) => c.notNull().references('labs.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('lab_served_pk', ['lab_id', 'month', 'enterprise_id'])
    .execute()

  // The role, and its scope on a grant (one live grant per role and scope, the lab included).
  await sql`alter table users drop constraint users_role_check`.execute(db)
  await sql.raw(`alter table users add constraint users_role_check check (role in (${ROLES}))`).execute(db)
  await sql`alter table user_roles drop constraint user_roles_role_check`.execute(db)
  await sql.raw(`alter table user_roles add constraint user_roles_role_check check (role in (${ROLES}))`).execute(db)
  await sql`alter table user_roles add column lab_id integer references labs(id)`.execute(db)
  await sql`drop index user_roles_live`.execute(db)
  await sql`create unique index user_roles_live on user_roles
    (user_id, role, coalesce(community_id, 0), coalesce(department_id, 0), coalesce(enterprise_id, 0), coalesce(lab_id, 0))
    where revoked_at is null`.execute(db)
  await sql`create index user_roles_lab on user_roles (lab_id) where role = 'lab_staff' and revoked_at is null`.execute(
    db,
  )
}
