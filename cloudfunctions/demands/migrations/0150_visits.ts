import { sql, type Kysely } from 'kysely'

// 网格走访 and intake on an enterprise's behalf (代报):
// - visits: a 社工 plans a visit to an enterprise of their community and records it (date, who
//   they met, what was found); photos go through the demands' upload path (demand_attachments
//   gains visit_id, exactly one subject per file);
// - a demand records how it came in (channel: the enterprise itself, or a 社工 taking it down on
//   a visit, a phone call or a walk-in), the visit it came from, and the liaison's confirmation.
// Coverage (enterprises visited this quarter, the ones not visited for 90 days) reads each
// enterprise's last visit from visit_last, a summary a trigger on visits keeps (one row per
// enterprise ever visited): one hash join over a community's enterprises, no probe per enterprise
// (10,000 index probes cost ~400 ms on PGlite).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('visits')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('grid_id', 'integer', (c) => c.references('grids.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
    // The 社工 who planned or made it (null once their account is deleted: the visit stays the community's).
    .addColumn('worker_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned','done')`))
    .addColumn('planned_on', 'date')
    .addColumn('visited_on', 'date')
    // Who they met (names and posts at the enterprise) and what was found: free text.
    .addColumn('met', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('findings', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz')
    .addCheckConstraint(
      'visits_dated',
      sql`(status = 'planned' and planned_on is not null) or (status = 'done' and visited_on is not null and recorded_at is not null)`,
    )
    .execute()
  await sql`create index visits_last on visits (enterprise_id, visited_on desc) where status = 'done'`.execute(db)
  await sql`create index visits_planned on visits (enterprise_id, planned_on) where status = 'planned'`.execute(db)
  await db.schema
    .createTable('visit_last')
    .addColumn('enterprise_id', 'integer', (c) => c.primaryKey().references('enterprises.id'))
    .addColumn('last_visited_on', 'date', (c) => c.notNull())
    .execute()
  // A recorded visit moves its enterprise's last visit forward (a recorded visit is never edited).
  await sql`
    create function visits_keep_last() returns trigger language plpgsql as $$
    begin
      if new.status = 'done' then
        insert into visit_last (enterprise_id, last_visited_on) values (new.enterprise_id, new.visited_on)
        on conflict (enterprise_id) do update
          set last_visited_on = greatest(visit_last.last_visited_on, excluded.last_visited_on);
      end if;
      return null;
    end $$`.execute(db)
  await sql`create trigger visits_keep_last after insert or update of status, visited_on on visits
    for each row execute function visits_keep_last()`.execute(db)
  await sql`create index visits_community on visits (community_id, coalesce(visited_on, planned_on) desc, id desc)`.execute(
    db,
  )
  await sql`create index visits_worker on visits (worker_id, id desc)`.execute(db)

  await sql`alter table demand_attachments add column visit_id integer references visits (id)`.execute(db)
  await sql`alter table demand_attachments drop constraint demand_attachments_subject`.execute(db)
  await sql`alter table demand_attachments add constraint demand_attachments_subject
    check (num_nonnulls(demand_id, wish_id, visit_id) = 1)`.execute(db)
  await sql`create index demand_attachments_visit on demand_attachments (visit_id) where visit_id is not null`.execute(
    db,
  )

  // How a demand came in: 'self' (the enterprise's liaison) or 代报 by a 社工 (走访/来电/来访).
  await sql`alter table demands add column channel text not null default 'self'
    check (channel in ('self','visit','phone','walk_in'))`.execute(db)
  await sql`alter table demands add column visit_id integer references visits (id)`.execute(db)
  // The liaison confirmed (or corrected) a demand taken down on the enterprise's behalf.
  await sql`alter table demands add column confirmed_at timestamptz`.execute(db)
  await sql`alter table demands add column confirmed_by integer references users (id)`.execute(db)
  await sql`alter table demands add constraint demands_channel_visit check (visit_id is null or channel = 'visit')`.execute(
    db,
  )
  await sql`create index demands_visit on demands (visit_id) where visit_id is not null`.execute(db)
}
