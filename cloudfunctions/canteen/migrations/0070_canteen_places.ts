import { sql, type Kysely } from 'kysely'

// Canteens made and kept in the app (issue 21): a position on the map, retirement that keeps the
// canteen's bookings and history, and planned days off (closures and holidays; who set one is in
// the audit log). Windows gain optional weekdays inside their jsonb (absent = every day), so no
// column for them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('canteens')
    // GCJ-02, like communities and stations; null until someone places it.
    .addColumn('lng', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('retired_at', 'timestamptz')
    .addColumn('retired_reason', 'text')
    .execute()

  await db.schema
    .createTable('canteen_closures')
    .addColumn('canteen_id', 'integer', (c) => c.notNull().references('canteens.id'))
    .addColumn('date', 'text', (c) => c.notNull().check(sql`date ~ '^\\d{4}-\\d{2}-\\d{2}$'`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('canteen_closures_pk', ['canteen_id', 'date'])
    .execute()
}
