import { sql, type Kysely } from 'kysely'

// 人才需求 both ways: an expert says they are interested in a talent need (意向), the enterprise
// reads who did and hires (录用) among them; the need is filled once its headcount is hired, which
// is what 双聘 and the other figures count. One application per expert and need.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table talent_need_applications (
    id serial primary key,
    need_id integer not null references talent_needs(id),
    user_id integer not null references users(id),
    note text not null default '',
    status text not null default 'applied' check (status in ('applied','hired','declined')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (need_id, user_id))`.execute(db)
  await sql`create index talent_need_applications_user on talent_need_applications (user_id)`.execute(db)
}
