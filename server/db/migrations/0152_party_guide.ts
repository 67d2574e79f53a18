import { sql, type Kysely } from 'kysely'

// 党建指导员 (party_guide): an optional role, scoped to a community, between the enterprise and the
// community (北仑: 企业点单、党建指导员传单、工业社区派单、成员单位接单). Granted by an admin.
const ROLES = `'rider','worker','entrepreneur','enterprise','expert','social_worker','department','admin','mentor','broker','party_guide'`

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db)
  await sql.raw(`alter table users add constraint users_role_check check (role in (${ROLES}))`).execute(db)
  await sql`alter table user_roles drop constraint user_roles_role_check`.execute(db)
  await sql.raw(`alter table user_roles add constraint user_roles_role_check check (role in (${ROLES}))`).execute(db)
}
