import { sql, type Kysely } from 'kysely'

/**
 * For a migration that adds roles: widen the users/user_roles role checks, keeping whatever roles
 * other migrations added (features add their roles in their own migrations, in any order: the
 * list is read from the constraint, never written out again).
 */
export async function addRoles(db: Kysely<any>, roles: string[]) {
  for (const table of ['users', 'user_roles']) {
    const name = `${table}_role_check`
    const r = await sql<{ def: string }>`
      select pg_get_constraintdef(c.oid) as def from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      where c.conname = ${name} and t.relname = ${table} and t.relnamespace = to_regnamespace(current_schema())`.execute(
      db,
    )
    const held = new Set([...(r.rows[0]?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]))
    for (const role of roles) held.add(role)
    const list = [...held].map((x) => `'${x}'`).join(',')
    await sql.raw(`alter table ${table} drop constraint if exists ${name}`).execute(db)
    await sql.raw(`alter table ${table} add constraint ${name} check (role in (${list}))`).execute(db)
  }
}
