import { sql, type Kysely } from 'kysely'

// Two more roles: 青创导师 (mentor: holds office hours young entrepreneurs book) and
// 人才经纪人 (broker: a community's talent broker who introduces experts to enterprises).
const ROLES = `'rider','worker','entrepreneur','enterprise','expert','social_worker','department','admin','mentor','broker'`

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db)
  await sql.raw(`alter table users add constraint users_role_check check (role in (${ROLES}))`).execute(db)
  await sql`alter table user_roles drop constraint user_roles_role_check`.execute(db)
  await sql.raw(`alter table user_roles add constraint user_roles_role_check check (role in (${ROLES}))`).execute(db)
}
