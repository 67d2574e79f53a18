import { sql, type Kysely } from 'kysely'
import { challengeConcepts, profileConcepts } from '../domain/concepts'

// What each profile and challenge is about, as concept tokens of the shared matching engine
// (server/matching): an indexed array written with the row, so that recommendations find their
// candidates with one GIN overlap and score them in the database. Existing rows are read once
// here; a later change to the dictionary re-reads them the same way in a migration of its own.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['talent_profiles', 'talent_challenges']) {
    await sql`alter table ${sql.table(table)} add column concepts text[] not null default '{}'`.execute(db)
  }
  await sql`create index talent_profiles_concepts on talent_profiles using gin (concepts)
    where availability <> 'busy'`.execute(db)
  await sql`create index talent_challenges_concepts on talent_challenges using gin (concepts)
    where status = 'open'`.execute(db)
  await rereadConcepts(db)
}

/** Recompute every profile's and challenge's concepts (after a change to the dictionary). */
export async function rereadConcepts(db: Kysely<any>) {
  const profiles = await db
    .selectFrom('talent_profiles')
    .select(['user_id', 'field', 'institution', 'title', 'achievements', 'skills'])
    .execute()
  for (const p of profiles)
    await db
      .updateTable('talent_profiles')
      .set({ concepts: profileConcepts(p) })
      .where('user_id', '=', p.user_id)
      .execute()
  const challenges = await db.selectFrom('talent_challenges').select(['id', 'title', 'summary', 'skills']).execute()
  for (const c of challenges)
    await db
      .updateTable('talent_challenges')
      .set({ concepts: challengeConcepts(c) })
      .where('id', '=', c.id)
      .execute()
}
