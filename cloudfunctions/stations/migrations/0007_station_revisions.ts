import { sql, type Kysely } from 'kysely'

// `nearby` reads an in-memory index of the live stations (cloudfunctions/stations/domain/
// nearby-index.ts) instead of a GiST scan: on the embedded database a GiST query cost five no-op
// requests, the issue allows two. The index stays exact through a revision number:
//  - every transaction that writes stations takes the next revision (once, on its first row) and
//    stamps it on the rows it writes. The counter row stays locked until commit, so revisions
//    commit in order: whoever sees revision R committed sees every row stamped ≤ R;
//  - a reader applies `where revision > <what it has>` to catch up;
//  - deletes (none in the app, but a script might) force a full reload: `full_since`;
//  - the revision is announced on commit (NOTIFY lianshe_revisions 'stations:R'), so a process
//    that hears every commit (PGlite: the only process) need not ask on each request.
// The GiST/GIN columns the SQL path needed (pos, open_week, bigrams) go.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table station_revision (
    only_row boolean primary key default true check (only_row),
    revision bigint not null default 0,
    full_since bigint not null default 0
  )`.execute(db)
  await sql`insert into station_revision default values`.execute(db)
  await db.schema
    .alterTable('stations')
    .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute()
  await sql`create index stations_revision_idx on stations (revision)`.execute(db)

  await sql`create function bump_station_revision(full_reload boolean) returns bigint language plpgsql as $$
    declare r bigint;
    begin
      update station_revision
         set revision = revision + 1,
             full_since = case when full_reload then revision + 1 else full_since end
       returning revision into r;
      perform set_config('lianshe.station_revision', r::text, true);
      perform pg_notify('lianshe_revisions', 'stations:' || r);
      return r;
    end $$`.execute(db)
  // Once per transaction: the setting is transaction-local (and undone with a rolled-back savepoint).
  await sql`create function stamp_station_revision() returns trigger language plpgsql as $$
    begin
      new.revision := coalesce(nullif(current_setting('lianshe.station_revision', true), '')::bigint,
                               bump_station_revision(false));
      return new;
    end $$`.execute(db)
  await sql`create trigger stations_stamp_revision before insert or update on stations
    for each row execute function stamp_station_revision()`.execute(db)
  await sql`create function station_rows_removed() returns trigger language plpgsql as $$
    begin
      perform bump_station_revision(true);
      return null;
    end $$`.execute(db)
  await sql`create trigger stations_removed after delete or truncate on stations
    for each statement execute function station_rows_removed()`.execute(db)
  // Station answers carry the community's name: a renamed community restamps its stations.
  await sql`create function restamp_community_stations() returns trigger language plpgsql as $$
    begin
      update stations set revision = 0 where community_id = new.id;
      return null;
    end $$`.execute(db)
  await sql`create trigger communities_restamp_stations after update of name on communities
    for each row when (old.name is distinct from new.name) execute function restamp_community_stations()`.execute(db)

  await sql`drop index stations_pos_gist`.execute(db)
  await sql`drop index stations_bigrams_gin`.execute(db)
  await db.schema.alterTable('stations').dropColumn('pos').dropColumn('open_week').dropColumn('bigrams').execute()
}
