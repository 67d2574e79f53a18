import { sql, type Kysely } from 'kysely'

// Walk-ins (people served without a booking) are the canteen's own count, not a property of
// the generic reservation slot: they move to a canteen table keyed by canteen and slot start.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('canteen_walk_ins')
    .addColumn('canteen_id', 'integer', (c) => c.notNull().references('canteens.id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('count', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`count >= 0`),
    )
    .addPrimaryKeyConstraint('canteen_walk_ins_pk', ['canteen_id', 'starts_at'])
    .execute()
  await sql`insert into canteen_walk_ins (canteen_id, starts_at, count)
    select owner_id, starts_at, walk_ins from slots where kind = 'canteen' and walk_ins > 0`.execute(db)
  await db.schema.alterTable('slots').dropColumn('walk_ins').execute()
}
