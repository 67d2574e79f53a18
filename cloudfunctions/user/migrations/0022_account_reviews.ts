import { sql, type Kysely } from 'kysely'

// People's side of accounts: an approved enterprise application names the enterprise it made
// its applicant the liaison of; a social worker lists their community's people page by page;
// a person's applications and moves are read by person.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('role_applications')
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id'))
    .execute()
  await sql`create index role_applications_user on role_applications (user_id, id)`.execute(db)
  await sql`create index community_moves_user on community_moves (user_id, id)`.execute(db)
  // 本社区人员: keyset pages of a community's living accounts.
  await sql`create index users_community_people on users (community_id, id) where deleted_at is null`.execute(db)
}
