import { sql, type Kysely } from 'kysely'

// What the admin pages search and filter by.
// - People by name: character bigrams (server/text/bigrams.ts does the same for the query), as a
//   generated column, so every path that writes a name (sign-up, profile, deletion) keeps it
//   right without remembering to.
// - The audit log by actor, community and act, newest first.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function lianshe_bigrams(t text) returns text[]
    language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct substr(w, i, 2)), '{}')
      from regexp_split_to_table(lower(normalize(coalesce(t, ''), nfkc)), '[[:space:][:punct:]]+') as w,
           generate_series(1, char_length(w) - 1) as i
    $$`.execute(db)
  await sql`alter table users add column name_bigrams text[]
    generated always as (lianshe_bigrams(display_name)) stored`.execute(db)
  await sql`create index users_name_bigrams on users using gin (name_bigrams)`.execute(db)
  await sql`create index users_community on users (community_id)`.execute(db)

  await sql`create index audit_log_actor on audit_log (actor_id, at desc)`.execute(db)
  await sql`create index audit_log_community on audit_log (community_id, at desc)`.execute(db)
  await sql`create index audit_log_action on audit_log (action, at desc)`.execute(db)
}
