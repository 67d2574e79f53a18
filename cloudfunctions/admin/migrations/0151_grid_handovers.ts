import { sql, type Kysely } from 'kysely'

// 一社工一网格: who has been responsible for each grid, from when to when, and who handed it over.
// At most one open row per grid (the partial unique index): two responsible 社工 at once cannot be
// stored. grids.social_worker_id stays the current one (what the rest of the app reads); the
// admin's handover code writes both in one transaction.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('grid_handovers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('grid_id', 'integer', (c) => c.notNull().references('grids.id'))
    .addColumn('social_worker_id', 'integer', (c) => c.references('users.id'))
    .addColumn('since', 'timestamptz', (c) => c.notNull())
    .addColumn('until', 'timestamptz')
    .addColumn('handed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addCheckConstraint('grid_handovers_period', sql`until is null or until >= since`)
    .execute()
  await sql`create unique index grid_handovers_one_responsible on grid_handovers (grid_id) where until is null`.execute(
    db,
  )
  await sql`create index grid_handovers_grid on grid_handovers (grid_id, since desc)`.execute(db)
  await sql`create index grid_handovers_worker on grid_handovers (social_worker_id) where until is null`.execute(db)
  // Grids that already have a responsible 社工: their period starts now (no history before).
  await sql`insert into grid_handovers (grid_id, social_worker_id, since)
    select id, social_worker_id, now() from grids where social_worker_id is not null`.execute(db)
}
